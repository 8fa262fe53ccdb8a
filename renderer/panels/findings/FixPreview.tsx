import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, Output } from '../../../shared/contract';
import { Modal } from '../../components/Modal';
import { WordDiff } from '../../components/WordDiff';
import { useApi } from '../../state/api-context';
import { asApiError } from '../../state/errors';

type Preview = Output<'review.preview'>;
type Choices = Record<string, string>;

/** An inconsistent rendering: the spellings the article uses, of which the editor keeps one. */
export interface PreviewSubject {
  label: string;
  variants: string[];
}

/**
 * Every change a fix-all would make, as a word diff per sentence, before anything is changed.
 * For an inconsistent rendering the editor picks the spelling to keep; the findings (and so the
 * keys) are then those of the other spellings. Apply hands the keys back; the panel runs the fix
 * as one undoable edit.
 */
export function FixPreview({
  documentId,
  title,
  keys: suggestedKeys,
  subject,
  onApply,
  onClose,
}: {
  documentId: number;
  title: string;
  keys: string[];
  subject?: PreviewSubject;
  onApply: (keys: string[], choices?: Choices) => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const api = useApi();
  const [choice, setChoice] = useState<string | null>(null);
  const [planned, setPlanned] = useState<{ keys: string[]; choices?: Choices; preview: Preview } | null>(null);
  const [error, setError] = useState<ApiError | null>(null);

  useEffect(() => {
    let live = true;
    setPlanned(null);
    const plan = async () => {
      if (choice === null || !subject) {
        return { keys: suggestedKeys, preview: await api.call('review.preview', { documentId, keys: suggestedKeys }) };
      }
      const choices = { [subject.label]: choice };
      const { findings } = await api.call('review.findings', { documentId, checks: ['inconsistent-rendering'], choices });
      const keys = findings.filter((f) => f.subject?.label === subject.label && f.fix && !f.dismissed).map((f) => f.key);
      const preview = keys.length ? await api.call('review.preview', { documentId, keys, choices }) : { changes: [], skipped: [] };
      return { keys, choices, preview };
    };
    plan()
      .then((value) => live && setPlanned(value))
      .catch((e) => live && setError(asApiError(e)));
    return () => {
      live = false;
    };
  }, [api, documentId, suggestedKeys, subject, choice]);

  const preview = planned?.preview ?? null;
  const keys = planned?.keys ?? [];
  const applicable = preview ? keys.length - preview.skipped.length : 0;

  return (
    <Modal title={title} onClose={onClose} className="fix-preview">
      {error && (
        <p role="alert" className="error-banner">
          {error.message}
        </p>
      )}
      {subject && (
        <fieldset className="fix-preview__keep">
          <legend>{t('findings.preview.keep')}</legend>
          <label>
            <input type="radio" name="keep" checked={choice === null} onChange={() => setChoice(null)} />
            {t('findings.preview.asSuggested')}
          </label>
          {subject.variants.map((variant) => (
            <label key={variant} lang="en">
              <input type="radio" name="keep" checked={choice === variant} onChange={() => setChoice(variant)} />
              {variant}
            </label>
          ))}
        </fieldset>
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
          onClick={() => onApply(keys, planned?.choices)}
        >
          {t('findings.preview.apply', { count: applicable })}
        </button>
      </div>
    </Modal>
  );
}
