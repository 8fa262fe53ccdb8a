import { ENCODINGS } from '../../shared/constants';

/** The encodings an article file may come in (declared once, in the API contract). */
export { ENCODINGS };
export type Encoding = (typeof ENCODINGS)[number];

export function isEncoding(value: string): value is Encoding {
  return (ENCODINGS as readonly string[]).includes(value);
}

/**
 * Names other tools use for an encoding we support, lower-cased. jschardet reports close relatives
 * (MacCyrillic, KZ-1048, koi8-u, cp1125): for Russian text they differ from ours only in letters
 * Russian does not use, so each maps to the everyday encoding it shadows.
 */
const ALIASES: Record<string, Encoding> = {
  'utf-8': 'utf-8',
  utf8: 'utf-8',
  'unicode-1-1-utf-8': 'utf-8',
  ascii: 'utf-8',
  'us-ascii': 'utf-8',
  'utf-8-sig': 'utf-8',
  'utf-16le': 'utf-16le',
  'utf-16-le': 'utf-16le',
  'utf-16be': 'utf-16be',
  'utf-16-be': 'utf-16be',
  'windows-1251': 'windows-1251',
  cp1251: 'windows-1251',
  'x-cp1251': 'windows-1251',
  'win-1251': 'windows-1251',
  maccyrillic: 'windows-1251',
  'mac-cyrillic': 'windows-1251',
  'x-mac-cyrillic': 'windows-1251',
  kz1048: 'windows-1251',
  'kz-1048': 'windows-1251',
  ptcp154: 'windows-1251',
  'koi8-r': 'koi8-r',
  koi8r: 'koi8-r',
  koi8: 'koi8-r',
  'koi8-u': 'koi8-r',
  'koi8-ru': 'koi8-r',
  'koi8-t': 'koi8-r',
  cskoi8r: 'koi8-r',
  ibm866: 'ibm866',
  cp866: 'ibm866',
  '866': 'ibm866',
  csibm866: 'ibm866',
  cp1125: 'ibm866',
  'windows-1252': 'windows-1252',
  cp1252: 'windows-1252',
  'x-cp1252': 'windows-1252',
  'iso-8859-15': 'windows-1252',
  iso885915: 'windows-1252',
  'iso8859-15': 'windows-1252',
  'iso-8859-1': 'iso-8859-1',
  'iso8859-1': 'iso-8859-1',
  iso88591: 'iso-8859-1',
  latin1: 'iso-8859-1',
  'l1': 'iso-8859-1',
};

/** Maps an encoding label (from jschardet, a <meta charset>, a user) to ours, or null. */
export function encodingFromLabel(label: string): Encoding | null {
  const key = label.trim().toLowerCase();
  return ALIASES[key] ?? ALIASES[key.replace(/_/g, '-')] ?? null;
}

/** Encodings where every byte is one character; decoding them never fails. */
export const SINGLE_BYTE: readonly Encoding[] = [
  'windows-1251',
  'koi8-r',
  'ibm866',
  'windows-1252',
  'iso-8859-1',
];
