import { useTranslation } from 'react-i18next';
import type { SaverStatus } from '../state/segment-saver';

/** "Saving…" while typed text is on its way, "Saved" once the server has it, the reason if not. */
export function SaveIndicator({ status }: { status: SaverStatus }) {
  const { t } = useTranslation();
  const text =
    status.state === 'saving'
      ? t('save.saving')
      : status.state === 'saved'
        ? t('save.saved')
        : status.state === 'error'
          ? t('save.failed', { message: status.error?.message ?? '' })
          : t('save.idle');
  return (
    <span className={`save-indicator save-indicator--${status.state}`} data-state={status.state} role="status" aria-live="polite">
      <span className="save-indicator__dot" aria-hidden="true" />
      {text}
    </span>
  );
}
