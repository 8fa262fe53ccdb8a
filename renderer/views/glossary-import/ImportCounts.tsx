import { useTranslation } from 'react-i18next';
import type { ImportPreview } from './field-text';

/** What merging the file would do, in five numbers. */
export function ImportCounts({ preview }: { preview: ImportPreview }) {
  const { t } = useTranslation();
  const counts = [
    ['new', preview.addedCount],
    ['identical', preview.identical],
    ['merged', preview.merged.length],
    ['conflicts', preview.conflicts.length],
    ['refused', preview.refused.length],
  ] as const;
  return (
    <dl className="import-counts">
      {counts.map(([id, count]) => (
        <div key={id} className={`import-counts__item${count > 0 ? ` has-${id}` : ''}`} data-testid={`count-${id}`}>
          <dt>{t(`glossaryExchange.counts.${id}`)}</dt>
          <dd>{count}</dd>
        </div>
      ))}
    </dl>
  );
}
