import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError, EventPayload } from '../../shared/contract';
import { emptySide, ImportSidePicker, sideInput, type SideState } from '../components/ImportSidePicker';
import { Modal } from '../components/Modal';
import { ProgressBar } from '../components/ProgressBar';
import { useApi } from '../state/api-context';
import { asApiError } from '../state/errors';

type Progress = EventPayload<'import.progress'>;

function newJobId() {
  return typeof crypto.randomUUID === 'function' ? crypto.randomUUID() : `${Date.now()}-${Math.random().toString(36).slice(2)}`;
}

/** Import a pair: the Russian original and its English machine translation, each a file or pasted text. */
export function ImportDialog({ onClose, onImported }: { onClose: () => void; onImported: (id: number) => void }) {
  const { t } = useTranslation();
  const api = useApi();
  const titleId = useId();
  const [source, setSource] = useState<SideState>(emptySide);
  const [target, setTarget] = useState<SideState>(emptySide);
  const [title, setTitle] = useState('');
  const [running, setRunning] = useState(false);
  const [progress, setProgress] = useState<Progress | null>(null);
  const [error, setError] = useState<ApiError | null>(null);
  const stopListening = useRef<(() => void) | null>(null);
  useEffect(() => () => stopListening.current?.(), []);

  const pastedName = t('import.pastedName');
  const sourceInput = sideInput(source, pastedName);
  const targetInput = sideInput(target, pastedName);
  const ready = sourceInput !== null && targetInput !== null && !source.decoding && !target.decoding;

  const start = async () => {
    if (!sourceInput || !targetInput) return;
    const jobId = newJobId();
    setRunning(true);
    setError(null);
    setProgress({ jobId, stage: 'read', done: 0, total: 1 });
    // Subscribe before the call, so not even the first stage is missed.
    stopListening.current = api.on('import.progress', (event) => {
      if (event.jobId === jobId) setProgress(event);
    });
    try {
      const { id } = await api.call('documents.import', {
        source: sourceInput,
        target: targetInput,
        jobId,
        ...(title.trim() ? { title: title.trim() } : {}),
      });
      onImported(id);
    } catch (e) {
      setError(asApiError(e));
      setRunning(false);
    } finally {
      stopListening.current?.();
      stopListening.current = null;
    }
  };

  return (
    <Modal title={t('import.title')} onClose={onClose} className="import-dialog" closeDisabled={running}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (ready && !running) void start();
        }}
      >
        <div className="import-dialog__sides">
          <ImportSidePicker which="source" title={t('import.source')} lang="ru" state={source} onChange={setSource} disabled={running} />
          <ImportSidePicker which="target" title={t('import.target')} lang="en" state={target} onChange={setTarget} disabled={running} />
        </div>
        <div className="field">
          <label htmlFor={titleId}>{t('import.documentTitle')}</label>
          <input
            id={titleId}
            value={title}
            maxLength={500}
            placeholder={t('import.documentTitleHint')}
            onChange={(e) => setTitle(e.target.value)}
            disabled={running}
          />
        </div>
        {running && progress && (
          <div className="import-progress" data-testid="import-progress">
            <ProgressBar
              value={stageShare(progress)}
              max={100}
              label={t(`import.stages.${progress.stage}`, { done: progress.done, total: progress.total })}
              showLabel
            />
          </div>
        )}
        {error && (
          <p role="alert" className="error-banner" data-testid="import-error">
            {t(`errors.${error.code}`, { message: error.message })}
          </p>
        )}
        <div className="button-row button-row--end">
          <button type="button" className="button" onClick={onClose} disabled={running}>
            {t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={!ready || running}>
            {running ? t('import.importing') : t('import.start')}
          </button>
        </div>
      </form>
    </Modal>
  );
}

/** The stages take very different times; give each a fixed slice of the bar and fill within it. */
const STAGE_SLICES: Record<Progress['stage'], [number, number]> = {
  read: [0, 20],
  segment: [20, 35],
  align: [35, 85],
  store: [85, 100],
  done: [100, 100],
};

function stageShare(progress: Progress): number {
  const [from, to] = STAGE_SLICES[progress.stage];
  const within = progress.total > 0 ? Math.min(1, progress.done / progress.total) : 0;
  return from + (to - from) * within;
}
