import { encodingFromLabel, type Encoding } from './encodings';

/** Browsers look for the declared charset in the first 1024 bytes; so do we. */
const PRESCAN_BYTES = 1024;

/**
 * The encoding an HTML page declares in <meta charset>, <meta http-equiv="Content-Type"> or an
 * XML declaration, read from the raw bytes before decoding (the declaration is ASCII in every
 * encoding we read it for). Unknown labels give null, so detection takes over.
 */
export function declaredHtmlCharset(bytes: Uint8Array): Encoding | null {
  const head = latin1(bytes.subarray(0, PRESCAN_BYTES)).replace(/<!--[\s\S]*?(?:-->|$)/g, '');
  const label =
    /<meta\b[^>]*?\bcharset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head)?.[1] ??
    /^\s*<\?xml\b[^>]*?\bencoding\s*=\s*["']([\w.:-]+)/i.exec(head)?.[1];
  if (!label) return null;
  const encoding = encodingFromLabel(label);
  // A page that can be read as ASCII to find this label is not UTF-16, whatever it says (WHATWG).
  if (encoding === 'utf-16le' || encoding === 'utf-16be') return 'utf-8';
  if (/^utf-?16$/i.test(label)) return 'utf-8';
  // WHATWG decodes pages labelled Latin-1 or ASCII as windows-1252 (browsers show 0x93 as “); so do we.
  if (encoding === 'iso-8859-1' || /^(us-)?ascii$/i.test(label)) return 'windows-1252';
  return encoding;
}

function latin1(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i++) s += String.fromCharCode(bytes[i]);
  return s;
}
