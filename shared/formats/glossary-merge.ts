// Merging an incoming glossary file into a stored glossary, field by field and three-way: what
// each incoming concept is (new, identical, merged, in conflict, refused) and what a resolution
// makes of it. Pure: the service gives the stored concepts and the bases, and writes the result.
import { foldForMatching } from '../text/normalise';
import type { ExchangeConcept, ExchangeTerm, GlossaryFormat, Refusal } from './glossary-exchange';

/** A live concept of the target glossary, as exchanged, with its row id. */
export interface StoredConcept extends ExchangeConcept {
  id: number;
  uuid: string;
}

export type FieldOutcome = 'same' | 'ours' | 'theirs' | 'conflict';
export type ConflictChoice = 'keep' | 'theirs' | 'both';

export interface FieldDiff {
  /** "type", "domain", "note", or a term: "en:Kyiv". */
  field: string;
  ours: string | null;
  theirs: string | null;
  base: string | null;
  outcome: FieldOutcome;
}

/** An incoming concept that matched a stored one and differs from it. */
export interface MatchedConcept {
  /** The stored concept's uuid: stable between a preview and the apply that follows it. */
  key: string;
  label: string;
  matchedBy: 'uuid' | 'source';
  ours: StoredConcept;
  /** The incoming concept, with what its format cannot carry taken from ours. */
  theirs: ExchangeConcept;
  base: ExchangeConcept | null;
  fields: FieldDiff[];
}

export interface MergePlan {
  refused: Refusal[];
  added: ExchangeConcept[];
  /** Nothing to take from the file: equal, or only our side changed since the base. */
  identical: { ours: StoredConcept; theirs: ExchangeConcept }[];
  /** Only their side changed the differing fields: taken without asking. */
  merged: MatchedConcept[];
  conflicts: MatchedConcept[];
}

/**
 * What a file can say. TBX carries every field, so an empty one means "none". CSV and TSV carry
 * a few, and a field that no concept of the file fills is taken as one the file does not carry:
 * our value stands instead of being read as deleted.
 */
export interface Carried {
  type: boolean;
  domain: boolean;
  note: boolean;
  termNote: boolean;
  partOfSpeech: boolean;
  caseSensitive: boolean;
  /** `${lang}:${status}` of the terms the file has; ours of other kinds are not compared. */
  termKinds: Set<string> | 'all';
}

const EVERYTHING: Carried = { type: true, domain: true, note: true, termNote: true, partOfSpeech: true, caseSensitive: true, termKinds: 'all' };

export function carriedBy(format: GlossaryFormat, concepts: readonly ExchangeConcept[]): Carried {
  if (format === 'tbx' || format === 'tbx2') return EVERYTHING;
  const terms = concepts.flatMap((c) => c.terms);
  return {
    type: concepts.some((c) => c.type !== 'other'),
    domain: concepts.some((c) => c.domain !== null),
    note: concepts.some((c) => c.note !== null),
    termNote: terms.some((t) => t.note !== null),
    partOfSpeech: terms.some((t) => t.partOfSpeech !== null),
    caseSensitive: terms.some((t) => t.caseSensitive),
    termKinds: new Set(terms.map(termKind)),
  };
}

const termKind = (t: Pick<ExchangeTerm, 'lang' | 'status'>) => `${t.lang}:${t.status}`;
export const termKey = (t: Pick<ExchangeTerm, 'lang' | 'text'>) => `${t.lang}:${t.text}`;

/** The Russian term as matching compares it: ё = е, letter case and runs of whitespace ignored. */
export function sourceKey(text: string): string {
  return foldForMatching(text).trim().toLowerCase();
}

/** The Russian term a concept is known by: the first preferred one, else the first. */
export function primaryRussian(concept: Pick<ExchangeConcept, 'terms'>): string {
  const ru = concept.terms.filter((t) => t.lang === 'ru');
  return (ru.find((t) => t.status === 'preferred') ?? ru[0])?.text ?? '';
}

export function conceptLabel(concept: Pick<ExchangeConcept, 'terms'>): string {
  const en = concept.terms.filter((t) => t.lang === 'en');
  const rendering = (en.find((t) => t.status === 'preferred') ?? en.find((t) => t.status === 'admitted'))?.text;
  const ru = primaryRussian(concept);
  return rendering ? `${ru} → ${rendering}` : ru;
}

const blankToNull = (value: string | null | undefined) => {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
};

/**
 * The concept as it would be stored: texts trimmed with whitespace folded, empty terms dropped,
 * empty notes as null. Throws a reason when it cannot be stored at all.
 */
export function cleanConcept(concept: ExchangeConcept): ExchangeConcept {
  if (isClean(concept)) return concept;
  const terms = concept.terms
    .map((t) => ({ ...t, uuid: blankToNull(t.uuid), text: t.text.replace(/\s+/g, ' ').trim(), partOfSpeech: blankToNull(t.partOfSpeech), note: blankToNull(t.note) }))
    .filter((t) => t.text.length > 0);
  if (!terms.some((t) => t.lang === 'ru')) throw new Error('it has no Russian term');
  const seen = new Set<string>();
  for (const t of terms) {
    if (seen.has(termKey(t))) throw new Error(`the term "${t.text}" is listed twice`);
    seen.add(termKey(t));
  }
  return { ...concept, uuid: blankToNull(concept.uuid), domain: blankToNull(concept.domain), note: blankToNull(concept.note), terms };
}

const cleanText = (value: string) => value.length > 0 && value === value.replace(/\s+/g, ' ').trim();
const cleanOptional = (value: string | null) => value === null || (value.length > 0 && value === value.trim());

/** Most files are clean already: checked first, so a large import copies nothing. */
function isClean(concept: ExchangeConcept): boolean {
  let russian = false;
  const seen = new Set<string>();
  for (const t of concept.terms) {
    if (!cleanText(t.text) || !cleanOptional(t.uuid) || !cleanOptional(t.partOfSpeech) || !cleanOptional(t.note)) return false;
    const key = termKey(t);
    if (seen.has(key)) return false;
    seen.add(key);
    russian ||= t.lang === 'ru';
  }
  return russian && cleanOptional(concept.uuid) && cleanOptional(concept.domain) && cleanOptional(concept.note);
}

/** Theirs, with each field its file cannot carry taken from ours (so that it compares equal). */
export function projectOnto(theirs: ExchangeConcept, ours: ExchangeConcept, carried: Carried): ExchangeConcept {
  if (carried === EVERYTHING) return theirs;
  const ourTerms = new Map(ours.terms.map((t) => [termKey(t), t]));
  const terms = theirs.terms.map((t) => {
    const mine = ourTerms.get(termKey(t));
    if (!mine) return t;
    return {
      ...t,
      caseSensitive: carried.caseSensitive ? t.caseSensitive : mine.caseSensitive,
      partOfSpeech: carried.partOfSpeech ? t.partOfSpeech : mine.partOfSpeech,
      note: carried.termNote ? t.note : mine.note,
    };
  });
  const theirKeys = new Set(theirs.terms.map(termKey));
  const kinds = carried.termKinds;
  const uncarried = kinds === 'all' ? [] : ours.terms.filter((t) => !theirKeys.has(termKey(t)) && !kinds.has(termKind(t)));
  return {
    ...theirs,
    type: carried.type ? theirs.type : ours.type,
    domain: carried.domain ? theirs.domain : ours.domain,
    note: carried.note ? theirs.note : ours.note,
    terms: [...terms, ...uncarried],
  };
}

type TermValue = Pick<ExchangeTerm, 'status' | 'caseSensitive' | 'partOfSpeech' | 'note'>;

function describeTerm(t: TermValue | undefined): string | null {
  if (!t) return null;
  const parts: string[] = [t.status];
  if (t.caseSensitive) parts.push('case-sensitive');
  if (t.partOfSpeech) parts.push(t.partOfSpeech);
  return t.note ? `${parts.join(', ')}; note: ${t.note}` : parts.join(', ');
}

const sameTerm = (a: TermValue | undefined, b: TermValue | undefined) =>
  a === b ||
  (a !== undefined && b !== undefined && a.status === b.status && a.caseSensitive === b.caseSensitive && a.partOfSpeech === b.partOfSpeech && a.note === b.note);

function outcome<T>(ours: T, theirs: T, base: T | undefined, hasBase: boolean, same: (a: T, b: T) => boolean): FieldOutcome {
  if (same(ours, theirs)) return 'same';
  if (!hasBase) return 'conflict';
  if (same(base as T, ours)) return 'theirs';
  if (same(base as T, theirs)) return 'ours';
  return 'conflict';
}

/**
 * Every field of the concept (type, domain, note, each term by language and text) on the three
 * sides. Ids and time stamps are not fields: they differ on every copy.
 */
export function diffConcept(ours: ExchangeConcept, theirs: ExchangeConcept, base: ExchangeConcept | null): FieldDiff[] {
  const hasBase = base !== null;
  const eq = <T>(a: T, b: T) => a === b;
  const fields: FieldDiff[] = (['type', 'domain', 'note'] as const).map((field) => ({
    field,
    ours: ours[field],
    theirs: theirs[field],
    base: base ? base[field] : null,
    outcome: outcome<string | null>(ours[field], theirs[field], base?.[field], hasBase, eq),
  }));
  const index = (c: ExchangeConcept | null) => new Map((c?.terms ?? []).map((t) => [termKey(t), t]));
  const [o, t, b] = [index(ours), index(theirs), index(base)];
  const keys = [...new Set([...o.keys(), ...t.keys()])];
  for (const key of keys) {
    fields.push({
      field: key,
      ours: describeTerm(o.get(key)),
      theirs: describeTerm(t.get(key)),
      base: describeTerm(b.get(key)),
      outcome: outcome<TermValue | undefined>(o.get(key), t.get(key), b.get(key), hasBase, sameTerm),
    });
  }
  return fields;
}

const variant = (t: ExchangeTerm): ExchangeTerm => ({ ...t, status: t.status === 'forbidden' ? 'forbidden' : 'admitted' });

/**
 * What the stored concept becomes. Without a conflict: the fields only their side changed are
 * taken. With one, by the choice: keep leaves ours as it is; theirs takes the conflicting fields
 * and the merged ones; both leaves ours as it is and adds each term of theirs ours lacks as a
 * variant (admitted, or forbidden if they forbid it), so nothing of ours is lost or repeated.
 */
export function resolveConcept(match: Pick<MatchedConcept, 'ours' | 'theirs' | 'fields'>, choice: ConflictChoice): ExchangeConcept {
  const { ours, theirs } = match;
  const conflict = match.fields.some((f) => f.outcome === 'conflict');
  if (conflict && choice === 'keep') return ours;
  if (conflict && choice === 'both') {
    const ourKeys = new Set(ours.terms.map(termKey));
    const added = theirs.terms.filter((t) => !ourKeys.has(termKey(t))).map(variant);
    return added.length ? { ...ours, terms: [...ours.terms, ...added] } : ours;
  }
  const take = (f: FieldDiff) => f.outcome === 'theirs' || f.outcome === 'conflict';
  const byField = new Map(match.fields.map((f) => [f.field, f]));
  const scalar = <K extends 'type' | 'domain' | 'note'>(field: K) => (take(byField.get(field)!) ? theirs[field] : ours[field]);
  const theirTerms = new Map(theirs.terms.map((t) => [termKey(t), t]));
  const terms: ExchangeTerm[] = [];
  for (const mine of ours.terms) {
    const key = termKey(mine);
    if (!take(byField.get(key)!)) terms.push(mine);
    else if (theirTerms.has(key)) terms.push({ ...theirTerms.get(key)!, uuid: mine.uuid });
  }
  const ourKeys = new Set(ours.terms.map(termKey));
  for (const t of theirs.terms) if (!ourKeys.has(termKey(t)) && take(byField.get(termKey(t))!)) terms.push(t);
  // A concept keeps a Russian term whatever the other side removed.
  if (!terms.some((t) => t.lang === 'ru')) return ours;
  return { ...ours, type: scalar('type'), domain: scalar('domain'), note: scalar('note'), terms };
}

/** Whether two concepts differ in any field (ids and time stamps aside). */
export function sameContent(a: ExchangeConcept, b: ExchangeConcept): boolean {
  if (a.type !== b.type || a.domain !== b.domain || a.note !== b.note || a.terms.length !== b.terms.length) return false;
  const index = new Map(b.terms.map((t) => [termKey(t), t]));
  return a.terms.every((t) => sameTerm(t, index.get(termKey(t))));
}

export interface PlanInput {
  format: GlossaryFormat;
  /** Live concepts of the target glossary; none for a glossary about to be created. */
  stored: readonly StoredConcept[];
  incoming: readonly ExchangeConcept[];
  /** The state both sides last shared, when there is one. */
  baseOf: (ours: StoredConcept) => ExchangeConcept | undefined;
}

const quoted = (text: string) => `"${text}"`;
const where = (index: number, concept: Pick<ExchangeConcept, 'terms'>) => {
  const ru = primaryRussian(concept);
  return `concept ${index + 1}${ru ? ` (${quoted(ru)})` : ''}`;
};

/**
 * Classifies each incoming concept: matched to a stored one by uuid, else by its Russian term;
 * a concept the file repeats, or a second one matching the same stored concept, is refused
 * (never merged twice, never duplicated).
 */
export function planMerge(input: PlanInput): MergePlan {
  const plan: MergePlan = { refused: [], added: [], identical: [], merged: [], conflicts: [] };
  const carried = carriedBy(input.format, input.incoming);
  const byUuid = new Map(input.stored.map((c) => [c.uuid, c]));
  // Each Russian term of a stored concept; its known-by term first, so that it wins a tie.
  const bySource = new Map<string, { concept: StoredConcept; primary: boolean }[]>();
  for (const c of input.stored) {
    const primary = primaryRussian(c);
    for (const t of c.terms) {
      if (t.lang !== 'ru') continue;
      const key = sourceKey(t.text);
      const list = bySource.get(key) ?? [];
      if (!list.some((e) => e.concept === c)) list.push({ concept: c, primary: t.text === primary });
      bySource.set(key, list);
    }
  }
  const seenUuid = new Map<string, number>();
  const seenSource = new Map<string, number>();
  const claimed = new Map<number, number>();

  input.incoming.forEach((raw, index) => {
    let concept: ExchangeConcept;
    try {
      concept = cleanConcept(raw);
    } catch (error) {
      plan.refused.push({ where: where(index, raw), reason: (error as Error).message });
      return;
    }
    const here = where(index, concept);
    const source = sourceKey(primaryRussian(concept));
    const sameId = concept.uuid !== null ? seenUuid.get(concept.uuid) : undefined;
    const sameSource = seenSource.get(source);
    if (sameId !== undefined || sameSource !== undefined) {
      const reason = sameId !== undefined ? `the same id as concept ${sameId + 1}` : `the same Russian term as concept ${sameSource! + 1}`;
      plan.refused.push({ where: here, reason: `${reason} in this file` });
      return;
    }
    if (concept.uuid !== null) seenUuid.set(concept.uuid, index);
    seenSource.set(source, index);

    let ours: StoredConcept | undefined = concept.uuid !== null ? byUuid.get(concept.uuid) : undefined;
    const matchedBy = ours ? 'uuid' : 'source';
    if (!ours) {
      const candidates = bySource.get(source) ?? [];
      const best = candidates.some((c) => c.primary) ? candidates.filter((c) => c.primary) : candidates;
      if (best.length > 1) {
        plan.refused.push({ where: here, reason: `its Russian term matches several concepts of the glossary (${best.map((c) => quoted(conceptLabel(c.concept))).join(', ')})` });
        return;
      }
      ours = best[0]?.concept;
    }
    if (!ours) {
      plan.added.push(concept);
      return;
    }
    const earlier = claimed.get(ours.id);
    if (earlier !== undefined) {
      plan.refused.push({ where: here, reason: `it matches the same concept of the glossary (${quoted(conceptLabel(ours))}) as concept ${earlier + 1}` });
      return;
    }
    claimed.set(ours.id, index);

    const theirs = projectOnto(concept, ours, carried);
    // The common case of a large merge: equal, so neither the base nor a diff is needed.
    if (sameContent(ours, theirs)) {
      plan.identical.push({ ours, theirs });
      return;
    }
    const base = input.baseOf(ours) ?? null;
    const fields = diffConcept(ours, theirs, base);
    const match: MatchedConcept = { key: ours.uuid, label: conceptLabel(ours), matchedBy, ours, theirs, base, fields };
    if (fields.some((f) => f.outcome === 'conflict')) plan.conflicts.push(match);
    else if (fields.some((f) => f.outcome === 'theirs')) plan.merged.push(match);
    else plan.identical.push({ ours, theirs });
  });
  return plan;
}
