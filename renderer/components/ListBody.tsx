import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

interface Props<T> {
  /** Null while the first answer is awaited. */
  items: T[] | null;
  /** What an empty list shows instead (a sentence, perhaps a way to add the first item). */
  empty: ReactNode;
  children: (items: T[]) => ReactNode;
}

/** A list screen's three states: loading, empty, and the items themselves. */
export function ListBody<T>({ items, empty, children }: Props<T>) {
  const { t } = useTranslation();
  if (items === null) return <p className="muted">{t('common.loading')}</p>;
  if (items.length === 0) return <div className="empty-state">{empty}</div>;
  return <>{children(items)}</>;
}
