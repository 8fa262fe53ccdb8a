export { buildTermMatcher, type MatcherOptions } from './matcher';
export { createSnowballMorphology, stemKey, type Morphology } from './morphology';
export { findEnglish } from './english';
export { SCHEMES, suggestTransliterations, transliterate, type SchemeId } from './transliterate';
export { extractCandidates, type CandidateRow, type ExtractOptions } from './candidates';
export type { Candidate, FindOptions, MatchHow, SourceMatch, TargetMatch, TermMatcher } from './types';
