// What the XML exchange formats share: a locked-down reader over fast-xml-parser and an escaping writer.
//
// The reader never expands anything a file declares. A DOCTYPE that only names an external DTD
// (`<!DOCTYPE martif PUBLIC "…" "TBXcdv04.dtd">`, as Translate Toolkit and Weblate write) is
// blanked out unread, since no DTD is ever loaded; one with an internal subset, and any ENTITY
// declaration, is refused outright (billion laughs, XXE). Entity processing in the parser is off, and the only references
// decoded are the five predefined entities and numeric character references: any other `&name;`
// is an error, never an empty string.
import { XMLParser, XMLValidator } from 'fast-xml-parser';

/** The file is not XML this module will read; `where` is "line L, column C" when known. */
export class XmlError extends Error {
  constructor(
    readonly where: string,
    readonly reason: string,
  ) {
    super(where ? `${where}: ${reason}` : reason);
    this.name = 'XmlError';
  }
}

export interface XmlElement {
  /** As written, prefix included ("termNote", "basic:administrativeStatus"). */
  name: string;
  /** Decoded values. */
  attrs: Record<string, string>;
  /** Elements and decoded text, in document order (comments and processing instructions dropped). */
  children: XmlNode[];
}
export type XmlNode = XmlElement | string;

// Characters XML 1.0 cannot carry at all, even as references; lone surrogates cannot be UTF-8.
const ILLEGAL_CHAR = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const codePoint = (c: string) => `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** "line L, column C" of a UTF-16 index, both counted from 1. */
export function positionOf(text: string, index: number): string {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return `line ${line}, column ${index - lineStart + 1}`;
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const REFERENCE = /&(?:(amp|lt|gt|quot|apos)|#([0-9]+)|#x([0-9a-fA-F]+));/g;

function charFromReference(decimal: string | undefined, hex: string | undefined): string | null {
  const n = decimal !== undefined ? Number.parseInt(decimal, 10) : Number.parseInt(hex!, 16);
  if (!(n === 0x9 || n === 0xa || n === 0xd || (n >= 0x20 && n <= 0xd7ff) || (n >= 0xe000 && n <= 0xfffd) || (n >= 0x10000 && n <= 0x10ffff))) return null;
  return String.fromCodePoint(n);
}

const decodeReferences = (raw: string) =>
  raw.replace(REFERENCE, (_m, named: string | undefined, decimal: string | undefined, hex: string | undefined) =>
    named ? PREDEFINED[named] : charFromReference(decimal, hex)!,
  );

/**
 * Every `&` outside CDATA, comments and processing instructions must start a reference we decode;
 * the parser leaves them raw (entity processing is off), so an unknown one would pass silently.
 */
function checkReferences(text: string): void {
  const scan = /<!\[CDATA\[[\s\S]*?\]\]>|<!--[\s\S]*?-->|<\?[\s\S]*?\?>|&[^;&<\s]{0,40};?/g;
  for (let m = scan.exec(text); m; m = scan.exec(text)) {
    const token = m[0];
    if (token[0] !== '&') continue;
    REFERENCE.lastIndex = 0;
    const ref = REFERENCE.exec(token);
    if (ref && ref[0] === token) {
      if (charFromReference(ref[2], ref[3]) === null && !ref[1]) throw new XmlError(positionOf(text, m.index), `${token} refers to a character XML 1.0 does not allow`);
      continue;
    }
    if (token === '&' || !token.endsWith(';')) throw new XmlError(positionOf(text, m.index), AMPERSAND);
    throw new XmlError(
      positionOf(text, m.index),
      `unknown entity ${token}: only &amp; &lt; &gt; &quot; &apos; and numeric character references are read (declared entities never are)`,
    );
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  allowBooleanAttributes: false,
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  cdataPropName: '#cdata',
  commentPropName: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  maxNestedTags: 64,
});

type Ordered = Record<string, unknown>;

function convert(nodes: Ordered[]): XmlNode[] {
  const out: XmlNode[] = [];
  for (const node of nodes) {
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      if (key === '#text') out.push(decodeReferences(String(node[key])));
      else if (key === '#cdata') out.push((node[key] as Ordered[]).map((t) => String(t['#text'] ?? '')).join(''));
      else {
        const attrs: Record<string, string> = {};
        for (const [name, value] of Object.entries((node[':@'] as Record<string, unknown> | undefined) ?? {})) {
          // Attribute-value normalisation (XML 1.0 §3.3.3): literal whitespace becomes a space; references keep theirs.
          attrs[name] = decodeReferences(String(value).replace(/[\t\n]/g, ' '));
        }
        out.push({ name: key, attrs, children: convert(node[key] as Ordered[]) });
      }
    }
  }
  return out;
}

const AMPERSAND = 'an "&" that starts no reference (write a literal ampersand as &amp;)';

/** The validator's message, said the way an editor can act on. */
function validatorReason(msg: string): string {
  const unclosed = /^Unclosed tag '([^']+)'/.exec(msg) ?? /^Invalid '\[([^\]]*)\]' found/.exec(msg);
  if (unclosed) {
    const tags = [...unclosed[1].matchAll(/[\w.:-]+/g)].map((m) => `<${m[0]}>`);
    return `${tags.join(', ')} ${tags.length === 1 ? 'is' : 'are'} never closed: the file is cut short or not well-formed`;
  }
  if (/^char '&' is not expected/.test(msg)) return AMPERSAND;
  return msg.replace(/\.$/, '');
}

/** A doctype naming only an external DTD: `<!DOCTYPE name>`, `… SYSTEM "uri">`, `… PUBLIC "id" "uri">`. */
const EXTERNAL_DOCTYPE = /<!DOCTYPE\s+[\w.:-]+(?:\s+(?:SYSTEM\s+(?:"[^"]*"|'[^']*')|PUBLIC\s+(?:"[^"]*"|'[^']*')\s+(?:"[^"]*"|'[^']*')))?\s*>/;

/** Blanks such a doctype (same length, so every position after it stays where it was). */
function blankExternalDoctype(text: string): string {
  const m = EXTERNAL_DOCTYPE.exec(text);
  if (!m) return text;
  return text.slice(0, m.index) + m[0].replace(/[^\n]/g, ' ') + text.slice(m.index + m[0].length);
}

/** Reads a whole XML document into its root element, or says where and why it is not one. */
export function parseXml(input: string): XmlElement {
  // Line ends are normalised before anything else, as an XML processor does (XML 1.0 §2.11).
  const normalised = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  if (normalised.trim() === '') throw new XmlError('line 1', 'the file is empty');
  const text = blankExternalDoctype(normalised);
  const declaration = /<!(DOCTYPE|ENTITY)/i.exec(text);
  if (declaration) {
    throw new XmlError(
      positionOf(text, declaration.index),
      `a <!${declaration[1].toUpperCase()} …> declaration is not accepted: declarations can expand without limit or read other files. Remove it and import again`,
    );
  }
  const illegal = ILLEGAL_CHAR.exec(text);
  if (illegal) throw new XmlError(positionOf(text, illegal.index), `the character ${codePoint(illegal[0])} is not allowed in XML 1.0`);
  const valid = XMLValidator.validate(text, { allowBooleanAttributes: false });
  if (valid !== true) {
    const { line, col, msg } = valid.err;
    throw new XmlError(`line ${line}, column ${col}`, validatorReason(msg));
  }
  checkReferences(text);
  let nodes: XmlNode[];
  try {
    nodes = convert(parser.parse(text) as Ordered[]);
  } catch (e) {
    throw new XmlError('', `not well-formed XML: ${(e as Error).message}`);
  }
  const roots = nodes.filter((n): n is XmlElement => typeof n !== 'string');
  if (roots.length !== 1) throw new XmlError('', roots.length === 0 ? 'there is no root element' : `there are ${roots.length} root elements; XML has exactly one`);
  if (nodes.some((n) => typeof n === 'string' && n.trim() !== '')) throw new XmlError('', 'text outside the root element');
  return roots[0];
}

export const elements = (el: XmlElement, name?: string): XmlElement[] =>
  el.children.filter((c): c is XmlElement => typeof c !== 'string' && (name === undefined || c.name === name));

export const firstElement = (el: XmlElement, name: string): XmlElement | undefined => elements(el, name)[0];

/** All the text inside an element (inline markup such as <hi> flattened). */
export function textOf(el: XmlElement): string {
  return el.children.map((c) => (typeof c === 'string' ? c : textOf(c))).join('');
}

// ---- writing ----

export interface XmlOut {
  name: string;
  attrs: [string, string][];
  children: (XmlOut | string)[];
}

function checkWritable(value: string): string {
  const illegal = ILLEGAL_CHAR.exec(value);
  if (illegal) throw new XmlError('', `"${value.slice(0, 60)}" holds the character ${codePoint(illegal[0])}, which XML 1.0 cannot carry`);
  return value;
}

/** An element to write; null, undefined and false children are left out, as are null attributes. */
export function el(name: string, attrs: Record<string, string | null | undefined> | null, ...children: (XmlOut | string | null | undefined | false)[]): XmlOut {
  return {
    name,
    attrs: Object.entries(attrs ?? {}).flatMap(([k, v]) => (v === null || v === undefined ? [] : [[k, checkWritable(v)] as [string, string]])),
    children: children.flatMap((c) => (c === null || c === undefined || c === false ? [] : [typeof c === 'string' ? checkWritable(c) : c])),
  };
}

// Escapes all five specials, and the whitespace a parser would otherwise normalise away.
export const escapeXmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\r/g, '&#13;');
export const escapeXmlAttr = (s: string) => escapeXmlText(s).replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');

function serialize(node: XmlOut, depth: number, out: string[]): void {
  const pad = '  '.repeat(depth);
  const open = `<${node.name}${node.attrs.map(([k, v]) => ` ${k}="${escapeXmlAttr(v)}"`).join('')}`;
  if (node.children.length === 0) {
    out.push(`${pad}${open}/>`);
  } else if (node.children.every((c) => typeof c === 'string')) {
    // Text content is written inline and exactly: no indentation may leak into a value.
    out.push(`${pad}${open}>${(node.children as string[]).map(escapeXmlText).join('')}</${node.name}>`);
  } else {
    if (node.children.some((c) => typeof c === 'string')) throw new Error(`<${node.name}>: mixed content is not written by this module`);
    out.push(`${pad}${open}>`);
    for (const child of node.children as XmlOut[]) serialize(child, depth + 1, out);
    out.push(`${pad}</${node.name}>`);
  }
}

/** A whole document: the declaration, then the root indented by two spaces a level. */
export function writeXml(root: XmlOut): string {
  const out = ['<?xml version="1.0" encoding="UTF-8"?>'];
  serialize(root, 0, out);
  return out.join('\n') + '\n';
}
