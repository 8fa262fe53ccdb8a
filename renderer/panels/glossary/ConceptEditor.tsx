import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ApiError } from '../../../shared/contract';
import { TERM_STATUSES, type ConceptType, type Lang, type TermStatus } from '../../../shared/model';
import { ApiErrorMessage } from '../../components/ApiErrorMessage';
import { useApi } from '../../state/api-context';
import { asApiError } from '../../state/errors';
import { newTerm, termsPayload, withVariant, type ConceptDraft, type TermDraft } from './draft';
import { useConceptSearch, useTransliterations, type ConceptData, type GlossaryInfo } from './use-glossary-data';
import { ConceptLine } from './ConceptList';
import { ConceptTypeOptions } from './ConceptTypeOptions';
import '../glossary.css';

interface Props {
  draft: ConceptDraft;
  /** The document's glossaries: where a new concept may go, and where a variant's concept is looked for. */
  glossaries: GlossaryInfo[];
  onSaved: (concept: ConceptData) => void;
  onCancel: () => void;
}

type Mode = 'new' | 'variant';

export function ConceptEditor({ draft, glossaries, onSaved, onCancel }: Props) {
  const { t } = useTranslation();
  const api = useApi();
  const headingId = useId();
  const [mode, setMode] = useState<Mode>('new');
  const [glossaryId, setGlossaryId] = useState<number | null>(glossaries[0]?.id ?? null);
  const [type, setType] = useState<ConceptType>(draft.type);
  const [note, setNote] = useState(draft.note);
  const [terms, setTerms] = useState<TermDraft[]>(draft.terms);
  const [variantQuery, setVariantQuery] = useState('');
  const [variantOf, setVariantOf] = useState<ConceptData | null>(null);
  const [variantStatus, setVariantStatus] = useState<TermStatus>('admitted');
  const [saving, setSaving] = useState(false);
  const [error, setError] = useState<ApiError | null>(null);

  const russian = terms.find((x) => x.lang === 'ru')?.text ?? '';
  const english = terms.find((x) => x.lang === 'en')?.text ?? '';
  const suggestions = useTransliterations(russian);
  const isNew = draft.conceptId === null;

  const update = (key: string, change: Partial<TermDraft>) => setTerms((list) => list.map((x) => (x.key === key ? { ...x, ...change } : x)));
  const remove = (key: string) => setTerms((list) => list.filter((x) => x.key !== key));
  const add = (lang: Lang) => setTerms((list) => [...list, newTerm(lang, '', list.some((x) => x.lang === lang) ? 'admitted' : 'preferred')]);

  /** A suggestion becomes the approved English: the preferred line, or a new one when there is none. */
  const takeEnglish = (text: string) =>
    setTerms((list) => {
      const target = list.find((x) => x.lang === 'en' && x.status === 'preferred') ?? list.find((x) => x.lang === 'en');
      if (target) return list.map((x) => (x.key === target.key ? { ...x, text } : x));
      return [...list, newTerm('en', text)];
    });

  const save = async (event: FormEvent) => {
    event.preventDefault();
    setSaving(true);
    try {
      let saved: ConceptData;
      if (mode === 'variant') {
        if (!variantOf) return;
        const current = await api.call('concepts.get', { id: variantOf.id });
        saved = await api.call('concepts.update', {
          id: current.id,
          type: current.type,
          domain: current.domain,
          note: current.note,
          terms: withVariant(current, russian, english, variantStatus),
        });
      } else if (isNew) {
        if (glossaryId === null) return;
        saved = await api.call('concepts.create', { glossaryId, type, note: note.trim() || null, terms: termsPayload(terms) });
      } else {
        saved = await api.call('concepts.update', { id: draft.conceptId!, type, note: note.trim() || null, terms: termsPayload(terms) });
      }
      onSaved(saved);
    } catch (e) {
      setError(asApiError(e));
    } finally {
      setSaving(false);
    }
  };

  const canSave = !saving && russian.trim() !== '' && (mode === 'variant' ? variantOf !== null : !isNew || glossaryId !== null);

  return (
    <form className="concept-editor" aria-labelledby={headingId} onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onCancel()}>
      <h3 id={headingId} className="concept-editor__title">
        {isNew ? t('glossary.editor.newTitle') : t('glossary.editor.editTitle')}
      </h3>
      {draft.fromSelection && (
        <fieldset className="concept-editor__mode">
          <legend className="visually-hidden">{t('glossary.editor.modeLegend')}</legend>
          <label className="toggle">
            <input type="radio" name={`${headingId}-mode`} checked={mode === 'new'} onChange={() => setMode('new')} />
            {t('glossary.editor.asNew')}
          </label>
          <label className="toggle">
            <input type="radio" name={`${headingId}-mode`} checked={mode === 'variant'} onChange={() => setMode('variant')} />
            {t('glossary.editor.asVariant')}
          </label>
        </fieldset>
      )}

      {mode === 'variant' ? (
        <VariantFields
          glossaryIds={glossaries.map((g) => g.id)}
          russian={russian}
          english={english}
          onRussian={(text) => setTerms((list) => list.map((x) => (x.lang === 'ru' ? { ...x, text } : x)))}
          onEnglish={(text) => setTerms((list) => list.map((x) => (x.lang === 'en' ? { ...x, text } : x)))}
          status={variantStatus}
          onStatus={setVariantStatus}
          query={variantQuery}
          onQuery={setVariantQuery}
          picked={variantOf}
          onPick={setVariantOf}
        />
      ) : (
        <>
          {isNew && glossaries.length > 1 && (
            <Field label={t('glossary.editor.glossary')}>
              {(id) => (
                <select id={id} value={glossaryId ?? ''} onChange={(e) => setGlossaryId(Number(e.target.value))}>
                  {glossaries.map((g) => (
                    <option key={g.id} value={g.id}>
                      {g.name}
                    </option>
                  ))}
                </select>
              )}
            </Field>
          )}
          <Field label={t('glossary.editor.type')}>
            {(id) => (
              <select id={id} value={type} onChange={(e) => setType(e.target.value as ConceptType)}>
                <ConceptTypeOptions />
              </select>
            )}
          </Field>
          {(['ru', 'en'] as const).map((lang) => (
            <fieldset key={lang} className="term-lines">
              <legend>{t(`glossary.editor.${lang}Terms`)}</legend>
              {terms
                .filter((x) => x.lang === lang)
                .map((term, i) => (
                  <TermLine
                    key={term.key}
                    term={term}
                    n={i + 1}
                    autoFocus={lang === 'ru' && i === 0}
                    onChange={(change) => update(term.key, change)}
                    onRemove={() => remove(term.key)}
                  />
                ))}
              <button type="button" className="link-button" onClick={() => add(lang)}>
                {t(`glossary.editor.add${lang === 'ru' ? 'Ru' : 'En'}`)}
              </button>
            </fieldset>
          ))}
          <Field label={t('glossary.editor.note')}>
            {(id) => <textarea id={id} className="concept-editor__note" rows={2} maxLength={5000} value={note} onChange={(e) => setNote(e.target.value)} />}
          </Field>
        </>
      )}

      <div className="renderings">
        <section className="renderings__column" aria-label={t('glossary.editor.transliterations')}>
          <h4>{t('glossary.editor.transliterations')}</h4>
          {suggestions.length === 0 ? (
            <p className="muted">{t('glossary.editor.noTransliterations')}</p>
          ) : (
            <ul className="renderings__list">
              {suggestions.map((s) => (
                <li key={s.scheme}>
                  <button
                    type="button"
                    className="rendering-choice"
                    onClick={() => takeEnglish(s.text)}
                    aria-label={t('glossary.editor.useRendering', { text: s.text, label: s.label })}
                  >
                    <span className="rendering-choice__label">{s.label}</span>
                    <span className="rendering-choice__text">{s.text}</span>
                  </button>
                </li>
              ))}
            </ul>
          )}
        </section>
        {(draft.fromSelection || draft.machine) && (
        <section className="renderings__column" aria-label={t('glossary.editor.machine')}>
          <h4>{t('glossary.editor.machine')}</h4>
          {draft.machine ? (
            <button type="button" className="rendering-choice" onClick={() => takeEnglish(draft.machine!)} aria-label={t('glossary.editor.useMachine', { text: draft.machine })}>
              <span className="rendering-choice__text" lang="en">
                {draft.machine}
              </span>
            </button>
          ) : (
            <p className="muted">{t('glossary.editor.noMachine')}</p>
          )}
        </section>
        )}
      </div>

      <ApiErrorMessage error={error} className="error-text" />
      <div className="button-row button-row--end">
        <button type="button" className="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="submit" className="button button--primary" disabled={!canSave}>
          {t('common.save')}
        </button>
      </div>
    </form>
  );
}

function Field({ label, children }: { label: string; children: (id: string) => ReactNode }) {
  const id = useId();
  return (
    <div className="concept-editor__field">
      <label htmlFor={id}>{label}</label>
      {children(id)}
    </div>
  );
}

function TermLine({
  term,
  n,
  autoFocus,
  onChange,
  onRemove,
}: {
  term: TermDraft;
  n: number;
  autoFocus: boolean;
  onChange: (change: Partial<TermDraft>) => void;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const langName = t(`glossary.editor.lang.${term.lang}`);
  return (
    <div className={`term-line term-line--${term.status}`}>
      <input
        type="text"
        lang={term.lang}
        value={term.text}
        maxLength={500}
        autoFocus={autoFocus}
        aria-label={t('glossary.editor.termLabel', { lang: langName, n })}
        onChange={(e) => onChange({ text: e.target.value })}
      />
      <select aria-label={t('glossary.editor.statusLabel', { lang: langName, n })} value={term.status} onChange={(e) => onChange({ status: e.target.value as TermStatus })}>
        {TERM_STATUSES.map((s) => (
          <option key={s} value={s}>
            {t(`glossary.statuses.${s}`)}
          </option>
        ))}
      </select>
      <label className="term-line__case" title={t('glossary.editor.caseSensitiveHint')}>
        <input
          type="checkbox"
          checked={term.caseSensitive ?? false}
          aria-label={t('glossary.editor.caseSensitiveLabel', { lang: langName, n })}
          onChange={(e) => onChange({ caseSensitive: e.target.checked })}
        />
        <span aria-hidden="true">Aa</span>
      </label>
      <button type="button" className="icon-button" onClick={onRemove} aria-label={t('glossary.editor.removeTerm', { lang: langName, n })} title={t('glossary.editor.removeTerm', { lang: langName, n })}>
        ×
      </button>
    </div>
  );
}

function VariantFields(props: {
  glossaryIds: number[];
  russian: string;
  english: string;
  onRussian: (text: string) => void;
  onEnglish: (text: string) => void;
  status: TermStatus;
  onStatus: (status: TermStatus) => void;
  query: string;
  onQuery: (query: string) => void;
  picked: ConceptData | null;
  onPick: (concept: ConceptData) => void;
}) {
  const { t } = useTranslation();
  const { concepts } = useConceptSearch(props.glossaryIds, props.query, '', 0);
  const name = useId();
  return (
    <>
      <Field label={t('glossary.editor.variantRu')}>
        {(id) => <input id={id} type="text" lang="ru" value={props.russian} maxLength={500} onChange={(e) => props.onRussian(e.target.value)} />}
      </Field>
      <Field label={t('glossary.editor.variantEn')}>
        {(id) => <input id={id} type="text" lang="en" value={props.english} maxLength={500} onChange={(e) => props.onEnglish(e.target.value)} />}
      </Field>
      <Field label={t('glossary.editor.variantStatus')}>
        {(id) => (
          <select id={id} value={props.status} onChange={(e) => props.onStatus(e.target.value as TermStatus)}>
            <option value="admitted">{t('glossary.statuses.admitted')}</option>
            <option value="forbidden">{t('glossary.statuses.forbidden')}</option>
          </select>
        )}
      </Field>
      <Field label={t('glossary.editor.variantSearch')}>
        {(id) => <input id={id} type="search" value={props.query} onChange={(e) => props.onQuery(e.target.value)} />}
      </Field>
      <fieldset className="variant-choices">
        <legend className="visually-hidden">{t('glossary.editor.variantOf')}</legend>
        {(concepts ?? []).slice(0, 30).map((c) => (
          <label key={c.id} className="variant-choice">
            <input type="radio" name={name} checked={props.picked?.id === c.id} onChange={() => props.onPick(c)} />
            <ConceptLine concept={c} />
          </label>
        ))}
        {concepts && concepts.length === 0 && <p className="muted">{t('glossary.noResults')}</p>}
      </fieldset>
    </>
  );
}
