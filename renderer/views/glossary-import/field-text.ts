import type { TFunction } from 'i18next';
import type { Output } from '../../../shared/contract';
import { CONCEPT_TYPES } from '../../../shared/model';

export type ImportPreview = Output<'glossaries.importPreview'>;
export type FieldDiff = ImportPreview['conflicts'][number]['fields'][number];
export type ExchangeConcept = ImportPreview['added'][number];

/** "type", "domain", "note", or a term as "en:Kyiv": what the row of a comparison is about, in words. */
export function fieldLabel(t: TFunction, field: string): string {
  const term = /^(ru|en):(.*)$/s.exec(field);
  if (term) return t('glossaryExchange.fields.term', { lang: t(`glossary.editor.lang.${term[1]}`), text: term[2] });
  if (field === 'type' || field === 'domain' || field === 'note') return t(`glossaryExchange.fields.${field}`);
  return field;
}

const STATUS = /^(preferred|admitted|forbidden)\b/;
const NOTE = '; note: ';

/**
 * A field's value as the server describes it, in the user's language where the words are the
 * model's own: a concept type, a term's "preferred, case-sensitive, noun; note: …".
 */
export function fieldValue(t: TFunction, field: string, value: string): string {
  if (field === 'type') return (CONCEPT_TYPES as readonly string[]).includes(value) ? t(`glossary.types.${value}`) : value;
  if (!/^(ru|en):/.test(field) || !STATUS.test(value)) return value;
  const at = value.indexOf(NOTE);
  const head = at < 0 ? value : value.slice(0, at);
  const parts = head.split(', ').map((part, i) => {
    if (i === 0) return t(`glossary.statuses.${part}`);
    return part === 'case-sensitive' ? t('glossaryExchange.caseSensitive') : part;
  });
  const described = parts.join(', ');
  return at < 0 ? described : `${described}; ${t('glossaryExchange.termNote', { note: value.slice(at + NOTE.length) })}`;
}

/** How a concept is named in lists: its Russian preferred term, then its English one. */
export function conceptLabel(concept: ExchangeConcept): string {
  const first = (lang: 'ru' | 'en') =>
    concept.terms.find((term) => term.lang === lang && term.status === 'preferred')?.text ?? concept.terms.find((term) => term.lang === lang)?.text;
  const ru = first('ru');
  const en = first('en');
  return ru && en ? `${ru} → ${en}` : (ru ?? en ?? '');
}
