import { useTranslation } from 'react-i18next';
import type { SaveOutcome } from '../state/save-file';

/** Where the exported file went, announced politely; nothing before the first export. */
export function SaveOutcomeMessage({ outcome }: { outcome: SaveOutcome | null }) {
  const { t } = useTranslation();
  return (
    <p role="status" className="save-outcome" data-testid="save-outcome">
      {outcome?.kind === 'downloaded' && t('exportDialog.downloaded', { fileName: outcome.fileName })}
      {outcome?.kind === 'saved' && t('exportDialog.saved', { path: outcome.path })}
      {outcome?.kind === 'cancelled' && t('exportDialog.cancelled')}
    </p>
  );
}
