import type { Output } from '../../shared/contract';
import type { CheckContext, GlossaryContext } from '../../shared/checks';
import { contentTargets, EnglishCache, replacementText, sourceMatchesOf } from '../../shared/checks/glossary-terms';
import { CONTENT_KINDS } from '../../shared/checks/spans';
import { legacyFindingKey } from '../../shared/checks/types';
import type { CheckId, Finding, Row } from '../../shared/model';
import { learnFromEdit } from '../../shared/review/learn';
import { diffFindings, ReviewSession, type FindingsDelta } from '../../shared/review/review-session';
import { buildTermMatcher, extractCandidates, SCHEMES, suggestTransliterations, type Morphology } from '../../shared/terms';
import { now } from '../clock';
import { documentsRepo } from '../db/documents-repo';
import { glossaryRepo } from '../db/glossary-repo';
import type { Db } from '../db/open';
import { reviewRepo, type FixDetail, type FixedFinding } from '../db/review-repo';
import type { EventBus } from '../events';
import { loadAzMorphology } from '../terms/az-morphology';
import type { editingService } from './editing';
import type { glossaryService } from './glossary';
import { recordedTerms } from '../../shared/review/learn-record';
import type { Input } from '../../shared/contract';
import { notFound, ServiceError } from './errors';

type Editing = ReturnType<typeof editingService>;
type TermMatchOut = Output<'terms.matches'>[number];
type FixChange = Output<'review.preview'>['changes'][number];
type Choices = Record<string, string>;

interface CachedGlossary {
  stamp: string;
  context: GlossaryContext;
}

let morphology: Promise<Morphology> | null = null;
/** az's dictionaries take a moment to load; every document and the CLI share one copy. */
const sharedMorphology = () => (morphology ??= loadAzMorphology());

/**
 * Review of a document: runs the checks against the document's glossaries, keeps dismissals,
 * applies fixes through the editing service (so they are revisions and undoable), and measures
 * the post-editing done.
 */
type Glossaries = ReturnType<typeof glossaryService>;

export function reviewService(db: Db, editing: Editing, glossaryEditing: Glossaries, bus?: EventBus) {
  const documents = documentsRepo(db);
  const glossaries = glossaryRepo(db);
  const repo = reviewRepo(db);
  // Matchers by the set of glossaries they cover; rebuilt when a concept there changes.
  const cache = new Map<string, CachedGlossary>();

  bus?.listen((name) => {
    // Another process (the CLI) may also change the file; the stamp check below covers that.
    if (name === 'glossary.changed') cache.clear();
  });

  const stampOf = (documentId: number): string => {
    const stamp = documents.updatedAt(documentId);
    if (stamp === undefined) throw notFound('document', documentId);
    return stamp;
  };

  /**
   * Each open document's review, kept while the document and its glossaries stay as they were
   * (its stamp and the glossary context): a click then re-checks only what it touched.
   */
  interface CachedSession {
    stamp: string;
    glossary: GlossaryContext | undefined;
    session: ReviewSession;
    /** What the last change to the text did to the findings. */
    lastDelta: FindingsDelta | null;
  }
  const sessions = new Map<number, CachedSession>();

  editing.onTextChange(({ documentId, segments, stampBefore, stampAfter }) => {
    const cached = sessions.get(documentId);
    if (!cached) return;
    // A change this cache did not see came in between (a realignment, another process): rebuild.
    if (cached.stamp !== stampBefore || stampAfter === undefined) {
      sessions.delete(documentId);
      return;
    }
    cached.lastDelta = cached.session.update(segments);
    cached.stamp = stampAfter;
  });

  function sessionFor(documentId: number, morphology: Morphology): CachedSession {
    const stamp = stampOf(documentId);
    const glossary = glossaryContext(documentId, morphology);
    const cached = sessions.get(documentId);
    if (cached && cached.stamp === stamp && cached.glossary === glossary) return cached;
    const fresh: CachedSession = { stamp, glossary, session: new ReviewSession({ glossary, morphology }, documents.rows(documentId)), lastDelta: null };
    sessions.set(documentId, fresh);
    return fresh;
  }

  function glossaryContext(documentId: number, morphology: Morphology): GlossaryContext | undefined {
    const ids = glossaries.documentGlossaries(documentId).sort((a, b) => a - b);
    if (ids.length === 0) return undefined;
    const key = ids.join(',');
    const stamp = ids.map((id) => repo.glossaryStamp(id)).join(';');
    const cached = cache.get(key);
    if (cached?.stamp === stamp) return cached.context;
    const concepts = glossaries.matchableConcepts(ids);
    const matcher = buildTermMatcher(concepts, { morphology });
    const context: GlossaryContext = { concepts: new Map(concepts.map((c) => [c.id, c])), matcher };
    cache.set(key, { stamp, context });
    return context;
  }

  /** `choices`: spellings the editor picked for inconsistent renderings (subject label → spelling). */
  async function checkContext(documentId: number, choices?: Choices): Promise<CheckContext> {
    const morphology = await sharedMorphology();
    // Nothing awaits from here on: two requests arriving together (findings and highlights) do
    // not build the same matcher twice, and the rows and the glossary are read at one moment.
    const { session, glossary } = sessionFor(documentId, morphology);
    return { rows: session.rows, glossary, morphology, memo: session.memo, choices: choices && new Map(Object.entries(choices)) };
  }

  /** The session of a document, ready, and the findings with the editor's picks applied. */
  async function reviewed(documentId: number, choices?: Choices) {
    const cached = sessionFor(documentId, await sharedMorphology());
    const picked = choices && Object.keys(choices).length > 0 ? new Map(Object.entries(choices)) : undefined;
    return { cached, findings: cached.session.findings(picked) };
  }

  /**
   * Marks the dismissed findings. Dismissals stored by an older version under a row-position key
   * are recognised and moved to the finding's current key, so none comes back after an upgrade.
   */
  function withDismissals(documentId: number, findings: Finding[]) {
    const dismissed = repo.dismissed(documentId);
    const legacy = new Set([...dismissed].filter((key) => /^[^|]*\|\d+\|/.test(key)));
    const moves: [string, string][] = [];
    const marked = findings.map((f) => {
      if (dismissed.has(f.key)) return { ...f, dismissed: true };
      const old = legacy.size > 0 ? legacyFindingKey(f) : null;
      if (old !== null && legacy.has(old)) {
        moves.push([old, f.key]);
        return { ...f, dismissed: true };
      }
      return { ...f, dismissed: false };
    });
    if (moves.length > 0) repo.rekey(documentId, moves);
    return marked;
  }

  const byKey = (findings: Finding[]) => new Map(findings.map((f) => [f.key, f]));

  /**
   * The texts the fixes of these findings give. Replacements are applied from the end of each
   * segment; one that overlaps a replacement already taken is skipped with its whole finding, so
   * a segment never gets two edits of the same words.
   */
  function plan(session: ReviewSession, findings: Finding[], keys: string[]) {
    const found = byKey(findings);
    // Only the segments the fixes name are looked up: a click costs the same on any length of document.
    const isTarget = (id: number) => session.segment(id)?.side === 'target';
    const taken = new Map<number, { start: number; end: number; text: string }[]>();
    const applied: Finding[] = [];
    const skipped: string[] = [];
    for (const key of keys) {
      const finding = found.get(key);
      const replacements = finding?.fix?.replacements;
      if (!finding || !replacements?.length || replacements.some((r) => !isTarget(r.segmentId))) {
        skipped.push(key);
        continue;
      }
      const clash = replacements.some((r) =>
        (taken.get(r.segmentId) ?? []).some((t) => r.start < t.end && t.start < r.end || (r.start === r.end && r.start === t.start)),
      );
      if (clash) {
        skipped.push(key);
        continue;
      }
      for (const r of replacements) taken.set(r.segmentId, [...(taken.get(r.segmentId) ?? []), r]);
      applied.push(finding);
    }
    const changes: FixChange[] = [];
    for (const [segmentId, replacements] of taken) {
      const segment = session.segment(segmentId)!;
      const row = session.rowOf(segmentId)!.position;
      let text = segment.current;
      for (const r of [...replacements].sort((a, b) => b.start - a.start)) text = text.slice(0, r.start) + r.text + text.slice(r.end);
      if (text !== segment.current) changes.push({ segmentId, row, before: segment.current, after: text });
    }
    changes.sort((a, b) => a.row - b.row || a.segmentId - b.segmentId);
    return { applied, skipped, changes };
  }

  /** The target segments a change touched, as they are now. */
  function changedSegments(changes: { segmentId: number }[]) {
    return [...new Set(changes.map((c) => c.segmentId))].flatMap((id) => {
      const found = documents.segment(id);
      if (!found) return [];
      const { documentId: _d, beadId: _b, ...segment } = found;
      return [segment];
    });
  }

  /**
   * Applies changes as one edit and says what they did to the findings: the session took them in
   * as they were made (see onTextChange); had it been rebuilt meanwhile, the whole lists are compared.
   */
  function applyAndDiff(documentId: number, before: CachedSession, findingsBefore: Finding[], morphology: Morphology, apply: () => void) {
    before.lastDelta = null;
    apply();
    let delta: FindingsDelta | null = sessions.get(documentId) === before ? (before.lastDelta as FindingsDelta | null) : null;
    delta ??= diffFindings(findingsBefore, sessionFor(documentId, morphology).session.findings());
    return { added: withDismissals(documentId, delta.added), removed: delta.removed };
  }

  /**
   * The new rendering in place of the old at the given places; a place whose text is no longer
   * the old rendering (edited since) is left alone.
   */
  function replacements(session: ReviewSession, forbidden: string, approved: string, occurrences: { segmentId: number; start: number; end: number }[]) {
    const bySegment = new Map<number, { start: number; end: number }[]>();
    for (const o of occurrences) bySegment.set(o.segmentId, [...(bySegment.get(o.segmentId) ?? []), o]);
    const changes: { segmentId: number; text: string }[] = [];
    let replaced = 0;
    for (const [segmentId, places] of bySegment) {
      const segment = session.segment(segmentId);
      if (!segment || segment.side !== 'target') continue;
      let text = segment.current;
      let end = Infinity;
      for (const o of [...places].sort((a, b) => b.start - a.start)) {
        const found = text.slice(o.start, o.end);
        if (o.end > end || found.toLowerCase() !== forbidden.toLowerCase()) continue;
        text = text.slice(0, o.start) + replacementText(text, { start: o.start, end: o.end, text: found }, forbidden, approved) + text.slice(o.end);
        end = o.start;
        replaced++;
      }
      if (text !== segment.current) changes.push({ segmentId, text });
    }
    return { changes, replaced };
  }

  /** Records a learned rendering: the suggestion's concept updated, or a new one in the glossary. */
  function recordConcept(record: NonNullable<Input<'review.applyLearned'>['record']>, approved: string, forbidden: string): number {
    if (record.conceptId !== null) {
      const concept = glossaryEditing.concept(record.conceptId);
      return glossaryEditing.updateConcept(concept.id, {
        type: concept.type,
        domain: concept.domain,
        note: concept.note,
        terms: recordedTerms(concept.terms, approved, forbidden),
      }).id;
    }
    if (record.glossaryId === undefined || !record.source.trim()) {
      throw new ServiceError('bad-input', 'a new concept needs a glossary and its Russian term');
    }
    return glossaryEditing.createConcept({
      glossaryId: record.glossaryId,
      type: record.type,
      terms: [
        { lang: 'ru', text: record.source.trim(), status: 'preferred' },
        { lang: 'en', text: approved, status: 'preferred' },
        { lang: 'en', text: forbidden, status: 'forbidden' },
      ],
    }).id;
  }

  function fixedByCheck(documentId: number): Record<string, number> {
    const counts: Record<string, number> = {};
    for (const detail of repo.fixDetails(documentId)) {
      for (const [check, n] of Object.entries(detail.checks)) counts[check] = (counts[check] ?? 0) + n;
    }
    return counts;
  }

  return {
    checkContext,

    async findings(documentId: number, checks?: CheckId[], choices?: Choices): Promise<Output<'review.findings'>> {
      const { cached, findings } = await reviewed(documentId, choices);
      const chosen = checks ? findings.filter((f) => checks.includes(f.check)) : findings;
      const measured = cached.session.measures();
      return {
        findings: withDismissals(documentId, chosen),
        measures: { document: { ...measured.document, fixedByCheck: fixedByCheck(documentId) }, rows: measured.rows },
      };
    },

    dismiss(documentId: number, keys: string[]) {
      stampOf(documentId);
      repo.dismiss(documentId, keys, now());
      return { ok: true as const };
    },

    restore(documentId: number, keys: string[]) {
      stampOf(documentId);
      repo.restore(documentId, keys);
      return { ok: true as const };
    },

    async preview(documentId: number, keys: string[], choices?: Choices) {
      const { cached, findings } = await reviewed(documentId, choices);
      const { changes, skipped } = plan(cached.session, findings, keys);
      return { changes, skipped };
    },

    /** One finding is a 'fix'; several are a 'fix-all'. Either way one edit, one undo step. */
    async fix(documentId: number, keys: string[], choices?: Choices) {
      const morphology = await sharedMorphology();
      const { cached, findings } = await reviewed(documentId, choices);
      const { applied, skipped, changes } = plan(cached.session, findings, keys);
      const detail: FixDetail = { keys: applied.map((f) => f.key), checks: {}, findings: applied.map(fixedFinding) };
      for (const f of applied) detail.checks[f.check] = (detail.checks[f.check] ?? 0) + 1;
      const delta = applyAndDiff(documentId, cached, cached.session.findings(), morphology, () =>
        editing.apply(
          documentId,
          keys.length === 1 ? 'fix' : 'fix-all',
          JSON.stringify(detail),
          changes.map((c) => ({ segmentId: c.segmentId, text: c.after })),
        ),
      );
      return { segments: changedSegments(changes), findings: delta, applied: detail.keys, skipped, ...editing.undoState(documentId) };
    },

    async replaceOccurrences(documentId: number, forbidden: string, approved: string, occurrences: { segmentId: number; start: number; end: number }[]) {
      const morphology = await sharedMorphology();
      const cached = sessionFor(documentId, morphology);
      const { changes, replaced } = replacements(cached.session, forbidden, approved, occurrences);
      const delta = applyAndDiff(documentId, cached, cached.session.findings(), morphology, () =>
        editing.apply(documentId, 'fix-all', JSON.stringify({ keys: [], checks: {}, learned: { forbidden, approved } }), changes),
      );
      return { segments: changedSegments(changes), findings: delta, replaced, ...editing.undoState(documentId) };
    },

    /**
     * The editor's answer to a learn suggestion as one action: the concept recorded (the glossary
     * then reviews the document anew, so the findings are compared whole) and the other places fixed.
     */
    async applyLearned(input: Input<'review.applyLearned'>) {
      const { documentId, approved, forbidden, record, occurrences } = input;
      const morphology = await sharedMorphology();
      const cached = sessionFor(documentId, morphology);
      const before = cached.session.findings();
      const { changes, replaced } = replacements(cached.session, forbidden, approved, occurrences);
      const conceptId = db.transaction(() => {
        let recorded: number | null = null;
        if (record) recorded = recordConcept(record, approved, forbidden);
        if (changes.length > 0) {
          editing.apply(documentId, 'fix-all', JSON.stringify({ keys: [], checks: {}, learned: { forbidden, approved } }), changes);
        }
        return recorded;
      })();
      const after = sessionFor(documentId, morphology);
      const delta = diffFindings(before, after.session.findings());
      return {
        segments: changedSegments(changes),
        findings: { added: withDismissals(documentId, delta.added), removed: delta.removed },
        replaced,
        conceptId,
        ...editing.undoState(documentId),
      };
    },

    async learn(documentId: number, segmentId: number, before: string, after: string) {
      const ctx = await checkContext(documentId);
      const suggestion = learnFromEdit({ rows: ctx.rows, segmentId, before, after, glossary: ctx.glossary, morphology: ctx.morphology });
      return { suggestion };
    },

    /**
     * Glossary terms in the document: Russian matches, and their allowed and forbidden English in
     * the same rows, read by the same rules as the glossary checks.
     */
    async matches(documentId: number): Promise<TermMatchOut[]> {
      const ctx = await checkContext(documentId);
      if (!ctx.glossary) return [];
      const { matcher, concepts } = ctx.glossary;
      const english = new EnglishCache(concepts);
      const out: TermMatchOut[] = [];
      for (const [row, hits] of sourceMatchesOf(ctx, matcher)) {
        for (const { segment, match } of hits) {
          const approved = english.get(match.conceptId)?.approved?.text ?? null;
          out.push({ segmentId: segment.id, start: match.start, end: match.end, conceptId: match.conceptId, how: match.how, approved });
        }
        for (const conceptId of new Set(hits.map((h) => h.match.conceptId))) {
          const terms = english.get(conceptId);
          if (!terms) continue;
          const approved = terms.approved?.text ?? null;
          const renderings = [
            ...terms.allowed.map((t) => ({ text: t.text, caseSensitive: t.caseSensitive, how: 'rendering' as const })),
            ...terms.forbidden.map((f) => ({ text: f.term.text, caseSensitive: f.caseSensitive, how: 'forbidden' as const })),
          ];
          for (const segment of contentTargets(row)) {
            for (const r of renderings) {
              for (const t of matcher.findInTarget(segment.current, r.text, r.caseSensitive)) {
                out.push({ segmentId: segment.id, start: t.start, end: t.end, conceptId, how: r.how, approved });
              }
            }
          }
        }
      }
      return dropOverlaps(out);
    },

    async candidates(documentId: number) {
      const ctx = await checkContext(documentId);
      const joined = (segments: Row['source']) => segments.map((s) => s.current).join(' ');
      const rows = ctx.rows
        .filter((row) => row.source.some((s) => CONTENT_KINDS.includes(s.kind)))
        .map((row) => ({ source: joined(row.source), target: joined(row.target) }));
      return extractCandidates(rows, { morphology: ctx.morphology!, known: ctx.glossary?.matcher });
    },

    transliterate(text: string) {
      const labels = new Map(SCHEMES.map((s) => [s.id, s.label]));
      return suggestTransliterations(text).map((s) => ({ scheme: s.scheme, label: labels.get(s.scheme) ?? s.scheme, text: s.text }));
    },
  };
}

/** What the change report keeps of an applied finding, its texts as they were before the fix. */
function fixedFinding(f: Finding): FixedFinding {
  return {
    key: f.key,
    check: f.check,
    severity: f.severity,
    row: f.row,
    source: f.source?.text ?? null,
    target: f.target?.text ?? null,
    message: f.message,
    label: f.fix!.label,
  };
}

/** A longer match wins where two overlap in one segment (a forbidden "START Treaty" inside "New START Treaty"). */
function dropOverlaps(matches: TermMatchOut[]): TermMatchOut[] {
  const sorted = [...matches].sort((a, b) => a.segmentId - b.segmentId || b.end - b.start - (a.end - a.start) || a.start - b.start);
  const kept: TermMatchOut[] = [];
  const bySegment = new Map<number, TermMatchOut[]>();
  for (const m of sorted) {
    const others = bySegment.get(m.segmentId) ?? [];
    if (others.some((o) => m.start < o.end && o.start < m.end)) continue;
    others.push(m);
    bySegment.set(m.segmentId, others);
    kept.push(m);
  }
  return kept.sort((a, b) => a.segmentId - b.segmentId || a.start - b.start);
}
