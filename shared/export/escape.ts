// Text from an imported article going into XML or HTML: escaped everywhere, and made of
// characters XML 1.0 allows, so every exported file parses whatever the article held.

/**
 * C0 controls other than tab, line feed and carriage return, the two non-characters U+FFFE and
 * U+FFFF, and lone surrogates are not allowed in XML 1.0 (a parser must refuse the file).
 */
const NOT_XML_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces what XML cannot carry with U+FFFD, so the loss is visible rather than silent. */
export function xmlChars(text: string): string {
  return text.replace(NOT_XML_CHAR, '\uFFFD');
}

const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/**
 * Escapes the five markup characters (quotes too, so one function serves text and attribute
 * values) and removes what XML forbids. Right for XML and for HTML alike.
 */
export function escapeMarkup(text: string): string {
  return xmlChars(text).replace(/[&<>"']/g, (c) => ENTITIES[c]);
}

/** XML element text: a carriage return would be read back as a line feed unless written as a reference. */
export function xmlText(text: string): string {
  return escapeMarkup(text).replace(/\r/g, '&#13;');
}

/** XML attribute values: a parser turns a raw tab or line break there into a space. */
export function xmlAttr(text: string): string {
  return escapeMarkup(text).replace(/[\t\n\r]/g, (c) => `&#${c.charCodeAt(0)};`);
}
