// Words that typically open a sentence: articles, pronouns, conjunctions, prepositions and
// sentence adverbs. After an ambiguous abbreviation (U.S., p.m., им.) a capitalised word from this
// list means a new sentence; any other capitalised word is taken for a name ("U.S. President",
// "5 p.m. Moscow time", "им. Вахтангова").

const EN = `
the a an this that these those it its he she they we i you his her their our my your there here
but and or so yet however meanwhile moreover still also then now later earlier after before in on
at as for from with without by to during since until when while where why how what who which if
although though because according some many most all both each every no not only such other
another one two three last next several few despite under over following instead thus therefore
nevertheless indeed yes asked speaking
`;

const RU = `
это этот эта эти этом он она оно они мы я вы его ее её их там тут здесь но и а однако также кроме
поэтому потом затем тогда теперь сейчас ранее позже позднее в во на по при с со из к ко о об за до
после для без под над между через как когда где почему что кто если хотя так такой такие все всё
весь вся каждый многие некоторые никто ни не нет да впрочем несмотря согласно напомним отметим
вместе помимо итак тем чтобы зато ведь уже еще ещё лишь только именно сам сама сами причем причём
`;

const STARTERS = new Set([...EN.split(/\s+/), ...RU.split(/\s+/)].filter((w) => w !== ''));

/** Case-insensitive; the caller has already seen that the word is capitalised. */
export const isSentenceStarter = (word: string): boolean => STARTERS.has(word.toLowerCase());
