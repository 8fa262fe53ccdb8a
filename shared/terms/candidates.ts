// Proposes glossary entries from an article and its aligned translation: personal names,
// places (Белгородская область), organisations in quotes (клуб «Валдай»), abbreviations (ДСНВ,
// МИД РФ), titles (посол по особым поручениям) and other capitalised names. Each is put in its
// base form, its forms across the text are counted together (the matcher's own normalisation
// does the grouping), and the English the translation uses for it is looked up.

import { getFirstnameGender, inclineFirstname, inclineLastname, inclineMiddlename } from 'lvovich';
import type { Concept, ConceptType } from '../model';
import { firstNameOf, isPatronymic, type Sex } from './first-names';
import {
  GEO_NOUNS,
  ORG_HEADS,
  ORG_NOUNS,
  adjectiveNominative,
  adjectiveStem,
  genericOf,
  withCaseOf,
} from './generic-nouns';
import { buildTermMatcher } from './matcher';
import type { Morphology } from './morphology';
import {
  asciiKey,
  findAnchoredRendering,
  findNameRendering,
  findTitleRendering,
  englishWords,
} from './render-english';
import {
  fold,
  isAbbreviation,
  isCyrillic,
  isNameGap,
  opensSentence,
  startsUpper,
  tokenize,
  type Token,
} from './text';
import { TITLE_PATTERNS } from './titles';
import type { Candidate, TermMatcher } from './types';

export interface CandidateRow {
  source: string;
  target: string;
}

export interface ExtractOptions {
  morphology: Morphology;
  /** The glossary as it stands: names it already covers are not proposed again. */
  known?: TermMatcher;
}

type Rule = 'person' | 'title' | 'place' | 'quoted' | 'quoted-generic' | 'org-head' | 'abbreviation' | 'sequence';

/** How much a rule alone says that its find is a term (before the English and the count add to it). */
const STRENGTH: Record<Rule, number> = {
  person: 0.6,
  title: 0.55,
  place: 0.6,
  'quoted-generic': 0.6,
  quoted: 0.45,
  'org-head': 0.5,
  abbreviation: 0.4,
  sequence: 0.35,
};

interface Mention {
  type: ConceptType;
  rule: Rule;
  surface: string;
  /** The base form, when the rule can tell it; otherwise grouping by the matcher picks one. */
  lemma: string | null;
  english: string | null;
}

const COUNTRY_GENITIVES = new Set(
  ('России РФ США Украины Белоруссии Казахстана Китая КНР Франции Германии Великобритании Британии Японии ' +
    'Индии Турции Ирана Израиля Венгрии Польши Молдавии Грузии Армении Азербайджана Сирии ЕС НАТО ООН').split(' '),
);

/** The usual English of abbreviations common in Russian news. */
const ABBREVIATIONS: Record<string, string[]> = {
  МИД: ['Foreign Ministry', 'Ministry of Foreign Affairs', 'Foreign Office'],
  ВСУ: ['Armed Forces of Ukraine', 'Ukrainian Armed Forces', 'AFU', 'Ukrainian army'],
  ООН: ['United Nations', 'UN'],
  США: ['United States', 'USA', 'US', 'U.S.'],
  РФ: ['Russian Federation', 'Russia'],
  ЕС: ['European Union', 'EU'],
  НАТО: ['NATO'],
  СМИ: ['media'],
  ДСНВ: ['New START', 'START'],
  МАГАТЭ: ['IAEA'],
  ФСБ: ['FSB', 'Federal Security Service'],
  МВД: ['Interior Ministry', 'Ministry of Internal Affairs'],
  МЧС: ['Emergencies Ministry', 'Ministry of Emergency Situations'],
  СВО: ['special military operation'],
  ЦРУ: ['CIA'],
  ФБР: ['FBI'],
  ОБСЕ: ['OSCE'],
  БПЛА: ['UAV', 'drone'],
  ЛНР: ["Luhansk People's Republic", "Lugansk People's Republic", 'LPR'],
  ДНР: ["Donetsk People's Republic", 'DPR'],
  АЭС: ['nuclear power plant', 'NPP'],
  ЦБ: ['Central Bank'],
  ВВС: ['Air Force'],
  ВМФ: ['Navy'],
};

const FUNCTION_WORDS = new Set(
  'и а но или в во на по с со к ко о об от до из за для при что как который которая которые это не же ли бы'.split(' '),
);

const GEO_ENGLISH = new Set([...GEO_NOUNS.flatMap((g) => g.en), "people's", 'people’s', 'autonomous']);
const ORG_ENGLISH = new Set([...ORG_NOUNS.flatMap((g) => g.en), 'discussion', 'international']);

// ---------------------------------------------------------------------------------------------
// Personal names

const CASES = ['nominative', 'genitive', 'dative', 'accusative', 'instrumental', 'prepositional'] as const;
type Case = (typeof CASES)[number];

const MALE_BACK: [string, string][] = [
  ['ым', ''], ['ом', ''], ['ем', ''], ['ого', 'ий'], ['ого', 'ой'], ['его', 'ий'], ['ому', 'ий'], ['ому', 'ой'],
  ['ему', 'ий'], ['им', 'ий'], ['ым', 'ый'], ['ом', 'ой'], ['а', ''], ['я', 'ь'], ['я', 'й'], ['у', ''],
  ['ю', 'ь'], ['ю', 'й'], ['е', ''], ['е', 'ь'], ['е', 'й'],
];
const FEMALE_BACK: [string, string][] = [
  ['ой', 'а'], ['ою', 'а'], ['у', 'а'], ['е', 'а'], ['ы', 'а'], ['ой', 'ая'], ['ую', 'ая'], ['ей', 'я'], ['и', 'я'], ['ю', 'я'],
];

/** The forms a nominative may have come from: Мирошника → Мирошник, Хмелевой → Хмелева. */
function backGuesses(observed: string, sex: Sex | null): string[] {
  const rules = sex === 'female' ? FEMALE_BACK : sex === 'male' ? MALE_BACK : [...MALE_BACK, ...FEMALE_BACK];
  const lower = observed.toLowerCase();
  const out: string[] = [];
  for (const [ending, nominative] of rules) {
    if (lower.endsWith(ending) && lower.length - ending.length >= 2) {
      out.push(observed.slice(0, observed.length - ending.length) + nominative);
    }
  }
  return out;
}

/** The nominative whose declension in one of the cases gives the observed form. */
function nominativeBy(observed: string, cases: Case[], incline: (word: string, c: Case) => string, sex: Sex | null): string {
  const target = fold(observed);
  for (const guess of backGuesses(observed, sex)) {
    if (cases.some((c) => fold(incline(guess, c)) === target)) return guess;
  }
  return observed;
}

/** The person's name in the nominative, read from the case of the (known) first name. */
function personLemma(tokens: string[], firstIndex: number, patronymic: number | null, surname: number): string {
  const first = firstNameOf(tokens[firstIndex]);
  if (!first) return tokens.join(' ');
  const lvSex = getFirstnameGender(first.name);
  const sex: Sex = lvSex === 'female' || lvSex === 'male' ? lvSex : first.sex;
  let cases = CASES.filter((c) => fold(inclineFirstname(first.name, c, sex)) === fold(tokens[firstIndex]));
  if (cases.length === 0) cases = [...CASES];
  const out = tokens.slice();
  out[firstIndex] = first.name;
  if (patronymic !== null) out[patronymic] = nominativeBy(tokens[patronymic], cases, (w, c) => inclineMiddlename(w, c, sex), sex);
  if (!cases.includes('nominative') || cases.length > 1) {
    out[surname] = nominativeBy(tokens[surname], cases, (w, c) => inclineLastname(w, c, sex), sex);
  }
  return out.join(' ');
}

// ---------------------------------------------------------------------------------------------
// Detection in one row

class RowScan {
  readonly tokens: Token[];
  readonly used: Uint8Array;
  readonly mentions: Mention[] = [];

  constructor(
    readonly source: string,
    readonly target: string,
    private readonly titleMatcher: TermMatcher,
  ) {
    this.tokens = tokenize(source);
    this.used = new Uint8Array(this.tokens.length);
  }

  private gap(i: number): boolean {
    const t = this.tokens;
    return i + 1 < t.length && isNameGap(this.source.slice(t[i].end, t[i + 1].start));
  }

  private spaceOnly(i: number): boolean {
    const t = this.tokens;
    return i + 1 < t.length && /^[ \u00A0]+$/.test(this.source.slice(t[i].end, t[i + 1].start));
  }

  private word(i: number): string {
    return this.tokens[i]?.text ?? '';
  }

  private capitalised(i: number): boolean {
    const w = this.word(i);
    return startsUpper(w) && isCyrillic(w);
  }

  private slice(from: number, to: number): string {
    return this.source.slice(this.tokens[from].start, this.tokens[to].end);
  }

  private mark(from: number, to: number): void {
    this.used.fill(1, from, to + 1);
  }

  private add(m: Omit<Mention, 'english'>, english: string | null): void {
    this.mentions.push({ ...m, english });
  }

  run(): Mention[] {
    this.titles();
    this.persons();
    this.places();
    this.orgHeads();
    this.quoted();
    this.abbreviations();
    this.sequences();
    return this.mentions;
  }

  private titles(): void {
    for (const m of this.titleMatcher.findInSource(this.source)) {
      const pattern = TITLE_PATTERNS[m.conceptId];
      let k = this.tokens.findIndex((t) => t.start >= m.end);
      let complementEnd = -1;
      if (k >= 0 && /^[ \u00A0]+$/.test(this.source.slice(m.end, this.tokens[k].start))) {
        const w = this.word(k);
        // Кремля, Венгрии, США: a genitive or an abbreviation, not a surname (президент Трамп).
        const upper =
          startsUpper(w) &&
          !firstNameOf(w) &&
          (COUNTRY_GENITIVES.has(w) || isAbbreviation(w) || /(а|я|и|ы|ого|его|ой|ей)$/.test(w));
        if (pattern.complement === 'region') {
          if (upper && adjectiveStem(w) && this.gap(k) && genericOf(this.word(k + 1), GEO_NOUNS)) complementEnd = k + 1;
          else if (upper && isCyrillic(w)) complementEnd = k;
        } else if (pattern.complement === 'genitive' && upper) {
          complementEnd = adjectiveStem(w) && this.spaceOnly(k) && startsUpper(this.word(k + 1)) ? k + 1 : k;
        }
      } else {
        k = -1;
      }
      if (complementEnd < 0 && pattern.needsComplement) continue;
      const complement = complementEnd >= 0 ? this.source.slice(this.tokens[k].start, this.tokens[complementEnd].end) : '';
      const end = complementEnd >= 0 ? this.tokens[complementEnd].end : m.end;
      this.add(
        {
          type: 'title',
          rule: 'title',
          surface: this.source.slice(m.start, end),
          lemma: complement ? `${pattern.ru} ${complement}` : pattern.ru,
        },
        findTitleRendering(this.target, pattern.en, complement !== ''),
      );
    }
  }

  private persons(): void {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      if (this.used[i] || !this.capitalised(i) || !firstNameOf(t[i].text) || !this.gap(i)) continue;
      let j = i + 1;
      let patronymic: number | null = null;
      if (isPatronymic(this.word(j)) && this.gap(j) && this.capitalised(j + 1)) {
        patronymic = j;
        j++;
      }
      if (!this.capitalised(j) || isAbbreviation(this.word(j))) continue;
      let last = j;
      // Джей Ди Вэнс: a short middle word before the surname.
      if (this.word(j).length <= 3 && this.gap(j) && this.capitalised(j + 1) && !isAbbreviation(this.word(j + 1))) last = j + 1;
      const words = t.slice(i, last + 1).map((x) => x.text);
      const lemma = personLemma(words, 0, patronymic === null ? null : patronymic - i, last - i);
      this.mark(i, last);
      this.add(
        { type: 'person', rule: 'person', surface: this.slice(i, last), lemma },
        findNameRendering(this.target, lemma)?.text ?? null,
      );
      i = last;
    }
  }

  /** Capitalised adjectives before a place noun: Белгородской области, Луганской Народной Республике. */
  private places(): void {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      if (this.used[i] || !this.capitalised(i) || adjectiveStem(t[i].text) === null) continue;
      let j = i;
      while (j + 1 < t.length && this.gap(j) && this.capitalised(j + 1) && adjectiveStem(t[j + 1].text) !== null && !genericOf(t[j + 1].text, GEO_NOUNS)) j++;
      if (!this.gap(j) || j + 1 >= t.length) continue;
      const noun = genericOf(t[j + 1].text, GEO_NOUNS);
      if (!noun || this.used[j + 1]) continue;
      const adjectives = t.slice(i, j + 1).map((x) => x.text);
      const lemma = [...adjectives.map((a) => adjectiveNominative(a, noun.gender)), withCaseOf(t[j + 1].text, noun.ru)].join(' ');
      this.mark(i, j + 1);
      this.add(
        { type: 'place', rule: 'place', surface: this.slice(i, j + 1), lemma },
        findAnchoredRendering(this.target, placeAnchors(adjectives), GEO_ENGLISH)?.text ?? null,
      );
      i = j + 1;
    }
  }

  /** Центр изучения военно-политических конфликтов: a capitalised organisation noun and its genitive chain. */
  private orgHeads(): void {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      if (this.used[i] || !this.capitalised(i)) continue;
      const head = genericOf(t[i].text, ORG_NOUNS);
      if (!head || !ORG_HEADS.has(head.ru)) continue;
      let j = i;
      while (j + 1 < t.length && j - i < 6 && this.gap(j)) {
        const next = t[j + 1].text;
        if (FUNCTION_WORDS.has(next) || !isCyrillic(next)) break;
        if (startsUpper(next)) {
          if (COUNTRY_GENITIVES.has(next)) j++;
          break;
        }
        j++;
      }
      if (j === i) continue;
      const rest = this.source.slice(t[i].end, t[j].end);
      const lemma = withCaseOf(t[i].text, head.ru) + rest;
      this.mark(i, j);
      this.add(
        { type: 'organization', rule: 'org-head', surface: this.slice(i, j), lemma },
        findHeadedRendering(this.target, head.en),
      );
      i = j;
    }
  }

  /** «Известия», клуб «Валдай»: a capitalised name in quotes, with the noun before it when it is generic. */
  private quoted(): void {
    const re = /[«„“"]([^«»„“”"\n]{1,80}?)[»“”"]/g;
    for (let m = re.exec(this.source); m !== null; m = re.exec(this.source)) {
      const inner = m[1].trim();
      const words = tokenize(inner);
      if (words.length === 0 || words.length > 5 || !/^[\p{Lu}\p{N}]/u.test(inner)) continue;
      const open = m.index;
      const close = m.index + m[0].length;
      const innerTokens = this.tokens.map((x, k) => k).filter((k) => this.tokens[k].start > open && this.tokens[k].end < close);
      if (innerTokens.some((k) => this.used[k])) continue;
      const before = this.tokens.findIndex((x, k) => x.end <= open && (this.tokens[k + 1]?.start ?? Infinity) > open);
      const generic =
        before >= 0 && /^[ \u00A0]+$/.test(this.source.slice(this.tokens[before].end, open))
          ? genericOf(this.tokens[before].text, ORG_NOUNS)
          : null;
      const name = `«${inner}»`;
      if (innerTokens.length) this.mark(innerTokens[0], innerTokens[innerTokens.length - 1]);
      const generics = new Set([...ORG_ENGLISH, ...(generic?.en ?? [])]);
      const english = findAnchoredRendering(this.target, [inner], generics)?.text ?? null;
      if (generic) {
        const noun = startsUpper(this.tokens[before].text) && !opensSentence(this.source, this.tokens, before)
          ? withCaseOf(this.tokens[before].text, generic.ru)
          : generic.ru;
        this.add(
          {
            type: 'organization',
            rule: 'quoted-generic',
            surface: this.source.slice(this.tokens[before].start, close),
            lemma: `${noun} ${name}`,
          },
          english,
        );
      } else {
        this.add({ type: 'organization', rule: 'quoted', surface: this.source.slice(open, close), lemma: null }, english);
      }
    }
  }

  /** ДСНВ, ВСУ, and an abbreviation with the country it belongs to: МИД РФ, МИД России. */
  private abbreviations(): void {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      const w = t[i].text;
      if (this.used[i] || !isAbbreviation(w) || !isCyrillic(w) || w.length > 6) continue;
      let last = i;
      const next = this.word(i + 1);
      if (this.spaceOnly(i) && !this.used[i + 1] && ((isAbbreviation(next) && isCyrillic(next)) || COUNTRY_GENITIVES.has(next))) {
        last = i + 1;
      }
      const combined = last > i;
      this.mark(i, last);
      const english = ABBREVIATIONS[w] ? findTitleRendering(this.target, ABBREVIATIONS[w], combined) : null;
      const surface = this.slice(i, last);
      this.add({ type: 'organization', rule: 'abbreviation', surface, lemma: surface }, english);
      i = last;
    }
  }

  /** Other runs of capitalised words: Луганской Народной Республике, Генассамблеи ООН. */
  private sequences(): void {
    const t = this.tokens;
    for (let i = 0; i < t.length; i++) {
      if (this.used[i] || !(this.capitalised(i) || (isAbbreviation(t[i].text) && isCyrillic(t[i].text)))) continue;
      let j = i;
      while (j + 1 < t.length && this.gap(j) && !this.used[j + 1] && (this.capitalised(j + 1) || isAbbreviation(t[j + 1].text))) j++;
      let from = i;
      if (opensSentence(this.source, t, from) && !isAbbreviation(t[from].text)) from++;
      const words = t.slice(from, j + 1).map((x) => x.text);
      i = j;
      if (words.length < 2 || words.every(isAbbreviation) || words.some((w) => !isCyrillic(w))) continue;
      const last = words[words.length - 1];
      const geo = genericOf(last, GEO_NOUNS);
      const lemma = geo
        ? [...words.slice(0, -1).map((a) => adjectiveNominative(a, geo.gender)), withCaseOf(last, geo.ru)].join(' ')
        : null;
      this.mark(from, j);
      this.add(
        { type: geo ? 'place' : 'organization', rule: 'sequence', surface: this.slice(from, j), lemma },
        findAnchoredRendering(this.target, placeAnchors(words), geo ? GEO_ENGLISH : ORG_ENGLISH)?.text ?? null,
      );
    }
  }
}

/** Белгородская → Белгородск and Белгород (the town the adjective is made from). */
export function placeAnchors(words: string[]): string[] {
  const out: string[] = [];
  for (const w of words) {
    const stem = adjectiveStem(w);
    if (stem === null) {
      out.push(w);
      continue;
    }
    out.push(stem);
    if (/ск$/i.test(stem)) out.push(stem.slice(0, -2));
  }
  return out;
}

/** Center for the Study of Political and Military Conflicts: the generic noun and the capitalised words after it. */
function findHeadedRendering(target: string, heads: string[]): string | null {
  const words = englishWords(target);
  for (let i = 0; i < words.length; i++) {
    if (!heads.includes(words[i].text.toLowerCase()) || !/^[A-Z]/.test(words[i].text)) continue;
    let last = i;
    let k = i + 1;
    while (k < words.length && /^\s+$/.test(target.slice(words[k - 1].end, words[k].start))) {
      const w = words[k].text;
      if (/^[A-Z]/.test(w)) last = k;
      else if (!['of', 'for', 'the', 'and', 'on', 'in'].includes(w)) break;
      k++;
    }
    if (last > i) return target.slice(words[i].start, words[last].end);
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Grouping and scoring

interface Group {
  type: ConceptType;
  rule: Rule;
  lemma: string;
  source: string;
  mentions: Mention[];
}

/** How much a form looks like a dictionary form: nominative endings count for it, oblique ones against. */
function nominativeScore(surface: string): number {
  let score = 0;
  for (const { text } of tokenize(surface)) {
    const w = fold(text);
    if (/(ой|ом|ем|ам|ах|ям|ях|ами|ями|ого|ему|ому|ы|у|ю|и|е)$/.test(w) && !/(ие|ые|ее|ое)$/.test(w)) score--;
    else score++;
  }
  return score;
}

export function conceptFor(id: number, type: ConceptType, text: string): Concept {
  return {
    id,
    uuid: '',
    glossaryId: 0,
    type,
    domain: null,
    note: null,
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
    terms: [{ id, uuid: '', lang: 'ru', text, status: 'preferred', caseSensitive: false, partOfSpeech: null, note: null }],
  };
}

/** Whether a match covers the whole of a text, quotes around it aside. */
function coversWhole(text: string, start: number, end: number): boolean {
  return /^[\s«„“"]*$/.test(text.slice(0, start)) && /^[\s»“”"]*$/.test(text.slice(end));
}

/**
 * Forms without a base form of their own («Известиям», «Известий») are grouped by the matcher:
 * a form that, taken as a term, matches the others becomes their base.
 */
function groupSurfaces(mentions: Mention[], morphology: Morphology): Map<string, string> {
  const counts = new Map<string, number>();
  const types = new Map<string, ConceptType>();
  for (const m of mentions) {
    counts.set(m.surface, (counts.get(m.surface) ?? 0) + 1);
    types.set(m.surface, m.type);
  }
  const surfaces = [...counts.keys()];
  const matcher = buildTermMatcher(
    surfaces.map((s, k) => conceptFor(k, types.get(s) ?? 'other', s)),
    { morphology },
  );
  const covers = surfaces.map(() => new Set<number>());
  surfaces.forEach((s, a) => {
    for (const m of matcher.findInSource(s)) {
      if (m.how !== 'surname' && coversWhole(s, m.start, m.end)) covers[m.conceptId].add(a);
    }
  });
  const order = surfaces
    .map((_, k) => k)
    .sort(
      (a, b) =>
        covers[b].size - covers[a].size ||
        nominativeScore(surfaces[b]) - nominativeScore(surfaces[a]) ||
        (counts.get(surfaces[b]) ?? 0) - (counts.get(surfaces[a]) ?? 0) ||
        surfaces[a].length - surfaces[b].length,
    );
  const baseOf = new Map<string, string>();
  for (const b of order) {
    if (baseOf.has(surfaces[b])) continue;
    baseOf.set(surfaces[b], surfaces[b]);
    for (const a of covers[b]) if (!baseOf.has(surfaces[a])) baseOf.set(surfaces[a], surfaces[b]);
  }
  return baseOf;
}

function pickEnglish(group: Group): string | null {
  const votes = new Map<string, string[]>();
  for (const m of group.mentions) {
    if (!m.english) continue;
    const key = asciiKey(m.english);
    const list = votes.get(key);
    if (list) list.push(m.english);
    else votes.set(key, [m.english]);
  }
  let best: string[] | null = null;
  for (const list of votes.values()) if (!best || list.length > best.length) best = list;
  if (!best) return null;
  if (group.type === 'title') {
    // Titles go into the glossary in lower case unless the translation always capitalises them.
    const lower = best.find((e) => e === e.toLowerCase() || /^[A-Z][a-z]+ [a-z]/.test(e));
    if (lower) return lower;
  }
  return best[0];
}

let titleMatcherCache: { morphology: Morphology; matcher: TermMatcher } | null = null;

function titleMatcher(morphology: Morphology): TermMatcher {
  if (titleMatcherCache?.morphology !== morphology) {
    const concepts = TITLE_PATTERNS.map((p, k) => conceptFor(k, 'title', p.ru));
    titleMatcherCache = { morphology, matcher: buildTermMatcher(concepts, { morphology }) };
  }
  return titleMatcherCache.matcher;
}

export function extractCandidates(rows: CandidateRow[], options: ExtractOptions): Candidate[] {
  const { morphology } = options;
  const titles = titleMatcher(morphology);
  const mentions = rows.flatMap((row) => new RowScan(row.source, row.target, titles).run());

  const baseOf = groupSurfaces(
    mentions.filter((m) => m.lemma === null),
    morphology,
  );
  const groups = new Map<string, Group>();
  for (const m of mentions) {
    const lemma = m.lemma ?? baseOf.get(m.surface) ?? m.surface;
    const key = `${m.type}|${fold(lemma)}`;
    const group = groups.get(key);
    if (group) {
      group.mentions.push(m);
      if (STRENGTH[m.rule] > STRENGTH[group.rule]) group.rule = m.rule;
    } else {
      groups.set(key, { type: m.type, rule: m.rule, lemma, source: m.surface, mentions: [m] });
    }
  }

  const list = [...groups.values()].filter((g) => !isKnown(g.lemma, options.known));
  // Count every form of every candidate, a person's surname alone included.
  const counter = buildTermMatcher(
    list.map((g, k) => conceptFor(k, g.type, g.lemma)),
    { morphology },
  );
  const counts = new Array<number>(list.length).fill(0);
  for (const row of rows) for (const m of counter.findInSource(row.source)) counts[m.conceptId]++;

  const out = list.map((g, k): Candidate => {
    const occurrences = Math.max(counts[k], g.mentions.length);
    const target = pickEnglish(g);
    const confidence = Math.min(1, STRENGTH[g.rule] + (target ? 0.3 : 0) + Math.min(0.1, 0.03 * (occurrences - 1)));
    return { source: g.source, lemma: g.lemma, type: g.type, occurrences, target, confidence: Math.round(confidence * 100) / 100 };
  });
  return out.sort((a, b) => b.confidence - a.confidence || b.occurrences - a.occurrences || a.lemma.localeCompare(b.lemma, 'ru'));
}

function isKnown(lemma: string, known: TermMatcher | undefined): boolean {
  if (!known) return false;
  return known.findInSource(lemma).some((m) => m.how !== 'surname' && coversWhole(lemma, m.start, m.end));
}
