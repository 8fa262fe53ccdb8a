// TBX (ISO 30042), TBX-Basic dialect: v3 (2019, <tbx>) here, v2 (2008, <martif>) in tbx2.ts.
// Both share one mapping of the data categories onto the exchange shape:
//
//   concept uuid        conceptEntry/termEntry @id = "c-<uuid>"   (XML ids may not start with a digit)
//   term uuid           termSec/tig @id = "t-<uuid>"
//   glossary name, uuid tbxHeader/fileDesc/titleStmt/title, titleStmt @id = "g-<uuid>"
//   domain              <descrip type="subjectField">            (concept level)
//   concept note        <note>                                     (concept level)
//   term note           <note>                                     (in the termSec/tig)
//   status              <termNote type="administrativeStatus">: preferredTerm-admn-sts,
//                       admittedTerm-admn-sts, deprecatedTerm-admn-sts (= forbidden)
//   part of speech      <termNote type="partOfSpeech">
//   created, updated    <transacGrp><transac type="transactionType">origination | modification</transac>
//                       <transacNote type="responsibility">who</transacNote><date>YYYY-MM-DD</date>
//                       <transacNote type="timestamp">the exact ISO 8601 instant</transacNote></transacGrp>
//
// Three fields have no TBX-Basic data category; they are written as the same extension every time
// and read back exactly:
//   concept type        <descrip type="conceptType">person | title | organization | place | other</descrip>
//                       (absent: other)
//   case sensitivity    <termNote type="caseSensitivity">caseSensitive | caseInsensitive</termNote>
//                       (absent: caseInsensitive)
//   exact time          <transacNote type="timestamp">: TBX's <date> is an xs:date (a day), so the
//                       instant rides beside it; a foreign file's <date> alone is read as written.
//
// Read leniently from other tools: the short v3 status values (preferred, admitted, deprecated),
// supersededTerm-admn-sts (= forbidden: the house style must not use a replaced spelling), a term
// without a status (the first of its language preferred when none is, the others admitted), DCT
// style elements (<basic:administrativeStatus>), <ntig>/<termGrp>, ids that are not ours (kept only
// when they are UUIDs: short ids like "c12" are not unique across files, so such concepts are
// matched by their Russian term), and languages other than Russian and English (left out, once
// refused per language so the editor knows). Definitions, contexts and sources have no place in
// the glossary and are not read.
//
// Terms are written grouped by language (Russian, then English), preferred first, then admitted,
// then forbidden, otherwise in the order given: the first English term is what OmegaT, Weblate and
// Translate Toolkit take as "the translation".
import { CONCEPT_TYPES, type ConceptType, type Lang, type TermStatus } from '../model';
import {
  GlossaryFormatError,
  type ExchangeConcept,
  type ExchangeGlossary,
  type ExchangeTerm,
  type ParsedGlossary,
  type Refusal,
} from './glossary-exchange';
import { el, elements, firstElement, parseXml, textOf, writeXml, XmlError, type XmlElement, type XmlOut } from './xml';

export const TBX_NAMESPACE = 'urn:iso:std:iso:30042:ed-2';
/** The namespace of the TBX v3 drafts some tools still write. */
const TBX_DRAFT_NAMESPACE = 'urn:iso:std:iso:30042:ed:3.0';

export const TBX_STATUS: Record<TermStatus, string> = {
  preferred: 'preferredTerm-admn-sts',
  admitted: 'admittedTerm-admn-sts',
  forbidden: 'deprecatedTerm-admn-sts',
};

const STATUS_READ: Record<string, TermStatus> = {
  'preferredTerm-admn-sts': 'preferred',
  preferred: 'preferred',
  'admittedTerm-admn-sts': 'admitted',
  admitted: 'admitted',
  'deprecatedTerm-admn-sts': 'forbidden',
  deprecated: 'forbidden',
  'supersededTerm-admn-sts': 'forbidden',
  superseded: 'forbidden',
};

const CASE_SENSITIVE = 'caseSensitive';
const CASE_INSENSITIVE = 'caseInsensitive';
const STATUS_ORDER: Record<TermStatus, number> = { preferred: 0, admitted: 1, forbidden: 2 };
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Element names and root attributes that differ between TBX v3 and v2. */
export interface TbxDialect {
  /** For messages: "TBX v3". */
  label: string;
  root: string;
  rootAttrs: Record<string, string>;
  header: string;
  entry: string;
  langSec: string;
  /** Term containers inside a language section ("termSec"; "tig" and "ntig"). */
  termSecs: string[];
  /** Says what to do with another root element, or null when it is simply not TBX. */
  wrongRoot: (root: XmlElement) => string | null;
  /** Checks the root's attributes; returns a reason to refuse the file, or null. */
  checkRoot: (root: XmlElement) => string | null;
}

export const TBX_V3: TbxDialect = {
  label: 'TBX v3',
  root: 'tbx',
  rootAttrs: { type: 'TBX-Basic', style: 'dca', 'xml:lang': 'en', xmlns: TBX_NAMESPACE },
  header: 'tbxHeader',
  entry: 'conceptEntry',
  langSec: 'langSec',
  termSecs: ['termSec'],
  wrongRoot: (root) => (root.name === 'martif' ? 'this is TBX v2 (its root is <martif>): import it as TBX v2' : null),
  checkRoot: (root) => {
    const ns = root.attrs.xmlns;
    if (ns !== undefined && ns !== TBX_NAMESPACE && ns !== TBX_DRAFT_NAMESPACE) return `the namespace is "${ns}", not TBX's ${TBX_NAMESPACE}`;
    return null;
  },
};

// ---- reading ----

/** A problem with one entry: the entry is refused, the rest of the file is read. */
class EntryProblem extends Error {}

/** A data category of an element: <descrip type="x">, <termNote type="x">, <admin type="x">, their *Grp, or DCT <ns:x>. */
function dataCategory(node: XmlElement): { type: string; value: string } | null {
  if (node.name === 'descrip' || node.name === 'termNote' || node.name === 'admin') return { type: node.attrs.type ?? '', value: textOf(node).trim() };
  if (node.name === 'descripGrp' || node.name === 'termNoteGrp' || node.name === 'adminGrp') {
    const inner = elements(node).find((c) => c.name !== 'note' && c.name !== 'transacGrp' && (c.name.includes(':') || !c.name.endsWith('Note')));
    return inner ? dataCategory(inner) : null;
  }
  const colon = node.name.indexOf(':');
  return colon > 0 ? { type: node.name.slice(colon + 1), value: textOf(node).trim() } : null;
}

const nonEmpty = (s: string) => (s === '' ? null : s);

/** Our ids carry a prefix; a foreign id is kept only when it is a UUID (see the top of this file). */
function uuidFromId(prefix: string, id: string | undefined): string | null {
  if (id === undefined) return null;
  const bare = id.startsWith(prefix) ? id.slice(prefix.length) : id;
  return UUID.test(bare) ? bare : null;
}

function langOf(section: XmlElement): string | null {
  const lang = section.attrs['xml:lang'];
  return lang === undefined ? null : lang.trim().toLowerCase().split(/[-_]/)[0];
}

interface Transaction {
  kind: 'created' | 'updated';
  by: string | null;
  at: string | null;
}

function readTransaction(group: XmlElement): Transaction | null {
  const transac = firstElement(group, 'transac');
  const type = transac ? textOf(transac).trim() : '';
  const kind = type === 'origination' || type === 'input' ? 'created' : type === 'modification' ? 'updated' : null;
  if (!kind) return null;
  let by: string | null = null;
  let day: string | null = null;
  let timestamp: string | null = null;
  for (const child of elements(group)) {
    const value = nonEmpty(textOf(child).trim());
    if (child.name === 'date') day = value;
    else if (child.name === 'transacNote' && child.attrs.type === 'responsibility') by = value;
    else if (child.name === 'transacNote' && child.attrs.type === 'timestamp') timestamp = value;
  }
  // The instant wins unless another tool changed the day without knowing about it.
  const at = timestamp !== null && (day === null || timestamp.startsWith(day)) ? timestamp : day;
  return { kind, by, at };
}

function readTerm(section: XmlElement, lang: Lang): ExchangeTerm & { explicitStatus: boolean } {
  // <ntig><termGrp><term/><termNote/></termGrp>…</ntig> reads like a flat <tig>.
  const parts = elements(section).flatMap((c) => (c.name === 'termGrp' ? elements(c) : [c]));
  const termElement = parts.find((p) => p.name === 'term');
  const text = termElement ? textOf(termElement).trim() : '';
  const label = lang === 'ru' ? 'Russian' : 'English';
  if (!text) throw new EntryProblem(`a ${label} <${section.name}> has ${termElement ? 'an empty <term>' : 'no <term>'}`);
  let status: TermStatus | null = null;
  let caseSensitive = false;
  let partOfSpeech: string | null = null;
  const notes: string[] = [];
  for (const part of parts) {
    if (part.name === 'note') {
      const note = textOf(part).trim();
      if (note) notes.push(note);
      continue;
    }
    const category = dataCategory(part);
    if (!category) continue;
    if (category.type === 'administrativeStatus') {
      status = STATUS_READ[category.value] ?? null;
      if (!status) {
        throw new EntryProblem(
          `the term "${text}" has the administrativeStatus "${category.value}"; known: ${Object.values(TBX_STATUS).join(', ')} (or supersededTerm-admn-sts)`,
        );
      }
    } else if (category.type === 'caseSensitivity') {
      if (category.value !== CASE_SENSITIVE && category.value !== CASE_INSENSITIVE) {
        throw new EntryProblem(`the term "${text}" has the caseSensitivity "${category.value}"; known: ${CASE_SENSITIVE}, ${CASE_INSENSITIVE}`);
      }
      caseSensitive = category.value === CASE_SENSITIVE;
    } else if (category.type === 'partOfSpeech') {
      partOfSpeech = nonEmpty(category.value);
    }
  }
  return {
    uuid: uuidFromId('t-', section.attrs.id ?? termElement?.attrs.id),
    lang,
    text,
    status: status ?? 'admitted',
    caseSensitive,
    partOfSpeech,
    note: notes.length ? notes.join('\n') : null,
    explicitStatus: status !== null,
  };
}

function readConcept(entry: XmlElement, d: TbxDialect, otherLanguages: Map<string, number>): ExchangeConcept {
  let type: ConceptType = 'other';
  let domain: string | null = null;
  const notes: string[] = [];
  const transactions: Transaction[] = [];
  const terms: (ExchangeTerm & { explicitStatus: boolean })[] = [];
  const skipped = new Set<string>();
  for (const child of elements(entry)) {
    if (child.name === d.langSec) {
      const lang = langOf(child);
      if (lang === null) throw new EntryProblem(`a <${d.langSec}> has no xml:lang`);
      if (lang !== 'ru' && lang !== 'en') {
        skipped.add(lang);
        continue;
      }
      for (const section of elements(child)) if (d.termSecs.includes(section.name)) terms.push(readTerm(section, lang));
    } else if (child.name === 'note') {
      const note = textOf(child).trim();
      if (note) notes.push(note);
    } else if (child.name === 'transacGrp') {
      const t = readTransaction(child);
      if (t) transactions.push(t);
    } else {
      const category = dataCategory(child);
      if (category?.type === 'subjectField') domain = nonEmpty(category.value);
      else if (category?.type === 'conceptType') {
        const value = category.value.toLowerCase();
        if (!(CONCEPT_TYPES as readonly string[]).includes(value)) throw new EntryProblem(`the conceptType "${category.value}" is not one of ${CONCEPT_TYPES.join(', ')}`);
        type = value as ConceptType;
      }
    }
  }
  if (!terms.some((t) => t.lang === 'ru')) throw new EntryProblem(terms.length ? 'there is no Russian term' : 'there is no Russian or English term');
  const seen = new Set<string>();
  for (const t of terms) {
    // Case counts: "Belgorod Region" may be the forbidden variant of "Belgorod region".
    const key = `${t.lang}\u0000${t.text}`;
    if (seen.has(key)) throw new EntryProblem(`the term "${t.text}" (${t.lang}) is listed twice`);
    seen.add(key);
  }
  for (const lang of ['ru', 'en'] as const) {
    const ofLang = terms.filter((t) => t.lang === lang);
    const unmarked = ofLang.find((t) => !t.explicitStatus);
    if (unmarked && !ofLang.some((t) => t.explicitStatus && t.status === 'preferred')) unmarked.status = 'preferred';
  }
  for (const lang of skipped) otherLanguages.set(lang, (otherLanguages.get(lang) ?? 0) + 1);
  // The latest of several modifications is the one that counts.
  const created = transactions.find((t) => t.kind === 'created');
  const updated = transactions.filter((t) => t.kind === 'updated').sort((a, b) => (a.at ?? '').localeCompare(b.at ?? '')).pop();
  return {
    uuid: uuidFromId('c-', entry.attrs.id),
    type,
    domain,
    note: notes.length ? notes.join('\n') : null,
    createdAt: created?.at ?? null,
    createdBy: created?.by ?? null,
    updatedAt: updated?.at ?? null,
    updatedBy: updated?.by ?? null,
    terms: terms.map(({ explicitStatus: _, ...t }) => t),
  };
}

function readRoot(text: string, d: TbxDialect): XmlElement {
  let root: XmlElement;
  try {
    root = parseXml(text);
  } catch (e) {
    if (e instanceof XmlError) throw new GlossaryFormatError(e.where || d.label, e.reason);
    throw e;
  }
  if (root.name !== d.root) {
    throw new GlossaryFormatError(`<${root.name}>`, d.wrongRoot(root) ?? `the root element is <${root.name}>; a ${d.label} file starts with <${d.root}>`);
  }
  const problem = d.checkRoot(root);
  if (problem) throw new GlossaryFormatError(`<${d.root}>`, problem);
  return root;
}

/** Reads TBX of the given dialect; entries that cannot be read become refusals. */
export function readTbx(text: string, d: TbxDialect): ParsedGlossary {
  const root = readRoot(text, d);
  const child = (parent: XmlElement | undefined, name: string) => (parent ? firstElement(parent, name) : undefined);
  const body = child(child(root, 'text'), 'body');
  if (!body) throw new GlossaryFormatError(`<${d.root}>`, `there is no <text><body> holding the <${d.entry}> elements`);
  const titleStmt = child(child(child(root, d.header), 'fileDesc'), 'titleStmt');
  const title = child(titleStmt, 'title');

  const concepts: ExchangeConcept[] = [];
  const refused: Refusal[] = [];
  const otherLanguages = new Map<string, number>();
  const entryIds = new Map<string, number>();
  const conceptUuids = new Map<string, number>();
  const termIds = new Map<string, number>();
  elements(body, d.entry).forEach((entry, i) => {
    const n = i + 1;
    const id = entry.attrs.id;
    const where = id === undefined ? `${d.entry} ${n}` : `${d.entry} ${n} (id "${id}")`;
    try {
      if (id !== undefined && entryIds.has(id)) throw new EntryProblem(`the id "${id}" is already used by ${d.entry} ${entryIds.get(id)}`);
      const concept = readConcept(entry, d, otherLanguages);
      if (concept.uuid !== null && conceptUuids.has(concept.uuid)) throw new EntryProblem(`its UUID is already used by ${d.entry} ${conceptUuids.get(concept.uuid)}`);
      for (const t of concept.terms) {
        if (t.uuid !== null && termIds.has(t.uuid)) throw new EntryProblem(`the term id of "${t.text}" is already used in ${d.entry} ${termIds.get(t.uuid)}`);
      }
      if (id !== undefined) entryIds.set(id, n);
      if (concept.uuid !== null) conceptUuids.set(concept.uuid, n);
      for (const t of concept.terms) if (t.uuid !== null) termIds.set(t.uuid, n);
      concepts.push(concept);
    } catch (e) {
      if (!(e instanceof EntryProblem)) throw e;
      refused.push({ where, reason: e.message });
    }
  });
  for (const [lang, count] of otherLanguages) {
    refused.push({
      where: `${d.langSec} xml:lang="${lang}"`,
      reason: `only Russian and English terms are kept: the "${lang}" terms of ${count} ${count === 1 ? 'entry are' : 'entries are'} left out`,
    });
  }
  return {
    glossary: {
      name: title ? nonEmpty(textOf(title).trim()) : null,
      uuid: uuidFromId('g-', titleStmt?.attrs.id),
      sourceLang: 'ru',
      targetLang: 'en',
      concepts,
    },
    refused,
  };
}

// ---- writing ----

function transacGrp(kind: 'origination' | 'modification', by: string | null, at: string | null): XmlOut | null {
  if (by === null && at === null) return null;
  const day = at !== null && /^\d{4}-\d{2}-\d{2}/.test(at) ? at.slice(0, 10) : null;
  return el(
    'transacGrp',
    null,
    el('transac', { type: 'transactionType' }, kind),
    by !== null && el('transacNote', { type: 'responsibility' }, by),
    day !== null && el('date', null, day),
    at !== null && at !== day && el('transacNote', { type: 'timestamp' }, at),
  );
}

/** Preferred, admitted, forbidden; the given order otherwise (Array.prototype.sort is stable). */
export const canonicalTermOrder = (terms: ExchangeTerm[], lang: Lang) =>
  terms.filter((t) => t.lang === lang).sort((a, b) => STATUS_ORDER[a.status] - STATUS_ORDER[b.status]);

function writeTerm(t: ExchangeTerm, d: TbxDialect): XmlOut {
  return el(
    d.termSecs[0],
    { id: t.uuid === null ? null : `t-${t.uuid}` },
    el('term', null, t.text),
    t.partOfSpeech !== null && el('termNote', { type: 'partOfSpeech' }, t.partOfSpeech),
    el('termNote', { type: 'administrativeStatus' }, TBX_STATUS[t.status]),
    el('termNote', { type: 'caseSensitivity' }, t.caseSensitive ? CASE_SENSITIVE : CASE_INSENSITIVE),
    t.note !== null && el('note', null, t.note),
  );
}

function writeConcept(c: ExchangeConcept, g: ExchangeGlossary, d: TbxDialect): XmlOut {
  const langs = [...new Set([g.sourceLang, g.targetLang, ...c.terms.map((t) => t.lang)])];
  return el(
    d.entry,
    { id: c.uuid === null ? null : `c-${c.uuid}` },
    c.domain !== null && el('descrip', { type: 'subjectField' }, c.domain),
    el('descrip', { type: 'conceptType' }, c.type),
    c.note !== null && el('note', null, c.note),
    transacGrp('origination', c.createdBy, c.createdAt),
    transacGrp('modification', c.updatedBy, c.updatedAt),
    ...langs.flatMap((lang) => {
      const terms = canonicalTermOrder(c.terms, lang);
      return terms.length ? [el(d.langSec, { 'xml:lang': lang }, ...terms.map((t) => writeTerm(t, d)))] : [];
    }),
  );
}

/** Writes the glossary as TBX of the given dialect. */
export function writeTbx(g: ExchangeGlossary, d: TbxDialect): string {
  const entries = g.concepts.map((c, i) => {
    try {
      return writeConcept(c, g, d);
    } catch (e) {
      if (!(e instanceof XmlError)) throw e;
      const first = c.terms.find((t) => t.lang === 'ru') ?? c.terms[0];
      throw new GlossaryFormatError(`concept ${i + 1}${first ? ` ("${first.text}")` : ''}`, e.reason);
    }
  });
  let header: XmlOut;
  try {
    header = el(
      d.header,
      null,
      el(
        'fileDesc',
        null,
        (g.name !== null || g.uuid !== null) && el('titleStmt', { id: g.uuid === null ? null : `g-${g.uuid}` }, el('title', null, g.name ?? '')),
        el('sourceDesc', null, el('p', null, 'Exported from Sverka')),
      ),
    );
  } catch (e) {
    if (e instanceof XmlError) throw new GlossaryFormatError('the glossary name', e.reason);
    throw e;
  }
  return writeXml(el(d.root, d.rootAttrs, header, el('text', null, el('body', null, ...entries))));
}

export const parseTbx = (text: string): ParsedGlossary => readTbx(text, TBX_V3);
export const formatTbx = (glossary: ExchangeGlossary): string => writeTbx(glossary, TBX_V3);
