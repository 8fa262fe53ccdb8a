import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ENCODINGS } from '../../shared/constants';
import type { ApiError, Input, Output } from '../../shared/contract';
import { useApi } from '../state/api-context';
import { asApiError } from '../state/errors';

type Encoding = (typeof ENCODINGS)[number];
export type ImportSideInput = Input<'documents.import'>['source'];

export const ACCEPTED_FILES = '.txt,.md,.html,.htm,.docx';

export interface SideState {
  mode: 'file' | 'paste';
  file: { name: string; size: number; bytes: string } | null;
  decoded: Output<'documents.decode'> | null;
  /** Set when the editor overrides the detected encoding. */
  encoding: Encoding | null;
  decoding: boolean;
  decodeError: ApiError | null;
  pasted: string;
}

export const emptySide = (): SideState => ({
  mode: 'file',
  file: null,
  decoded: null,
  encoding: null,
  decoding: false,
  decodeError: null,
  pasted: '',
});

/** What to send for this side, or null while it has nothing to import. */
export function sideInput(side: SideState, pastedName: string): ImportSideInput | null {
  if (side.mode === 'paste') return side.pasted.trim() ? { name: pastedName, text: side.pasted } : null;
  if (!side.file) return null;
  return { name: side.file.name, bytes: side.file.bytes, ...(side.encoding ? { encoding: side.encoding } : {}) };
}

/** The file's bytes as base64, the form the API carries them in. */
function readBase64(file: File): Promise<string> {
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => {
      const url = String(reader.result);
      resolve(url.slice(url.indexOf(',') + 1));
    };
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsDataURL(file);
  });
}

interface Props {
  /** 'source' or 'target', for test hooks and names. */
  which: 'source' | 'target';
  title: string;
  lang: 'ru' | 'en';
  state: SideState;
  onChange: (update: (old: SideState) => SideState) => void;
  disabled: boolean;
}

/** One side of an import: a file (decoded at once, with its encoding shown and changeable) or pasted text. */
export function ImportSidePicker({ which, title, lang, state, onChange, disabled }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const fileId = useId();
  const pasteId = useId();
  const encodingId = useId();
  const request = useRef(0);
  const [dragging, setDragging] = useState(false);

  const decode = async (file: SideState['file'], encoding: Encoding | null) => {
    if (!file) return;
    const ticket = ++request.current;
    onChange((s) => ({ ...s, decoding: true, decodeError: null }));
    try {
      const decoded = await api.call('documents.decode', {
        name: file.name,
        bytes: file.bytes,
        ...(encoding ? { encoding } : {}),
      });
      if (ticket === request.current) onChange((s) => ({ ...s, decoded, decoding: false }));
    } catch (error) {
      if (ticket === request.current) onChange((s) => ({ ...s, decoded: null, decoding: false, decodeError: asApiError(error) }));
    }
  };

  const chooseFile = async (file: File | undefined) => {
    if (!file) return;
    try {
      const bytes = await readBase64(file);
      const chosen = { name: file.name, size: file.size, bytes };
      onChange((s) => ({ ...s, file: chosen, decoded: null, encoding: null }));
      await decode(chosen, null);
    } catch (error) {
      onChange((s) => ({ ...s, decodeError: asApiError(error) }));
    }
  };

  const formatSize = (bytes: number) => {
    const number = new Intl.NumberFormat(i18n.resolvedLanguage, { maximumFractionDigits: 1 });
    const kb = bytes / 1024;
    return kb < 1024 ? t('import.sizeKb', { size: number.format(kb) }) : t('import.sizeMb', { size: number.format(kb / 1024) });
  };

  const { decoded } = state;
  const shownEncoding = state.encoding ?? decoded?.encoding ?? null;

  return (
    <fieldset className="import-side" data-side={which} disabled={disabled}>
      <legend>{title}</legend>
      <div className="segmented" role="radiogroup" aria-label={t('import.sourceOfText', { side: title })}>
        {(['file', 'paste'] as const).map((mode) => (
          <label key={mode} className={`segmented__option${state.mode === mode ? ' is-checked' : ''}`}>
            <input
              type="radio"
              name={`${which}-mode`}
              value={mode}
              checked={state.mode === mode}
              onChange={() => onChange((s) => ({ ...s, mode }))}
            />
            {t(mode === 'file' ? 'import.fromFile' : 'import.fromPaste')}
          </label>
        ))}
      </div>

      {state.mode === 'file' ? (
        <div
          className={`file-drop${dragging ? ' is-dragging' : ''}`}
          onDragOver={(event) => {
            event.preventDefault();
            setDragging(true);
          }}
          onDragLeave={() => setDragging(false)}
          onDrop={(event) => {
            event.preventDefault();
            setDragging(false);
            void chooseFile(event.dataTransfer.files[0]);
          }}
        >
          <label htmlFor={fileId} className="file-drop__label">
            {t('import.chooseFile', { side: title })}
          </label>
          <input
            id={fileId}
            type="file"
            accept={ACCEPTED_FILES}
            data-testid={`${which}-file`}
            onChange={(event) => void chooseFile(event.target.files?.[0])}
          />
          <p className="file-drop__hint">{t('import.acceptedFiles')}</p>
          {state.file && (
            <p className="file-drop__chosen">
              {state.file.name} <span className="muted">({formatSize(state.file.size)})</span>
            </p>
          )}
          {state.decoding && <p className="muted">{t('import.decoding')}</p>}
          {state.decodeError && (
            <p role="alert" className="error-text">
              {t(`errors.${state.decodeError.code}`, { message: state.decodeError.message })}
            </p>
          )}
          {decoded && (
            <div className="decoded" data-testid={`${which}-decoded`}>
              <dl className="decoded__facts">
                <div>
                  <dt>{t('import.format')}</dt>
                  <dd data-testid={`${which}-format`}>{decoded.format.toUpperCase()}</dd>
                </div>
                {shownEncoding && (
                  <div>
                    <dt>
                      <label htmlFor={encodingId}>{t('import.encoding')}</label>
                    </dt>
                    <dd>
                      <select
                        id={encodingId}
                        value={shownEncoding}
                        onChange={(event) => {
                          const encoding = event.target.value as Encoding;
                          onChange((s) => ({ ...s, encoding }));
                          void decode(state.file, encoding);
                        }}
                      >
                        {ENCODINGS.map((e) => (
                          <option key={e} value={e}>
                            {e}
                          </option>
                        ))}
                      </select>
                    </dd>
                  </div>
                )}
                {shownEncoding && (
                  <div>
                    <dt>{t('import.confidence')}</dt>
                    <dd>{state.encoding ? t('import.chosenByYou') : `${Math.round(decoded.confidence * 100)}%`}</dd>
                  </div>
                )}
                <div>
                  <dt>{t('import.paragraphs')}</dt>
                  <dd>{decoded.blocks}</dd>
                </div>
              </dl>
              <p className="decoded__preview-title">{t('import.preview')}</p>
              <pre className="decoded__preview" lang={lang} tabIndex={0} aria-label={t('import.previewOf', { side: title })}>
                {decoded.preview}
              </pre>
            </div>
          )}
        </div>
      ) : (
        <div className="paste">
          <label htmlFor={pasteId}>{t('import.pasteLabel', { side: title })}</label>
          <textarea
            id={pasteId}
            lang={lang}
            rows={10}
            value={state.pasted}
            data-testid={`${which}-paste`}
            onChange={(event) => {
              const pasted = event.target.value;
              onChange((s) => ({ ...s, pasted }));
            }}
          />
        </div>
      )}
    </fieldset>
  );
}

