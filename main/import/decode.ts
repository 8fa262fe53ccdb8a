import iconv from 'iconv-lite';
import type { Encoding } from './encodings';
import { bomEncoding } from './byte-patterns';
import { detectEncoding } from './detect-encoding';

export interface DecodedText {
  text: string;
  encoding: Encoding;
  confidence: number;
}

/**
 * Bytes to text with LF line ends. An explicit encoding (the user's choice, a <meta charset>)
 * is used as given; a BOM is removed only when it belongs to the encoding used, so a wrong
 * choice shows as visible mojibake instead of being half-repaired.
 */
export function decodeBytes(bytes: Uint8Array, encoding?: Encoding): DecodedText {
  const detected = encoding ? { encoding, confidence: 1 } : detectEncoding(bytes);
  const bom = bomEncoding(bytes);
  const skip = bom && bom.encoding === detected.encoding ? bom.length : 0;
  const body = Buffer.from(bytes.buffer, bytes.byteOffset + skip, bytes.byteLength - skip);
  const text = iconv.decode(body, detected.encoding, { stripBOM: false });
  return { text: normalizeLineEnds(text), encoding: detected.encoding, confidence: detected.confidence };
}

export function normalizeLineEnds(text: string): string {
  return text.replace(/\r\n?/g, '\n');
}
