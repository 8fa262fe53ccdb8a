// Which words ending in a full stop may end a sentence. The splitter asks this module about the
// word before a full stop that is followed by a space and a capital letter (a lower-case next word
// never starts a sentence, so those cases never get here).
//
// The model, per abbreviation:
//  - never          a title, an initial, the prefix of a name or a number (Mr., Dr., им., ул., В.,
//                   т. е.): the sentence goes on whatever follows.
//  - before-number  goes on before a digit (No. 5, Fig. 2, Oct. 5); otherwise a plain word.
//  - starter        often sits before a proper name mid-sentence (U.S. President, 5 p.m. Moscow
//                   time) but also ends sentences: ends one only before a word that typically
//                   opens a sentence (The, He, Однако…); see starters.ts.
//  - ends           behaves as a plain word: ends the sentence before a capital (тыс., etc., обл.).
//  - year           only after a number (1992 г., XX в.): ends the sentence unless the number sits
//                   in an opening phrase ("В 1992 г. Вашингтон…"); see sentences.ts.
// An entry may carry a different rule for when it follows a number: г. is a year after 1992 and a
// city before Москва; см. is a unit after 5 and "see" elsewhere.

export type EndRule = 'never' | 'before-number' | 'starter' | 'ends' | 'year';

export interface Abbreviation {
  rule: EndRule;
  /** The rule when the word before is a number ("1992 г.", "5 см."). */
  afterNumber?: EndRule;
}

const TABLE = new Map<string, Abbreviation>();

function add(words: string, rule: EndRule, afterNumber?: EndRule): void {
  for (const word of words.trim().split(/\s+/)) TABLE.set(word.replace(/_/g, ' '), { rule, afterNumber });
}

// Russian. Keys are written without the final full stop; "_" stands for a space.
// Words that are also ordinary Russian words are kept out of 'never' (ген "gene", рис "rice",
// тел "of bodies", мин "of mines"), at the cost of "ген. Иванов" splitting.
add('т.е т.к т.ч т.н т.о ул просп пер пл наб бул пос дер пгт д ст п пп т стр табл гл кв', 'never');
add('зам нач акад проф доц св тов гос ср напр прим ок англ нем фр франц лат греч итал исп', 'never');
add('о оз Дж', 'never');
add('рис тел', 'before-number');
add('им пр', 'starter');
add('тыс млн млрд трлн руб коп долл км кг га мин обл др ред изд вкл т.д т.п н.э и_др и_пр', 'ends');
add('г гг', 'never', 'year');
add('в вв', 'ends', 'year');
add('см м мм ч сек с р шт чел л гр', 'never', 'ends');

// English.
add('Mr Mrs Ms Messrs Mmes Dr Prof Gov Sen Rep Gen Lt Col Capt Cmdr Cdr Sgt Maj Adm Cpl Pvt', 'never');
add('Rev Hon Pres Supt Fr Mt Ft Rt i.e e.g cf vs v viz approx ca Dept Univ Assn esp incl', 'never');
add('No Nos Vol Vols Fig Figs Art Sec Ch Chap p pp para Op', 'before-number');
add('Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec', 'before-number');
add('U.S U.K U.N E.U D.C U.S.A U.A.E a.m p.m A.M P.M Inc Ltd Co Corp Jr Sr St Ave Blvd Rd Bros Ph.D', 'starter');
add('etc al et_al', 'ends');

const SINGLE_CAPITAL = /^\p{Lu}$/u;
const DOTTED_CAPITALS = /^(\p{Lu}\.)+\p{Lu}$/u;

/**
 * What is known about `word` (the letters before a full stop, internal full stops included:
 * "тыс", "U.S", "т.е"), given `previous`, the whitespace-separated word before it ("т.", "и",
 * "1992"). Undefined means a plain word.
 */
export function lookupAbbreviation(word: string, previous: string): Abbreviation | undefined {
  // "т. е.", "н. э.": a one-letter abbreviation before this one makes a pair.
  if (previous.length === 2 && previous[1] === '.') {
    const pair = TABLE.get(`${previous[0]}.${word}`);
    if (pair) return pair;
  }
  const phrase = TABLE.get(`${previous} ${word}`);
  if (phrase) return phrase;
  const exact = TABLE.get(word);
  if (exact) return exact;
  // An initial (В. В. Путин, Jay D. Vance) never ends a sentence. The pronoun I and the numeral
  // I (Peter I., World War I.) are plain words.
  if (SINGLE_CAPITAL.test(word)) return word === 'I' ? undefined : { rule: 'never' };
  // A capitalised form at the start of a sentence: "См. также", "Ул. Ленина".
  const lower = TABLE.get(word.toLowerCase());
  if (lower) return lower;
  // Unknown dotted capitals (J.R.R., U.S.S.R.) stand before names as often as at sentence ends.
  if (DOTTED_CAPITALS.test(word)) return { rule: 'starter' };
  return undefined;
}
