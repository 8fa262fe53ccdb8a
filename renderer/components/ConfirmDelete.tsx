import { useTranslation } from 'react-i18next';
import { Modal } from './Modal';

interface Props {
  title: string;
  /** What goes, in words the user can check before saying yes. */
  question: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

/** Asks before deleting; Cancel has the focus so that a stray Enter keeps everything. */
export function ConfirmDelete({ title, question, confirmLabel, onConfirm, onCancel }: Props) {
  const { t } = useTranslation();
  return (
    <Modal title={title} onClose={onCancel}>
      <p>{question}</p>
      <div className="button-row button-row--end">
        <button type="button" className="button" onClick={onCancel} autoFocus>
          {t('common.cancel')}
        </button>
        <button type="button" className="button button--danger-solid" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </Modal>
  );
}
