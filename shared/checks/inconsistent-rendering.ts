// One name, several spellings in one translation: "Andrei Klintsevich" and "Andrey Klintsevich",
// "Belgorod region" and "Belgorod Region". Renderings are compared slot by slot (rendering-names.ts),
// so a surname alone agrees with the full name and Kyiv's agrees with Kyiv. The spelling to keep is
// the glossary's approved one, else the one most of the article uses (ties: the first one). The same
// Russian first name of different people (Андрей Клинцевич, Андрей Кортунов) is held to one spelling
// as well, unless the glossary settles the person's name.

import type { Replacement } from '../model';
import { firstNameOf } from '../terms/first-names';
import { transliterate } from '../terms/transliterate';
import { tokenize } from '../terms/text';
import { partsOf, type Part } from './rendering-names';
import { compareReading, observeNames, type NameGroup, type Observation } from './rendering-observe';
import { replacementIn, spanIn } from './spans';
import { phrase, withKeys, type Check, type FindingDraft } from './types';

const CHECK = 'inconsistent-rendering' as const;
const MESSAGES = {
  /** Plural by `count`: the other places that spell it the way the fix would. */
  elsewhere: 'findingMessages.inconsistent-rendering.elsewhere',
  glossary: 'findingMessages.inconsistent-rendering.glossary',
} as const;
const FIXES = { use: 'findingFixes.inconsistent-rendering.use' } as const;
const WHOLE = -1;

/** A value compared: a slot's word, or the whole phrase for renderings without slots. */
interface Said {
  obs: Observation;
  slot: number;
  value: string;
  start: number;
  end: number;
}

/** Whether a rendering names every word of the name that is not generic (not the surname alone). */
function complete(obs: Observation): boolean {
  const shape = obs.group.shape;
  if (!shape || !obs.parts) return false;
  const slots = new Set(obs.parts.map((p) => p.slot));
  return shape.slots.every((s, k) => s.kind === 'generic' || slots.has(k));
}

/**
 * The values an observation gives. `asWhole`: the approved English cannot be cut into slots (Kyiv
 * for Киев, Volodymyr Zelensky), so complete renderings are compared with it as whole phrases.
 */
function saidIn(obs: Observation, asWhole = false): Said[] {
  if (!obs.parts || (asWhole && complete(obs))) return [{ obs, slot: WHOLE, value: obs.text, start: obs.start, end: obs.end }];
  return obs.parts.map((p: Part) => ({ obs, slot: p.slot, value: p.text, start: p.start, end: p.end }));
}

function sameValue(a: string, b: string, ignoreCase: boolean): boolean {
  return ignoreCase ? a.toLowerCase() === b.toLowerCase() : a === b;
}

/** The most used value; a tie goes to `preferred` when it is among the tied, else to the first seen. */
function majority(values: string[], preferred?: string): string {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  let best = values[0];
  for (const [v, n] of counts) {
    const top = counts.get(best)!;
    if (n > top || (n === top && v === preferred && best !== preferred)) best = v;
  }
  return best;
}

/**
 * Whether the values differ. Values from headings and capitals only differ from the others when
 * their letters do, not their capitals.
 */
function disagree(values: { obs: Observation; value: string }[], ignoreCase: boolean): boolean {
  const voters = values.filter((v) => !v.obs.caseNeutral);
  const distinct = new Set(voters.map((v) => (ignoreCase ? v.value.toLowerCase() : v.value)));
  for (const v of values) {
    if (v.obs.caseNeutral && !voters.some((o) => sameValue(o.value, v.value, true))) distinct.add(v.value.toLowerCase());
  }
  return distinct.size >= 2;
}

function applyTo(text: string, offset: number, replacements: Replacement[]): string {
  let out = text;
  for (const r of [...replacements].sort((a, b) => b.start - a.start)) {
    out = out.slice(0, r.start - offset) + r.text + out.slice(r.end - offset);
  }
  return out;
}

interface Verdict {
  /** Slot → the value to keep, for slots the article spells in more than one way. */
  chosen: Map<number, string>;
  /** The spellings of those slots, in reading order: what the editor may pick from. */
  variants: string[];
  /** Observations whose slot will be changed (by this group's findings). */
  changed: Map<Observation, Map<number, string>>;
  asWhole: boolean;
}

/** The value the editor picked for the subject, when it is one of the values of this slot. */
function picked(said: Said[], choice: string | undefined): string | undefined {
  return choice !== undefined && said.some((s) => s.value === choice) ? choice : undefined;
}

/** Distinct values in the order they are first seen. */
const distinct = (values: string[]) => [...new Set(values)];

/**
 * Per slot: the values the article uses, whether they disagree, and which one stays: the
 * glossary's, else the editor's pick, else the majority.
 */
function judge(group: NameGroup, observations: Observation[], choice?: string): Verdict {
  const ignoreCase = group.type === 'title';
  const approvedParts = new Map<number, string>();
  if (group.approved) {
    const parts = partsOf(group.approved, 0, group.shape);
    if (parts) for (const p of parts) approvedParts.set(p.slot, p.text);
    else approvedParts.set(WHOLE, group.approved);
  }
  const asWhole = approvedParts.has(WHOLE);
  const bySlot = new Map<number, Said[]>();
  for (const obs of observations) {
    for (const said of saidIn(obs, asWhole)) {
      const list = bySlot.get(said.slot);
      if (list) list.push(said);
      else bySlot.set(said.slot, [said]);
    }
  }
  const chosen = new Map<number, string>();
  const changed = new Map<Observation, Map<number, string>>();
  const variants: string[] = [];
  for (const [slot, said] of bySlot) {
    const voters = said.filter((s) => !s.obs.caseNeutral);
    if (!disagree(said, ignoreCase)) continue;
    variants.push(...(voters.length ? voters : said).map((s) => s.value));
    const keep =
      approvedParts.get(slot) ?? picked(said, choice) ?? (voters.length ? majority(voters.map((s) => s.value)) : said[0].value);
    chosen.set(slot, keep);
    for (const s of said) {
      if (sameValue(s.value, keep, ignoreCase || s.obs.caseNeutral)) continue;
      let map = changed.get(s.obs);
      if (!map) changed.set(s.obs, (map = new Map()));
      map.set(s.slot, keep);
    }
  }
  return { chosen, changed, asWhole, variants: group.approved ? [] : distinct(variants) };
}

function groupFindings(group: NameGroup, verdict: Verdict, observations: Observation[]): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  // How many places already spell it the way a fix would: counted once per distinct fix, since
  // a name repeated a thousand times has a thousand findings but only a few distinct fixes.
  const agreeingByFix = new Map<string, Set<Observation>>();
  const agreeingWith = (changes: Map<number, string>) => {
    const key = JSON.stringify([...changes].sort((a, b) => a[0] - b[0]));
    let set = agreeingByFix.get(key);
    if (!set) {
      set = new Set(
        observations.filter((o) => [...changes].every(([slot, keep]) => saidIn(o, verdict.asWhole).some((s) => s.slot === slot && s.value === keep))),
      );
      agreeingByFix.set(key, set);
    }
    return set;
  };
  for (const obs of observations) {
    const changes = verdict.changed.get(obs);
    if (!changes) continue;
    const replacements = saidIn(obs, verdict.asWhole)
      .filter((s) => changes.has(s.slot))
      .map((s) => replacementIn(obs.segment, s.start, s.end, changes.get(s.slot)!));
    const fixed = applyTo(obs.text, obs.start, replacements);
    const agreeingSet = agreeingWith(changes);
    const agreeing = agreeingSet.size - (agreeingSet.has(obs) ? 1 : 0);
    const said = { name: group.label, here: obs.text, other: fixed };
    drafts.push({
      check: CHECK,
      rule: 'name',
      severity: 'warning',
      row: obs.row.position,
      source: spanIn(obs.source.segment, obs.source.start, obs.source.end),
      target: spanIn(obs.segment, obs.start, obs.end),
      subject: {
        label: group.label,
        ...(group.conceptId !== undefined ? { conceptId: group.conceptId } : {}),
        ...(verdict.variants.length > 1 ? { variants: verdict.variants } : {}),
      },
      message: agreeing > 0 ? phrase(MESSAGES.elsewhere, { ...said, count: agreeing }) : phrase(MESSAGES.glossary, said),
      fix: { label: phrase(FIXES.use, { spelling: fixed }), replacements },
    });
  }
  return drafts;
}

interface JudgedGroup {
  observations: Observation[];
  choice: string | undefined;
  verdict: Verdict;
  drafts: FindingDraft[];
}

const sameList = <T>(a: readonly T[], b: readonly T[]) => a.length === b.length && a.every((x, i) => x === b[i]);

interface FirstNameUse {
  obs: Observation;
  part: Part;
  /** The spelling after this name's own findings are applied. */
  value: string;
  reported: boolean;
}

/** The Russian first name in the mention: Андрея in "Андрея Клинцевича". */
function firstNameSpan(obs: Observation, name: string): { start: number; end: number } {
  const { segment, start, end } = obs.source;
  for (const token of tokenize(segment.current.slice(start, end))) {
    if (firstNameOf(token.text)?.name === name) return { start: start + token.start, end: start + token.end };
  }
  return { start, end };
}

/**
 * Different people with the same Russian first name: Андрей is Andrei for one and Andrey for
 * another. Names the glossary gives an approved English for are left out: the glossary may spell
 * a first name its own way on purpose (Volodymyr).
 */
function firstNameFindings(uses: Map<string, FirstNameUse[]>, choices?: ReadonlyMap<string, string>): FindingDraft[] {
  const drafts: FindingDraft[] = [];
  for (const [name, list] of uses) {
    const voters = list.filter((u) => !u.obs.caseNeutral);
    if (voters.length === 0 || !disagree(list, false)) continue;
    const values = voters.map((u) => u.value);
    const choice = choices?.get(name);
    const keep = choice !== undefined && values.includes(choice) ? choice : majority(values, transliterate(name, 'house'));
    const variants = distinct(values);
    const agreeing = list.filter((u) => u.value === keep).length;
    for (const u of list) {
      if (u.reported || sameValue(u.value, keep, u.obs.caseNeutral)) continue;
      const source = firstNameSpan(u.obs, name);
      drafts.push({
        check: CHECK,
        rule: 'first-name',
        severity: 'warning',
        row: u.obs.row.position,
        source: spanIn(u.obs.source.segment, source.start, source.end),
        target: spanIn(u.obs.segment, u.part.start, u.part.end),
        subject: { label: name, variants },
        message: phrase(MESSAGES.elsewhere, { name, here: u.part.text, other: keep, count: agreeing }),
        fix: { label: phrase(FIXES.use, { spelling: keep }), replacements: [replacementIn(u.obs.segment, u.part.start, u.part.end, keep)] },
      });
    }
  }
  return drafts;
}

export const inconsistentRenderingCheck: Check = {
  id: CHECK,
  describe: 'The same name or term spelt differently in different places of the translation',
  phraseKeys: [...Object.values(MESSAGES), ...Object.values(FIXES)],
  run(ctx) {
    const drafts: FindingDraft[] = [];
    const firstNames = new Map<string, FirstNameUse[]>();
    // A group whose renderings are the very ones of the last run (no edit touched them) keeps its
    // verdict and findings: a click re-judges only the names it changed.
    const judged = ctx.memo?.get('inconsistent-groups', () => new Map<NameGroup, JudgedGroup>());
    for (const group of observeNames(ctx)) {
      // A forbidden rendering is the forbidden-term check's finding; it is not a variant here.
      const observations = group.observations.filter((o) => !o.forbidden).sort(compareReading);
      const choice = ctx.choices?.get(group.label);
      let result = judged?.get(group);
      if (!result || result.choice !== choice || !sameList(result.observations, observations)) {
        const verdict = judge(group, observations, choice);
        result = { observations, choice, verdict, drafts: groupFindings(group, verdict, observations) };
        judged?.set(group, result);
      }
      const { verdict } = result;
      drafts.push(...result.drafts);
      if (group.type !== 'person' || group.approved || !group.shape) continue;
      for (const obs of observations) {
        for (const part of obs.parts ?? []) {
          const slot = group.shape.slots[part.slot];
          const name = slot.kind === 'first' ? firstNameOf(slot.russian)?.name : undefined;
          if (!name) continue;
          const change = verdict.changed.get(obs)?.get(part.slot);
          const list = firstNames.get(name) ?? [];
          list.push({ obs, part, value: change ?? part.text, reported: change !== undefined });
          firstNames.set(name, list);
        }
      }
    }
    for (const list of firstNames.values()) list.sort((a, b) => compareReading(a.obs, b.obs));
    drafts.push(...firstNameFindings(firstNames, ctx.choices));
    drafts.sort((a, b) => a.row - b.row || (a.target?.start ?? 0) - (b.target?.start ?? 0));
    return withKeys(drafts);
  },
};
