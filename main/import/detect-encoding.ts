import iconv from 'iconv-lite';
import { chardet } from 'jschardet';
import { encodingFromLabel, SINGLE_BYTE, type Encoding } from './encodings';
import { bomEncoding, firstNonAscii, sniffUtf16, utf8Sequences } from './byte-patterns';
import { russianLetterScore } from './russian-letter-score';

export interface DetectedEncoding {
  encoding: Encoding;
  /** 0…1; 1 for a BOM or plain ASCII. */
  confidence: number;
  bom: boolean;
}

/** Enough text to decide; detection on a whole large file only costs time. */
const SAMPLE_BYTES = 64 * 1024;
/** Beyond this, a file that has been valid UTF-8 so far is taken to stay so. */
const MAX_UTF8_CHECK = 16 * 1024 * 1024;
/** jschardet scores a clean two-line Russian paragraph about 0.48; below that it is guessing. */
const DETECTOR_SURE = 0.4;
/** Scores this close are a tie, and a tie among Cyrillic encodings goes to windows-1251. */
const CLOSE = 0.05;
/** A Russian letter score at which the text plainly reads as Russian. */
const READS_AS_RUSSIAN = 0.4;

const CYRILLIC_CANDIDATES: readonly Encoding[] = ['windows-1251', 'koi8-r', 'ibm866'];

export function detectEncoding(bytes: Uint8Array): DetectedEncoding {
  const bom = bomEncoding(bytes);
  if (bom) return { encoding: bom.encoding, confidence: 1, bom: true };

  // Before the UTF-8 test: UTF-16 English is all valid (if odd) UTF-8 because of its zero bytes.
  const utf16 = sniffUtf16(bytes.subarray(0, SAMPLE_BYTES));
  if (utf16) return { ...utf16, bom: false };

  const evidence = firstNonAscii(bytes);
  if (evidence < 0) return { encoding: 'utf-8', confidence: 1, bom: false };
  // A saved page can carry 100 KB of ASCII script before its first Cyrillic letter: the sample
  // starts where the evidence does. Validating UTF-8 is cheap, so it looks at everything.
  const from = Math.max(0, evidence - 1024);
  const sample = bytes.subarray(from, from + SAMPLE_BYTES);
  const sequences = utf8Sequences(bytes.subarray(from, from + MAX_UTF8_CHECK));
  // One or two valid sequences can be chance (windows-1251 "Я»" is valid UTF-8); more cannot.
  if (sequences >= 3) return { encoding: 'utf-8', confidence: 0.99, bom: false };
  if (sequences > 0) return { encoding: 'utf-8', confidence: 0.8, bom: false };

  return { ...detectSingleByte(sample), bom: false };
}

function detectSingleByte(sample: Uint8Array): { encoding: Encoding; confidence: number } {
  const detector = detectorScores(sample);
  const russian = russianScores(sample);
  const [bestRussian, secondRussian] = russian;
  const readsAsRussian = bestRussian.score >= READS_AS_RUSSIAN;
  const russianDecisive = readsAsRussian && secondRussian.score <= bestRussian.score * 0.6;

  const top = pickDetectorTop(detector);
  if (top && top.confidence >= DETECTOR_SURE) {
    const cyrillic = CYRILLIC_CANDIDATES.includes(top.encoding);
    // The detector can be sure and wrong where the letter statistics are not: an all-capitals
    // windows-1251 headline looks like lower-case KOI8-R to it.
    if (cyrillic && russianDecisive && bestRussian.encoding !== top.encoding) {
      return { encoding: bestRussian.encoding, confidence: russianConfidence(bestRussian, secondRussian) };
    }
    if (!cyrillic && readsAsRussian) {
      return { encoding: bestRussian.encoding, confidence: russianConfidence(bestRussian, secondRussian) };
    }
    return top;
  }

  if (readsAsRussian) {
    if (russianDecisive) {
      return { encoding: bestRussian.encoding, confidence: russianConfidence(bestRussian, secondRussian) };
    }
    // The letters read as Russian in two encodings equally well: let the detector break the tie.
    const tied = russian.filter((r) => r.score >= bestRussian.score * 0.6).map((r) => r.encoding);
    const byDetector = pickDetectorTop(detector.filter((d) => tied.includes(d.encoding)));
    return byDetector ?? { encoding: bestRussian.encoding, confidence: 0.3 };
  }
  // Russian news from Windows is the common case when nothing else is known.
  return top ?? { encoding: 'windows-1251', confidence: 0.1 };
}

export interface Scored {
  encoding: Encoding;
  confidence: number;
}

/** jschardet's candidates mapped onto our encodings, best first, each encoding once. */
function detectorScores(sample: Uint8Array): Scored[] {
  const best = new Map<Encoding, number>();
  for (const result of chardet.detectAll(sample, { ignoreThreshold: true })) {
    const encoding = result.encoding ? encodingFromLabel(result.encoding) : null;
    // Multi-byte answers were ruled out before the detector was asked.
    if (!encoding || !SINGLE_BYTE.includes(encoding)) continue;
    if ((best.get(encoding) ?? -1) < result.confidence) best.set(encoding, result.confidence);
  }
  return [...best].map(([encoding, confidence]) => ({ encoding, confidence })).sort((a, b) => b.confidence - a.confidence);
}

/**
 * The detector's first choice, except that windows-1251 wins a near tie with another Cyrillic
 * encoding (MacCyrillic, already folded into windows-1251, ties it on every Russian text, and
 * KOI8-R comes close on short ones). A Western first choice is left alone: short English text
 * scores low for everything, and windows-1251 would win every such tie.
 */
export function pickDetectorTop(scores: Scored[]): Scored | null {
  const top = scores[0];
  if (!top) return null;
  const cp1251 = scores.find((s) => s.encoding === 'windows-1251');
  if (cp1251 && cp1251 !== top && CYRILLIC_CANDIDATES.includes(top.encoding) && top.confidence - cp1251.confidence <= CLOSE) {
    return { encoding: 'windows-1251', confidence: top.confidence };
  }
  return top;
}

interface RussianScored {
  encoding: Encoding;
  score: number;
  pairs: number;
}

function russianScores(sample: Uint8Array): RussianScored[] {
  const buffer = Buffer.from(sample.buffer, sample.byteOffset, sample.byteLength);
  return CYRILLIC_CANDIDATES.map((encoding) => ({ encoding, ...russianLetterScore(iconv.decode(buffer, encoding)) })).sort(
    (a, b) => b.score - a.score,
  );
}

function russianConfidence(best: RussianScored, second: RussianScored): number {
  const margin = (best.score - second.score) / best.score;
  // A dozen letter pairs are not much evidence however clear the margin.
  const evidence = Math.min(1, 0.5 + best.pairs / 40);
  return Math.round(Math.min(0.99, margin * evidence) * 100) / 100;
}
