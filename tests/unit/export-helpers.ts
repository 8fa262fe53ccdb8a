// What the export tests share: a small article built by hand, row by row, and an XML reader
// for the files the exports write (fast-xml-parser with entity processing off; the five
// predefined entities and character references decoded here, a DOCTYPE refused).
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { parseHTML } from 'linkedom';
import { expect } from 'vitest';
import { HTML_CSP } from '../../shared/export/html';
import type { ExportDocument, ExportRow, RowState } from '../../shared/export/types';
import type { RowKind } from '../../shared/model';

type Source = [kind: RowKind, paragraph: number, text: string];
/** The MT defaults to the text: a row the editor did not change. */
type Target = [kind: RowKind, paragraph: number, text: string, mt?: string];

let nextId = 1;

export function row(position: number, source: Source[], target: Target[], state: RowState): ExportRow {
  return {
    position,
    beadId: 100 + position,
    source: source.map(([kind, paragraph, text]) => ({ id: nextId++, kind, paragraph, text })),
    target: target.map(([kind, paragraph, text, mt]) => ({ id: nextId++, kind, paragraph, text, mt: mt ?? text })),
    state,
  };
}

export const TRICKY = `Tom & Jerry's "<b>bold</b>" — ёлка 🙂`;

/**
 * An article with every kind of row: furniture, the title, a paragraph of two sentences (one
 * edited), a caption and its credit, a 1:0 row, a 0:1 row, a subheading and a paragraph of
 * markup characters.
 */
export function sampleDocument(overrides: Partial<ExportDocument> = {}): ExportDocument {
  const rows = [
    row(0, [['furniture', 0, 'Перейти к содержанию']], [['furniture', 0, 'Skip to content']], 'translated'),
    row(1, [['heading', 1, 'Киев готовит удары']], [['heading', 1, 'Kyiv is preparing strikes', 'Kiev is preparing strikes']], 'reviewed'),
    row(2, [['text', 2, 'Первое предложение.'], ['text', 2, 'Второе.']], [['text', 2, 'The first sentence, and the second.']], 'reviewed'),
    row(3, [['text', 2, 'Третье предложение.']], [['text', 2, 'The third sentence.']], 'translated'),
    row(4, [['caption', 3, 'Мост']], [['caption', 3, 'The bridge']], 'reviewed'),
    row(5, [['credit', 4, 'Фото: ТАСС']], [['credit', 4, 'Photo: TASS']], 'reviewed'),
    row(6, [['text', 5, 'Непереведённое предложение.']], [], 'initial'),
    row(7, [], [['text', 5, 'An extra sentence.']], 'translated'),
    row(8, [['heading', 6, 'Что изменится']], [['heading', 6, 'What will change']], 'reviewed'),
    row(9, [['text', 7, `Том и Джерри «<b>жирный</b>» — ёлка 🙂`]], [['text', 7, TRICKY, 'Tom and Jerry']], 'reviewed'),
  ];
  return {
    documentId: 7,
    appVersion: '0.1.0',
    title: 'Киев готовит удары',
    sourceName: 'ru.txt',
    targetName: 'en.txt',
    sourceLang: 'ru',
    targetLang: 'en',
    createdAt: '2025-03-01T08:00:00.000Z',
    exportedAt: '2025-03-02T09:30:15.000Z',
    rows,
    findings: [],
    measures: { words: 30, edits: 4, hter: 4 / 30, charsChanged: 20, editedRows: 2, fixedByCheck: {} },
    glossaryEntries: [],
    ...overrides,
  };
}

const PREDEFINED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

export function decodeXml(text: string): string {
  return text.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|amp|lt|gt|quot|apos);/g, (whole, name: string) => {
    if (name[0] !== '#') return PREDEFINED[name];
    return String.fromCodePoint(name[1] === 'x' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10));
  });
}

export type XmlNode = { [key: string]: XmlNode[] | string | undefined; '#text'?: string };

/**
 * Checks the file is well-formed and has no DOCTYPE, then reads it into nested objects: every
 * element is an array of nodes (so a count is `.length`), attributes are "@name", text "#text".
 */
export function readXml(xml: string): XmlNode {
  expect(xml).not.toMatch(/<!DOCTYPE|<!ENTITY/i);
  const valid = XMLValidator.validate(xml);
  expect(valid).toBe(true);
  const parser = new XMLParser({
    ignoreAttributes: false,
    attributeNamePrefix: '@',
    processEntities: false,
    parseTagValue: false,
    parseAttributeValue: false,
    trimValues: false,
    alwaysCreateTextNode: true,
    isArray: (_name, _path, _leaf, isAttribute) => !isAttribute,
    tagValueProcessor: (_name, value) => decodeXml(value),
    attributeValueProcessor: (_name, value) => decodeXml(value),
  });
  return parser.parse(xml) as XmlNode;
}

/** The child elements called `name` of a node. */
export function children(node: XmlNode, name: string): XmlNode[] {
  const value = node[name];
  return Array.isArray(value) ? value : [];
}

export function only(node: XmlNode, name: string): XmlNode {
  const found = children(node, name);
  expect(found, name).toHaveLength(1);
  return found[0];
}

export const textOf = (node: XmlNode | undefined) => node?.['#text'] ?? '';
export const attr = (node: XmlNode, name: string) => node[`@${name}`] as string | undefined;

/** No element or attribute of the page may run code or reach outside it. */
export function expectSelfContained(html: string) {
  const { document } = parseHTML(html);
  expect(document.querySelectorAll('script, link, img, iframe, object, embed, base, form').length).toBe(0);
  for (const element of document.querySelectorAll('*')) {
    for (const name of element.getAttributeNames()) {
      expect(name, `<${element.tagName.toLowerCase()} ${name}>`).not.toMatch(/^(on|src$|href$|srcset$|action$|formaction$)/i);
    }
  }
  expect(html).not.toMatch(/url\(|@import|https?:\/\//i);
  const meta = [...document.querySelectorAll('meta')];
  expect(meta[0].getAttribute('charset')).toBe('utf-8');
  expect(meta.find((m) => m.getAttribute('http-equiv') === 'Content-Security-Policy')?.getAttribute('content')).toBe(HTML_CSP);
  return document;
}
