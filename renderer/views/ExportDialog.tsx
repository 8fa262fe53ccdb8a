import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../shared/contract';
import { ARTICLE_FORMATS, type ArticleFormat } from '../../shared/export/types';
import { ApiErrorMessage } from '../components/ApiErrorMessage';
import { Modal } from '../components/Modal';
import { SaveOutcomeMessage } from '../components/SaveOutcomeMessage';
import { LANGUAGES, type UiLanguage } from '../i18n';
import { readStored, writeStored } from '../storage';
import { useApi } from '../state/api-context';
import { asApiError } from '../state/errors';
import { saveFile, type SaveOutcome } from '../state/save-file';

/** The formats as the editor thinks of them: the article itself, a file for CAT tools, the record of the review. */
const GROUPS = [
  { id: 'article', formats: ['docx', 'html', 'md', 'txt'] },
  { id: 'bilingual', formats: ['xliff', 'xliff12', 'tmx'] },
  { id: 'report', formats: ['report'] },
] as const satisfies readonly { id: string; formats: readonly ArticleFormat[] }[];

const FORMAT_KEY = 'sverka.exportFormat';

function rememberedFormat(): ArticleFormat {
  const stored = readStored(FORMAT_KEY);
  return (ARTICLE_FORMATS as readonly string[]).includes(stored ?? '') ? (stored as ArticleFormat) : 'docx';
}

interface Props {
  documentId: number;
  /** Edits typed but not yet saved would be missing from the file: Export waits for them. */
  savesPending: boolean;
  onClose: () => void;
}

/** File → Export…: the corrected article, a bilingual file or the change report, saved or downloaded. */
export function ExportDialog({ documentId, savesPending, onClose }: Props) {
  const { t, i18n } = useTranslation();
  const api = useApi();
  const name = useId();
  const languageId = useId();
  const [format, setFormat] = useState<ArticleFormat>(rememberedFormat);
  const [furniture, setFurniture] = useState(false);
  const [captions, setCaptions] = useState(true);
  const [lang, setLang] = useState<UiLanguage>(i18n.resolvedLanguage === 'ru' ? 'ru' : 'en');
  const [running, setRunning] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);
  const [outcome, setOutcome] = useState<SaveOutcome | null>(null);

  const group = GROUPS.find((g) => (g.formats as readonly ArticleFormat[]).includes(format))!.id;
  const isReport = format === 'report';

  const choose = (next: ArticleFormat) => {
    setFormat(next);
    writeStored(FORMAT_KEY, next);
    setOutcome(null);
  };

  const run = async () => {
    setRunning(true);
    setError(null);
    setOutcome(null);
    try {
      const file = await api.call('export.document', { documentId, format, options: { furniture, captions }, lang });
      setOutcome(await saveFile(api, file));
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setRunning(false);
    }
  };

  return (
    <Modal title={t('exportDialog.title')} onClose={onClose} className="export-dialog" closeDisabled={running}>
      <form
        onSubmit={(event) => {
          event.preventDefault();
          if (!running && !savesPending) void run();
        }}
      >
        <div className="export-dialog__groups">
          {GROUPS.map((group) => (
            <fieldset key={group.id} className="export-group" data-group={group.id}>
              <legend>{t(`exportDialog.groups.${group.id}`)}</legend>
              <p className="export-group__hint">{t(`exportDialog.groupHints.${group.id}`)}</p>
              {group.formats.map((id) => (
                <label key={id} className={`export-choice${format === id ? ' is-checked' : ''}`}>
                  <input type="radio" name={name} value={id} checked={format === id} onChange={() => choose(id)} disabled={running} />
                  <span>{t(`exportDialog.formats.${id}`)}</span>
                </label>
              ))}
            </fieldset>
          ))}
        </div>
        <div className="export-dialog__options">
          {/* Only the article leaves rows out; bilingual files and the report keep every row. */}
          <fieldset className="export-options" disabled={running || group !== 'article'}>
            <legend>{t('exportDialog.options')}</legend>
            <label className="toggle">
              <input type="checkbox" checked={furniture} onChange={(e) => setFurniture(e.target.checked)} />
              {t('exportDialog.furniture')}
            </label>
            <label className="toggle">
              <input type="checkbox" checked={captions} onChange={(e) => setCaptions(e.target.checked)} />
              {t('exportDialog.captions')}
            </label>
            {group !== 'article' && <p className="export-options__note">{t(`exportDialog.optionsFor.${group}`)}</p>}
          </fieldset>
          <div className="export-language">
            <label htmlFor={languageId}>{t('exportDialog.reportLanguage')}</label>
            <select id={languageId} value={lang} onChange={(e) => setLang(e.target.value as UiLanguage)} disabled={running || !isReport}>
              {LANGUAGES.map((language) => (
                <option key={language} value={language} lang={language}>
                  {t(`languages.${language}`, { lng: language })}
                </option>
              ))}
            </select>
          </div>
        </div>
        <ApiErrorMessage error={error} className="error-banner" />
        <SaveOutcomeMessage outcome={outcome} />
        <div className="button-row button-row--end">
          {savesPending && <span className="export-dialog__waiting">{t('exportDialog.waitingForSaves')}</span>}
          <button type="button" className="button" onClick={onClose} disabled={running}>
            {outcome ? t('exportDialog.close') : t('common.cancel')}
          </button>
          <button type="submit" className="button button--primary" disabled={running || savesPending}>
            {running ? t('exportDialog.exporting') : t('exportDialog.export')}
          </button>
        </div>
      </form>
    </Modal>
  );
}
