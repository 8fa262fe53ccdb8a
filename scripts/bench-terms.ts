// Term matcher speed: a glossary of 100,000 concepts (people, places, organisations, titles) built
// into a matcher, and a 10,000-word article checked against it.
// Run: npx tsx scripts/bench-terms.ts            (add --az to time the az morphology as well)
// Goals: build < 2 s, check < 100 ms.

import { cpus, loadavg } from 'node:os';
import { pathToFileURL } from 'node:url';
import type { Concept, ConceptType } from '../shared/model';
import { buildTermMatcher, createSnowballMorphology, type Morphology } from '../shared/terms';

export interface BenchResult {
  concepts: number;
  variants: number;
  buildMs: number;
  words: number;
  /** The first article the new matcher sees. */
  checkMs: number;
  /** Another article of the same size, once the matcher's word caches hold the common words. */
  warmCheckMs: number;
  matches: number;
}

// A fixed-seed generator so that every run measures the same glossary and article.
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const MALE = 'Александр Алексей Андрей Антон Борис Вадим Виктор Владимир Вячеслав Глеб Григорий Дмитрий Евгений Егор Иван Игорь Илья Кирилл Константин Леонид Максим Михаил Никита Николай Олег Павел Пётр Роман Родион Сергей Степан Фёдор Юрий Ярослав'.split(' ');
const FEMALE = 'Анна Валентина Вера Виктория Галина Дарья Екатерина Елена Ирина Ксения Людмила Мария Марина Надежда Наталья Ольга Светлана Татьяна Юлия'.split(' ');
const SYLLABLES = 'бар вол гор дан жук зар кар лом мир нов пол рад сол тар фед хмел чер шил щер юр яр бел вер гал дор ков лав мак нар'.split(' ');
const MALE_SURNAME = ['ов', 'ев', 'ин', 'ский', 'енко', 'ук', 'ич', 'ник'];
const PLACE_STEM = 'Белгород Курск Орл Брянск Тамбов Липецк Воронеж Саратов Самар Пенз Твер Смоленск Калуж Рязан Тул Ярославл'.split(' ');
const GEO = ['область', 'район', 'округ', 'край'];
const ORG = ['клуб', 'компания', 'фонд', 'центр', 'агентство'];
const TITLE_HEADS = ['министр', 'посол', 'советник', 'заместитель министра', 'директор департамента'];
const TITLE_TAILS = ['иностранных дел', 'по особым поручениям', 'по экономическим вопросам', 'обороны', 'финансов', 'культуры'];
const FILLER = ('в на по из с для о что как который заявил сообщил отметил подчеркнул рассказал однако также при этом ' +
  'удары переговоры встреча решение вопрос стороны власти регион объекты жители данные время неделе году ' +
  'ранее позже сегодня вчера сначала после новые важные серьёзные прошли начались продолжаются').split(' ');

function pick<T>(rnd: () => number, list: T[]): T {
  return list[Math.floor(rnd() * list.length)];
}

function surname(rnd: () => number, female: boolean): string {
  const stem = pick(rnd, SYLLABLES) + pick(rnd, SYLLABLES) + (rnd() < 0.5 ? pick(rnd, SYLLABLES) : '');
  const end = pick(rnd, MALE_SURNAME);
  const word = stem[0].toUpperCase() + stem.slice(1) + end;
  if (!female) return word;
  if (/(ов|ев|ин)$/.test(end)) return word + 'а';
  if (end === 'ский') return word.slice(0, -2) + 'ая';
  return word;
}

function concept(id: number, type: ConceptType, text: string): Concept {
  return {
    id,
    uuid: String(id),
    glossaryId: 1,
    type,
    domain: null,
    note: null,
    createdAt: '',
    createdBy: '',
    updatedAt: '',
    updatedBy: '',
    terms: [{ id, uuid: String(id), lang: 'ru', text, status: 'preferred', caseSensitive: false, partOfSpeech: null, note: null }],
  };
}

export function generateGlossary(size: number, seed = 1): Concept[] {
  const rnd = random(seed);
  const out: Concept[] = [];
  for (let id = 1; id <= size; id++) {
    const r = rnd();
    if (r < 0.55) {
      const female = rnd() < 0.35;
      out.push(concept(id, 'person', `${pick(rnd, female ? FEMALE : MALE)} ${surname(rnd, female)}`));
    } else if (r < 0.75) {
      const base = pick(rnd, PLACE_STEM) + pick(rnd, SYLLABLES) + pick(rnd, SYLLABLES);
      const geo = pick(rnd, GEO);
      const adjective = geo === 'область' ? 'ская' : 'ский';
      out.push(concept(id, 'place', `${base}${adjective} ${geo}`));
    } else if (r < 0.9) {
      const name = pick(rnd, SYLLABLES) + pick(rnd, SYLLABLES) + pick(rnd, SYLLABLES);
      out.push(concept(id, 'organization', `${pick(rnd, ORG)} «${name[0].toUpperCase()}${name.slice(1)}»`));
    } else {
      out.push(concept(id, 'title', `${pick(rnd, TITLE_HEADS)} ${pick(rnd, TITLE_TAILS)} ${id}`));
    }
  }
  return out;
}

/** A term in one of its oblique forms, the way an article would use it. */
function inflect(rnd: () => number, c: Concept): string {
  const text = c.terms[0].text;
  if (c.type === 'person') {
    const [first, last] = text.split(' ');
    if (rnd() < 0.3) return last;
    const firstGen = /[йь]$/.test(first)
      ? first.slice(0, -1) + 'я'
      : /([гкхжшчщ]а|я)$/.test(first)
        ? first.slice(0, -1) + 'и'
        : /а$/.test(first)
          ? first.slice(0, -1) + 'ы'
          : first + 'а';
    const lastGen = /ий$/.test(last) ? last.slice(0, -2) + 'ого' : /ая$/.test(last) ? last.slice(0, -2) + 'ой' : /а$/.test(last) ? last.slice(0, -1) + 'ой' : /[оу]$/.test(last) ? last : last + 'а';
    return `${firstGen} ${lastGen}`;
  }
  if (c.type === 'place') {
    return text
      .replace(/ская область$/, 'ской области')
      .replace(/ский край$/, 'ского края')
      .replace(/ский (район|округ)$/, 'ского $1а');
  }
  if (c.type === 'organization') return text.replace(/^клуб /, 'клуба ').replace(/^компания /, 'компании ');
  return text.replace(/^министр /, 'министра ').replace(/^посол /, 'послом ');
}

export function generateArticle(glossary: Concept[], words: number, seed = 2): string {
  const rnd = random(seed);
  const sentences: string[] = [];
  let count = 0;
  while (count < words) {
    const parts: string[] = [];
    const length = 8 + Math.floor(rnd() * 12);
    for (let k = 0; k < length; k++) {
      if (rnd() < 0.08) parts.push(inflect(rnd, pick(rnd, glossary)));
      else parts.push(pick(rnd, FILLER));
    }
    const sentence = parts.join(' ');
    count += sentence.split(' ').length;
    sentences.push(sentence[0].toUpperCase() + sentence.slice(1) + '.');
  }
  return sentences.join(' ');
}

export function benchTerms(morphology: Morphology = createSnowballMorphology(), size = 100_000, words = 10_000): BenchResult {
  const glossary = generateGlossary(size);
  const article = generateArticle(glossary, words);
  // Collect the generator's garbage now rather than inside the timing (node --expose-gc).
  (globalThis as { gc?: () => void }).gc?.();
  const t0 = performance.now();
  const matcher = buildTermMatcher(glossary, { morphology });
  const buildMs = performance.now() - t0;
  const t1 = performance.now();
  const matches = matcher.findInSource(article).length;
  const checkMs = performance.now() - t1;
  const second = generateArticle(glossary, words, 3);
  const t2 = performance.now();
  matcher.findInSource(second);
  const warmCheckMs = performance.now() - t2;
  return { concepts: size, variants: matcher.size, buildMs, words: article.split(/\s+/).length, checkMs, warmCheckMs, matches };
}

function report(label: string, r: BenchResult): void {
  console.log(`${label}: build matcher for ${r.concepts} concepts (${r.variants} variants): ${r.buildMs.toFixed(0)} ms (goal < 2000)`);
  console.log(`${label}: check ${r.words}-word article: ${r.checkMs.toFixed(1)} ms, ${r.matches} matches (goal < 100)`);
  console.log(`${label}: check another ${r.words}-word article: ${r.warmCheckMs.toFixed(1)} ms`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  // Timings are wall-clock: on a shared machine they grow with the load shown here.
  console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
  report('snowball', benchTerms());
  if (process.argv.includes('--az')) {
    const { loadAzMorphology } = await import('../main/terms/az-morphology');
    const t = performance.now();
    const az = await loadAzMorphology();
    console.log(`az: load dictionaries: ${(performance.now() - t).toFixed(0)} ms`);
    report('az', benchTerms(az));
  }
}
