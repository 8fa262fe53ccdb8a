import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract';

/** An API error in the user's language, announced as an alert; nothing when there is none. */
export function ApiErrorMessage({ error, className }: { error: ApiError | null; className: 'error-banner' | 'error-text' }) {
  const { t } = useTranslation();
  if (!error) return null;
  return (
    <p role="alert" className={className}>
      {t(`errors.${error.code}`, { message: error.message })}
    </p>
  );
}
