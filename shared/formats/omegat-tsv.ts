// OmegaT's glossary: UTF-8 text, one entry a line, source<TAB>target<TAB>comment; lines starting
// with "#" are comments, fields are trimmed, and several lines with the same source are several
// targets of one concept (the first read as preferred, the others as admitted).
//
// The writer puts one line per (Russian term × English preferred or admitted term), preferred
// first, under OmegaT's own first line (its "coding" magic comment). A target cannot be marked
// forbidden, so forbidden renderings go at the head of the comment, which is repeated on every line
// of the concept: "not: Kiev | Kyev; house style". The reader takes them back from there; a
// forbidden term holding ";" or "|" therefore does not survive TSV. A concept with no acceptable
// English term is one line with an empty target. Tabs and line breaks inside a value become spaces
// (the format has no escape), and a source starting with "#" is written after a space so OmegaT
// does not take the line for a comment. Type, domain, term notes, case, ids and dates are not carried.
import type { Lang, TermStatus } from '../model';
import {
  GlossaryFormatError,
  type ExchangeConcept,
  type ExchangeGlossary,
  type ExchangeTerm,
  type ParsedGlossary,
  type Refusal,
} from './glossary-exchange';

export const OMEGAT_FIRST_LINE = '# Glossary in tab-separated format -*- coding: utf-8 -*-';
const FORBIDDEN = /^not:\s*([^;]*)(?:;\s*([\s\S]*))?$/;

export function formatOmegatComment(forbidden: string[], note: string | null): string {
  return [forbidden.length ? `not: ${forbidden.join(' | ')}` : '', note ?? ''].filter(Boolean).join('; ');
}

export function parseOmegatComment(comment: string): { forbidden: string[]; note: string | null } {
  const m = FORBIDDEN.exec(comment);
  if (!m) return { forbidden: [], note: comment || null };
  return {
    forbidden: m[1]
      .split('|')
      .map((t) => t.trim())
      .filter(Boolean),
    note: m[2]?.trim() || null,
  };
}

const term = (lang: Lang, text: string, status: TermStatus): ExchangeTerm => ({ uuid: null, lang, text, status, caseSensitive: false, partOfSpeech: null, note: null });

interface Group {
  line: number;
  source: string;
  targets: string[];
  forbidden: string[];
  notes: string[];
}

export function parseOmegatTsv(text: string): ParsedGlossary {
  const lines = (text.charCodeAt(0) === 0xfeff ? text.slice(1) : text).split(/\r\n|\n|\r/);
  const refused: (Refusal & { line: number })[] = [];
  const groups = new Map<string, Group>();
  let firstEntryLine = 0;
  let withTab = 0;
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.startsWith('#') || raw.trim() === '') return;
    firstEntryLine ||= line;
    const refuse = (reason: string) => refused.push({ where: `line ${line}`, reason, line });
    if (!raw.includes('\t')) return refuse('one column only: an entry is source<TAB>target<TAB>comment');
    withTab++;
    const fields = raw.split('\t').map((f) => f.trim());
    if (fields.slice(3).some(Boolean)) return refuse(`${fields.length} columns: an OmegaT glossary has three (source, target, comment)`);
    const [source, target = '', comment = ''] = fields;
    if (!source) return refuse('the source term (first column) is empty');
    const group = groups.get(source) ?? { line, source, targets: [], forbidden: [], notes: [] };
    groups.set(source, group);
    if (target && !group.targets.includes(target)) group.targets.push(target);
    const parsed = parseOmegatComment(comment);
    for (const f of parsed.forbidden) if (!group.forbidden.includes(f)) group.forbidden.push(f);
    if (parsed.note && !group.notes.includes(parsed.note)) group.notes.push(parsed.note);
  });
  if (firstEntryLine === 0) throw new GlossaryFormatError('line 1', lines.some((l) => l.trim()) ? 'the file has comment lines only' : 'the file is empty');
  if (withTab === 0) {
    throw new GlossaryFormatError(`line ${firstEntryLine}`, 'no line has a tab: an OmegaT glossary has source<TAB>target<TAB>comment on each line');
  }

  const concepts: ExchangeConcept[] = [];
  for (const g of groups.values()) {
    const both = g.forbidden.find((f) => g.targets.includes(f));
    if (both) {
      refused.push({ where: `line ${g.line}`, reason: `"${both}" is both a target and forbidden ("not:" in the comment)`, line: g.line });
      continue;
    }
    concepts.push({
      uuid: null,
      type: 'other',
      domain: null,
      note: g.notes.length ? g.notes.join('\n') : null,
      createdAt: null,
      createdBy: null,
      updatedAt: null,
      updatedBy: null,
      terms: [
        term('ru', g.source, 'preferred'),
        ...g.targets.map((t, i) => term('en', t, i === 0 ? 'preferred' : 'admitted')),
        ...g.forbidden.map((f) => term('en', f, 'forbidden')),
      ],
    });
  }
  refused.sort((a, b) => a.line - b.line);
  return {
    glossary: { name: null, uuid: null, sourceLang: 'ru', targetLang: 'en', concepts },
    refused: refused.map(({ where, reason }) => ({ where, reason })),
  };
}

/** A value on one line: no tabs or line breaks, and no leading "#" that would make it a comment. */
const field = (value: string) => value.replace(/[\t\r\n]+/g, ' ').trim();
const sourceField = (value: string) => (field(value).startsWith('#') ? ` ${field(value)}` : field(value));

export function formatOmegatTsv(glossary: ExchangeGlossary): string {
  const out = [OMEGAT_FIRST_LINE];
  for (const c of glossary.concepts) {
    const ofLang = (lang: Lang, ...statuses: TermStatus[]) =>
      statuses.flatMap((s) => c.terms.filter((t) => t.lang === lang && t.status === s).map((t) => t.text));
    const comment = field(formatOmegatComment(ofLang('en', 'forbidden').map(field), c.note));
    const targets = ofLang('en', 'preferred', 'admitted');
    for (const source of ofLang('ru', 'preferred', 'admitted', 'forbidden')) {
      // An empty target still leaves its tab: the line stays an entry, not a one-column line.
      for (const target of targets.length ? targets : ['']) out.push([sourceField(source), field(target), ...(comment ? [comment] : [])].join('\t'));
    }
  }
  return out.join('\n') + '\n';
}
