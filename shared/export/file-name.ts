// A file name made from a document's title: safe to offer in a save dialog and to write on any
// of the three platforms, whatever the title holds.

/** Long enough for a headline, short of every file system's limit once an extension is added. */
export const MAX_BASE_LENGTH = 120;

/** Names Windows reserves for devices, with or without an extension. */
const RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])(\..*)?$/i;

/**
 * Control characters (C0, DEL, C1), path separators and the characters Windows forbids become a
 * space; runs of dots (so no "..") and of spaces shrink to one; leading and trailing dots and
 * spaces go; the length is cut at a character boundary. An empty result is "document".
 */
export function safeBaseName(title: string): string {
  let name = title
    .normalize('NFC')
    .replace(/[\u0000-\u001F\u007F-\u009F\u2028\u2029]/g, ' ')
    .replace(/[/\\<>:"|?*]/g, ' ')
    .replace(/\.{2,}/g, '.')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const chars = Array.from(name);
  if (chars.length > MAX_BASE_LENGTH) name = chars.slice(0, MAX_BASE_LENGTH).join('').replace(/[\s.]+$/, '');
  if (!name) return 'document';
  return RESERVED.test(name) ? `_${name}` : name;
}

export function exportFileName(title: string, extension: string): string {
  return `${safeBaseName(title)}${extension}`;
}
