import type { Encoding } from './encodings';

/** The byte order mark at the start of the bytes, if any. */
export function bomEncoding(bytes: Uint8Array): { encoding: Encoding; length: number } | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { encoding: 'utf-8', length: 3 };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** Index of the first byte above 0x7F, or -1 for pure ASCII. */
export function firstNonAscii(bytes: Uint8Array): number {
  for (let i = 0; i < bytes.length; i++) if (bytes[i] >= 0x80) return i;
  return -1;
}

export function isAscii(bytes: Uint8Array): boolean {
  return firstNonAscii(bytes) < 0;
}

/**
 * Counts the multi-byte sequences if the bytes are well-formed UTF-8, or returns -1.
 * A sequence cut off by the end of the bytes is accepted: files get truncated, and callers pass
 * a prefix of large files.
 */
export function utf8Sequences(bytes: Uint8Array): number {
  let sequences = 0;
  let i = 0;
  const n = bytes.length;
  while (i < n) {
    const b = bytes[i];
    if (b < 0x80) {
      i++;
      continue;
    }
    let length: number;
    let min: number;
    if (b >= 0xc2 && b <= 0xdf) {
      length = 2;
      min = 0x80;
    } else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      min = 0x800;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      min = 0x10000;
    } else {
      return -1;
    }
    let code = b & (0xff >> (length + 1));
    for (let k = 1; k < length; k++) {
      if (i + k >= n) return sequences;
      const c = bytes[i + k];
      if ((c & 0xc0) !== 0x80) return -1;
      code = (code << 6) | (c & 0x3f);
    }
    if (code < min || code > 0x10ffff || (code >= 0xd800 && code <= 0xdfff)) return -1;
    sequences++;
    i += length;
  }
  return sequences;
}

/**
 * The high byte of a UTF-16 code unit of Russian or English text is almost always 0x00 (ASCII,
 * Latin-1, «») or 0x04 (Cyrillic), sometimes 0x20/0x21 (dashes, quotes, №). Text without a BOM
 * shows that pattern on every other byte; legacy single-byte text and binary data do not.
 */
const TYPICAL_HIGH_BYTES = new Set([0x00, 0x04, 0x20, 0x21]);

export function sniffUtf16(bytes: Uint8Array): { encoding: 'utf-16le' | 'utf-16be'; confidence: number } | null {
  const units = Math.min(bytes.length, 8192) >> 1;
  if (units < 2) return null;
  let typicalEven = 0;
  let typicalOdd = 0;
  let zeroEven = 0;
  let zeroOdd = 0;
  for (let u = 0; u < units; u++) {
    const even = bytes[2 * u];
    const odd = bytes[2 * u + 1];
    if (TYPICAL_HIGH_BYTES.has(even)) typicalEven++;
    if (TYPICAL_HIGH_BYTES.has(odd)) typicalOdd++;
    if (even === 0) zeroEven++;
    if (odd === 0) zeroOdd++;
  }
  const pick = (typical: number, otherTypical: number, zeros: number, otherZeros: number) =>
    typical / units >= 0.9 && otherTypical / units < 0.5 && otherZeros <= zeros / 4;
  if (pick(typicalOdd, typicalEven, zeroOdd, zeroEven)) {
    return { encoding: 'utf-16le', confidence: typicalOdd / units };
  }
  if (pick(typicalEven, typicalOdd, zeroEven, zeroOdd)) {
    return { encoding: 'utf-16be', confidence: typicalEven / units };
  }
  return null;
}
