// Numbers spelled out in words ("три недели", "three weeks", "a thousand"). Only the small and
// common ones: they are used to confirm that a figure was carried over, never reported on their own.

import type { Lang } from '../model';
import { magnitudeWordScale } from '../text/figures';
import { allMatches } from './scan';

export interface WrittenNumber {
  start: number;
  end: number;
  text: string;
  value: number;
  ordinal: boolean;
  /** 1 unless a magnitude word follows ("two million"). */
  scale: number;
}

const EN_CARDINALS: Record<string, number> = {
  one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60,
  seventy: 70, eighty: 80, ninety: 90,
};
const EN_ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8,
  ninth: 9, tenth: 10, eleventh: 11, twelfth: 12, twentieth: 20,
};
/** Counting words that multiply like magnitudes; thousand, million… come from figures.ts. */
const EN_COUNTS: Record<string, number> = { hundred: 100, dozen: 12 };
/** Words that are a number only before a magnitude: "a thousand", "a dozen". */
const EN_ARTICLES = new Set(['a', 'an']);

const RU_CARDINALS: Array<[RegExp, number]> = [
  [/^(?:один|одна|одно|одного|одной|одному|одним|одном|одну)$/, 1],
  [/^(?:два|две|двух|двум|двумя)$/, 2],
  [/^(?:три|трех|трем|тремя)$/, 3],
  [/^(?:четыре|четырех|четырем|четырьмя)$/, 4],
  [/^пят(?:ь|и|ью)$/, 5],
  [/^шест(?:ь|и|ью)$/, 6],
  [/^сем(?:ь|и|ью)$/, 7],
  [/^вос(?:емь|ьми|емью|ьмью)$/, 8],
  [/^девят(?:ь|и|ью)$/, 9],
  [/^десят(?:ь|и|ью)$/, 10],
  [/^одиннадцат(?:ь|и|ью)$/, 11],
  [/^двенадцат(?:ь|и|ью)$/, 12],
  [/^тринадцат(?:ь|и|ью)$/, 13],
  [/^четырнадцат(?:ь|и|ью)$/, 14],
  [/^пятнадцат(?:ь|и|ью)$/, 15],
  [/^шестнадцат(?:ь|и|ью)$/, 16],
  [/^семнадцат(?:ь|и|ью)$/, 17],
  [/^восемнадцат(?:ь|и|ью)$/, 18],
  [/^девятнадцат(?:ь|и|ью)$/, 19],
  [/^двадцат(?:ь|и|ью)$/, 20],
  [/^тридцат(?:ь|и|ью)$/, 30],
  [/^сорок(?:а)?$/, 40],
  [/^(?:пятьдесят|пятидесяти)$/, 50],
  [/^(?:шестьдесят|шестидесяти)$/, 60],
  [/^(?:семьдесят|семидесяти)$/, 70],
  [/^(?:восемьдесят|восьмидесяти)$/, 80],
  [/^(?:девяносто|девяноста)$/, 90],
  [/^(?:сто|ста)$/, 100],
  [/^полтор(?:а|ы|ум)$/, 1.5],
  [/^(?:двое|двоих|двоим|двоими)$/, 2],
  [/^(?:трое|троих|троим|троими)$/, 3],
  [/^(?:четверо|четверых|четверым|четверыми)$/, 4],
  [/^(?:пятеро|пятерых|пятерым|пятерыми)$/, 5],
  [/^(?:шестеро|шестерых|шестерым)$/, 6],
  [/^(?:семеро|семерых|семерым)$/, 7],
];
/** The number in a compound adjective: "трехдневный" (3-day), "двухнедельный", "пятилетний". */
const RU_COMPOUND_PREFIXES: Array<[string, number]> = [
  ['двух', 2], ['трех', 3], ['четырех', 4], ['пяти', 5], ['шести', 6],
  ['семи', 7], ['восьми', 8], ['девяти', 9], ['десяти', 10],
];
const RU_ORDINAL_STEMS: Array<[string, number]> = [
  ['перв', 1], ['втор', 2], ['трет', 3], ['четверт', 4], ['пят', 5],
  ['шест', 6], ['седьм', 7], ['восьм', 8], ['девят', 9], ['десят', 10],
];
const RU_ORDINAL_ENDING =
  /^(?:ый|ой|ий|ая|ья|ое|ье|ые|ьи|ого|ьего|ому|ьему|ом|ьем|ую|ью|ых|ьих|ым|ьим|ыми|ьими|ей|ьей)$/;
interface WordValue {
  value: number;
  ordinal: boolean;
}

function englishWord(word: string): WordValue | null {
  if (word in EN_CARDINALS) return { value: EN_CARDINALS[word], ordinal: false };
  if (word in EN_ORDINALS) return { value: EN_ORDINALS[word], ordinal: true };
  const parts = word.split(/[-‐]/);
  if (parts.length === 2) {
    const tens = EN_CARDINALS[parts[0]];
    const units = EN_CARDINALS[parts[1]] ?? EN_ORDINALS[parts[1]];
    if (tens >= 20 && tens % 10 === 0 && units >= 1 && units <= 9) {
      return { value: tens + units, ordinal: parts[1] in EN_ORDINALS };
    }
  }
  // "three-day", "two-week": the number of a compound adjective.
  if (parts.length > 1 && parts[0] in EN_CARDINALS) return { value: EN_CARDINALS[parts[0]], ordinal: false };
  return null;
}

/** Every Russian number word starts so; the rest are dismissed without trying each pattern. */
const RU_NUMBER_START = /^(?:од|дв|тр|че|пя|пе|вт|ше|се|во|де|со|ст|по)/;

function russianWord(word: string): WordValue | null {
  if (!RU_NUMBER_START.test(word)) return null;
  for (const [pattern, value] of RU_CARDINALS) if (pattern.test(word)) return { value, ordinal: false };
  for (const [prefix, value] of RU_COMPOUND_PREFIXES) {
    if (word.length >= prefix.length + 4 && word.startsWith(prefix)) return { value, ordinal: false };
  }
  for (const [stem, value] of RU_ORDINAL_STEMS) {
    if (word.startsWith(stem) && RU_ORDINAL_ENDING.test(word.slice(stem.length))) {
      return { value, ordinal: true };
    }
  }
  return null;
}

function scaleOf(word: string, lang: Lang): number | null {
  if (lang === 'en') return EN_COUNTS[word] ?? magnitudeWordScale(word, 'en');
  return magnitudeWordScale(word, 'ru');
}

const WORD = /[\p{L}]+(?:[-‐][\p{L}]+)*/gu;
const SPACES_ONLY = /^[ \u00A0]+$/u;

export function findWrittenNumbers(text: string, lang: Lang): WrittenNumber[] {
  const words = allMatches(WORD, text).map((m) => ({
    start: m.index,
    end: m.index + m[0].length,
    norm: m[0].toLowerCase().replace(/ё/g, 'е'),
  }));
  const found: WrittenNumber[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    let parsed = lang === 'en' ? englishWord(word.norm) : russianWord(word.norm);
    const next = words[i + 1];
    const nextScale =
      next && SPACES_ONLY.test(text.slice(word.end, next.start)) ? scaleOf(next.norm, lang) : null;
    if (!parsed && lang === 'en' && EN_ARTICLES.has(word.norm) && nextScale !== null) {
      parsed = { value: 1, ordinal: false };
    }
    if (!parsed) continue;
    if (nextScale !== null && !parsed.ordinal) {
      found.push({
        start: word.start,
        end: next.end,
        text: text.slice(word.start, next.end),
        value: parsed.value * nextScale,
        ordinal: false,
        scale: nextScale,
      });
      i++;
      continue;
    }
    found.push({
      start: word.start,
      end: word.end,
      text: text.slice(word.start, word.end),
      value: parsed.value,
      ordinal: parsed.ordinal,
      scale: 1,
    });
  }
  return found;
}
