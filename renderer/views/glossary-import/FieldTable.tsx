import { useTranslation } from 'react-i18next';
import { fieldLabel, fieldValue, type FieldDiff } from './field-text';

interface Props {
  fields: FieldDiff[];
  /** The common ancestor's column, when the two sides share an earlier export. */
  showBase: boolean;
  caption: string;
}

/** One concept compared field by field: ours | theirs (| base), the sides that changed marked. */
export function FieldTable({ fields, showBase, caption }: Props) {
  const { t } = useTranslation();
  const value = (field: string, text: string | null) =>
    text === null ? (
      <span className="field-table__absent" title={t('glossaryExchange.absent')}>
        <span aria-hidden="true">—</span>
        <span className="visually-hidden">{t('glossaryExchange.absent')}</span>
      </span>
    ) : (
      fieldValue(t, field, text)
    );
  // Without a common ancestor a difference cannot be put down to either side.
  const outcomeText = (outcome: FieldDiff['outcome']) =>
    outcome === 'same' ? '' : t(`glossaryExchange.outcomes.${outcome === 'conflict' && !showBase ? 'differs' : outcome}`);
  return (
    <table className="field-table">
      <caption className="visually-hidden">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{t('glossaryExchange.columns.field')}</th>
          <th scope="col">{t('glossaryExchange.columns.ours')}</th>
          <th scope="col">{t('glossaryExchange.columns.theirs')}</th>
          {showBase && <th scope="col">{t('glossaryExchange.columns.base')}</th>}
          <th scope="col">{t('glossaryExchange.columns.outcome')}</th>
        </tr>
      </thead>
      <tbody>
        {fields.map((f) => (
          <tr key={f.field} className={`field-table__row is-${f.outcome}`} data-field={f.field}>
            <th scope="row">{fieldLabel(t, f.field)}</th>
            <td className={f.outcome === 'ours' || f.outcome === 'conflict' ? 'is-changed' : undefined} data-side="ours">
              {value(f.field, f.ours)}
            </td>
            <td className={f.outcome === 'theirs' || f.outcome === 'conflict' ? 'is-changed' : undefined} data-side="theirs">
              {value(f.field, f.theirs)}
            </td>
            {showBase && <td data-side="base">{value(f.field, f.base)}</td>}
            <td className="field-table__outcome">{outcomeText(f.outcome)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
