import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract';
import { ApiErrorMessage } from '../components/ApiErrorMessage';
import { Modal } from '../components/Modal';
import { CONFLICT_CHOICES, ConflictCard, type ConflictChoice } from './glossary-import/ConflictCard';
import { conceptLabel, type ImportPreview } from './glossary-import/field-text';
import { FieldTable } from './glossary-import/FieldTable';
import { ImportCounts } from './glossary-import/ImportCounts';
import { useGlossaryImport, type ImportResult, type PickedFile } from './glossary-import/use-glossary-import';

/** New concepts listed by name; beyond this many, a count says how many more. */
const LISTED_NEW = 50;

interface Props {
  file: PickedFile;
  /** The glossary to merge into; null makes a new one. */
  glossary: { id: number; name: string } | null;
  onClose: () => void;
  onApplied: (result: ImportResult) => void;
}

const withoutExtension = (fileName: string) => fileName.replace(/\.[^.]+$/, '') || fileName;

/**
 * A glossary file read and compared before anything changes: the counts, the parts that cannot be
 * imported, what merges by itself, and every conflict side by side with a choice; then Apply.
 */
export function GlossaryImportDialog({ file, glossary, onClose, onApplied }: Props) {
  const { t } = useTranslation();
  const { state, apply } = useGlossaryImport(file, glossary?.id ?? null);
  const applying = state.stage === 'preview' && state.applying;

  return (
    <Modal title={t('glossaryExchange.title', { fileName: file.fileName })} onClose={onClose} className="glossary-import" closeDisabled={applying}>
      <p className="glossary-import__target">
        {glossary ? t('glossaryExchange.intoExisting', { name: glossary.name }) : t('glossaryExchange.asNew')}
      </p>
      {state.stage === 'reading' && (
        <p className="muted" aria-busy="true">
          {t('glossaryExchange.reading')}
        </p>
      )}
      {state.stage === 'unreadable' && (
        <>
          <div data-testid="import-error">
            <ApiErrorMessage error={state.error} className="error-banner" />
          </div>
          <p>{t('glossaryExchange.nothingImported')}</p>
          <div className="button-row button-row--end">
            <button type="button" className="button" onClick={onClose} autoFocus>
              {t('exportDialog.close')}
            </button>
          </div>
        </>
      )}
      {state.stage === 'preview' && (
        <PreviewForm
          preview={state.preview}
          fileName={file.fileName}
          isNew={glossary === null}
          applying={state.applying}
          error={state.error}
          onCancel={onClose}
          onApply={async (choices) => {
            const result = await apply(choices);
            if (result) onApplied(result);
          }}
        />
      )}
      {state.stage === 'done' && <Summary result={state.result} onClose={onClose} />}
    </Modal>
  );
}

interface PreviewProps {
  preview: ImportPreview;
  fileName: string;
  isNew: boolean;
  applying: boolean;
  error: ApiError | null;
  onCancel: () => void;
  onApply: (choices: { name?: string; acceptRefused: boolean; resolutions: Record<string, ConflictChoice> }) => void;
}

function PreviewForm({ preview, fileName, isNew, applying, error, onCancel, onApply }: PreviewProps) {
  const { t } = useTranslation();
  const nameId = useId();
  const [name, setName] = useState(preview.name ?? withoutExtension(fileName));
  const [acceptRefused, setAcceptRefused] = useState(false);
  // Nothing of ours is lost unless the editor says so: every conflict starts as "keep ours".
  const [resolutions, setResolutions] = useState<Record<string, ConflictChoice>>(() =>
    Object.fromEntries(preview.conflicts.map((c) => [c.key, 'keep' as const])),
  );

  const refused = preview.refused.length > 0;
  const changes = preview.addedCount + preview.merged.length + preview.conflicts.length;
  const canApply = !applying && (!refused || acceptRefused) && (!isNew || name.trim() !== '');

  return (
    <form
      className="glossary-import__form"
      onSubmit={(event) => {
        event.preventDefault();
        if (canApply) onApply({ ...(isNew ? { name: name.trim() } : {}), acceptRefused, resolutions });
      }}
    >
      <div className="glossary-import__body">
        <p className="glossary-import__facts">
          {t(`glossaryExchange.formats.${preview.format}`)}
          <span aria-hidden="true"> · </span>
          {t('glossaryExchange.total', { count: preview.total })}
        </p>
        {isNew && (
          <div className="field field--inline">
            <label htmlFor={nameId}>{t('glossaryExchange.newName')}</label>
            <input id={nameId} type="text" value={name} maxLength={200} onChange={(e) => setName(e.target.value)} disabled={applying} />
          </div>
        )}
        <ImportCounts preview={preview} />
        {changes === 0 && !refused && <p className="muted">{t('glossaryExchange.nothingToDo')}</p>}

        {refused && (
          <section className="import-section import-section--refused" aria-labelledby={`${nameId}-refused`}>
            <h3 id={`${nameId}-refused`}>{t('glossaryExchange.refusedTitle', { count: preview.refused.length })}</h3>
            <ul className="refused-list">
              {preview.refused.map((r, i) => (
                <li key={i}>
                  <span className="refused-list__where">{r.where}</span>: {r.reason}
                </li>
              ))}
            </ul>
            <label className="toggle import-rest">
              <input type="checkbox" checked={acceptRefused} onChange={(e) => setAcceptRefused(e.target.checked)} disabled={applying} />
              {t('glossaryExchange.importRest')}
            </label>
          </section>
        )}

        {preview.addedCount > 0 && (
          <details className="import-section">
            <summary>{t('glossaryExchange.addedTitle', { count: preview.addedCount })}</summary>
            <ul className="concept-names">
              {preview.added.slice(0, LISTED_NEW).map((concept, i) => (
                <li key={concept.uuid ?? i}>{conceptLabel(concept)}</li>
              ))}
            </ul>
            {preview.addedCount > Math.min(LISTED_NEW, preview.added.length) && (
              <p className="muted">{t('glossaryExchange.andMore', { count: preview.addedCount - Math.min(LISTED_NEW, preview.added.length) })}</p>
            )}
          </details>
        )}

        {preview.merged.length > 0 && (
          <details className="import-section">
            <summary>{t('glossaryExchange.mergedTitle', { count: preview.merged.length })}</summary>
            <p className="muted">{t('glossaryExchange.mergedHint')}</p>
            {preview.merged.map((m) => (
              <div key={m.key} className="merged-entry" data-merged={m.key}>
                <h4>{m.label}</h4>
                <FieldTable fields={m.fields.filter((f) => f.outcome !== 'same')} showBase caption={t('glossaryExchange.comparison', { label: m.label })} />
              </div>
            ))}
          </details>
        )}

        {preview.conflicts.length > 0 && (
          <section className="import-section" aria-labelledby={`${nameId}-conflicts`}>
            <div className="import-section__head">
              <h3 id={`${nameId}-conflicts`}>{t('glossaryExchange.conflictsTitle', { count: preview.conflicts.length })}</h3>
              {preview.conflicts.length > 1 && (
                <div className="apply-to-all" role="group" aria-label={t('glossaryExchange.applyToAll')}>
                  <span className="muted" aria-hidden="true">
                    {t('glossaryExchange.applyToAll')}
                  </span>
                  {CONFLICT_CHOICES.map((choice) => (
                    <button
                      key={choice}
                      type="button"
                      className="button button--small"
                      disabled={applying}
                      aria-label={t(`glossaryExchange.choicesForAll.${choice}`)}
                      onClick={() => setResolutions(Object.fromEntries(preview.conflicts.map((c) => [c.key, choice])))}
                    >
                      {t(`glossaryExchange.choices.${choice}`)}
                    </button>
                  ))}
                </div>
              )}
            </div>
            <p className="muted">{t('glossaryExchange.conflictsHint')}</p>
            {preview.conflicts.map((conflict) => (
              <ConflictCard
                key={conflict.key}
                conflict={conflict}
                choice={resolutions[conflict.key] ?? 'keep'}
                onChoose={(choice) => setResolutions((r) => ({ ...r, [conflict.key]: choice }))}
                disabled={applying}
              />
            ))}
          </section>
        )}
        <Notices notices={preview.notices} />
        <ApiErrorMessage error={error} className="error-banner" />
      </div>
      <div className="button-row button-row--end glossary-import__buttons">
        {refused && !acceptRefused && <span className="muted glossary-import__why">{t('glossaryExchange.importRestNeeded')}</span>}
        <button type="button" className="button" onClick={onCancel} disabled={applying}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={!canApply}>
          {applying ? t('glossaryExchange.applying') : t('glossaryExchange.apply')}
        </button>
      </div>
    </form>
  );
}

function Summary({ result, onClose }: { result: ImportResult; onClose: () => void }) {
  const { t } = useTranslation();
  const parts = (['added', 'updated', 'identical', 'kept', 'refused'] as const).filter((id) => result[id] > 0);
  return (
    <>
      <div role="status" data-testid="import-summary">
        {parts.length === 0 ? (
          <p>{t('glossaryExchange.summary.nothing')}</p>
        ) : (
          <ul className="import-summary">
            {parts.map((id) => (
              <li key={id}>{t(`glossaryExchange.summary.${id}`, { count: result[id] })}</li>
            ))}
          </ul>
        )}
      </div>
      <Notices notices={result.notices} />
      <div className="button-row button-row--end">
        <button type="button" className="button button--primary" onClick={onClose} autoFocus>
          {t('glossaryExchange.done')}
        </button>
      </div>
    </>
  );
}

/** What the import does differently from the file (a concept given a new id, say). */
function Notices({ notices }: { notices: ImportResult['notices'] }) {
  const { t } = useTranslation();
  if (notices.length === 0) return null;
  return (
    <section className="import-section import-notices">
      <h3>{t('glossaryExchange.noticesTitle')}</h3>
      <ul>
        {notices.map((n, i) => (
          <li key={i}>
            <span className="refused-list__where">{n.where}</span>: {n.message}
          </li>
        ))}
      </ul>
    </section>
  );
}
