import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../shared/contract';
import { Modal } from '../../components/Modal';
import { WordDiff } from '../../components/WordDiff';
import { useApi } from '../../state/api-context';
import { asApiError } from '../../state/errors';

type Preview = Output<'review.preview'>;

/**
 * Every change a fix-all would make, as a word diff per sentence, before anything is changed.
 * Apply hands the keys back; the panel runs the fix as one undoable edit.
 */
export function FixPreview({
  documentId,
  title,
  keys,
  onApply,
  onClose,
}: {
  documentId: number;
  title: string;
  keys: string[];
  onApply: (keys: string[]) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [preview, setPreview] = useState<Preview | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    api
      .call('review.preview', { documentId, keys })
      .then((value) => live && setPreview(value))
      .catch((e) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [api, documentId, keys]);

  const applicable = preview ? keys.length - preview.skipped.length : 0;

  return (
    <Modal title={title} onClose={onClose} className="fix-preview">
      {error && (
        <p role="alert" className="error-banner">
          {error.message}
        </p>
      )}
      {!preview && !error && <p className="muted">{t('common.loading')}</p>}
      {preview && (
        <>
          <p className="muted" data-testid="preview-summary">
            {t('findings.preview.summary', { count: preview.changes.length })}
          </p>
          <ol className="fix-preview__changes" aria-label={t('findings.preview.changes')}>
            {preview.changes.map((change) => (
              <li key={change.segmentId} className="fix-preview__change">
                <span className="fix-preview__row">{t('findings.row', { n: change.row + 1 })}</span>
                <WordDiff before={change.before} after={change.after} />
              </li>
            ))}
          </ol>
          {preview.skipped.length > 0 && (
            <p className="fix-preview__skipped" role="note">
              {t('findings.preview.skipped', { count: preview.skipped.length })}
            </p>
          )}
        </>
      )}
      <div className="modal__actions fix-preview__actions">
        <button type="button" className="button" onClick={onClose}>
          {t('common.cancel')}
        </button>
        <button
          type="button"
          className="button button--primary"
          disabled={!preview || preview.changes.length === 0}
          // All keys go to the fix, so that what it skips is reported by the server itself.
          onClick={() => onApply(keys)}
        >
          {t('findings.preview.apply', { count: applicable })}
        </button>
      </div>
    </Modal>
  );
}
