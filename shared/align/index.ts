export { alignSentences, alignFeatures, type AlignOptions } from './sentences';
export { alignParagraphs } from './paragraphs';
export { beadsToLadder, formatLadder, parseLadder, ladderToBeads, type Rung } from './ladder';
export { readPresegmented } from './presegmented';
export { extractFeatures, isParagraphMark, PARAGRAPH_MARK, type SentenceFeatures, type TextFeatures } from './features';
export { transliterate, matchKey } from './translit';
export { extractNumbers } from './numbers';
