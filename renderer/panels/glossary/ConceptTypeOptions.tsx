import { useTranslation } from 'react-i18next';
import { CONCEPT_TYPES } from '../../../shared/model';

/** One `<option>` per concept type, named in the user's language. */
export function ConceptTypeOptions() {
  const { t } = useTranslation();
  return (
    <>
      {CONCEPT_TYPES.map((x) => (
        <option key={x} value={x}>
          {t(`glossary.types.${x}`)}
        </option>
      ))}
    </>
  );
}
