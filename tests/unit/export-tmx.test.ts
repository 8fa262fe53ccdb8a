import { describe, expect, it } from 'vitest';
import { tmx, tmxDate } from '../../shared/export/tmx';
import { attr, children, only, readXml, row, sampleDocument, textOf, TRICKY, type XmlNode } from './export-helpers';

function read(xml: string) {
  const root = only(readXml(xml), 'tmx');
  return { root, header: only(root, 'header'), tus: children(only(root, 'body'), 'tu') };
}

const prop = (tu: XmlNode, type: string) => children(tu, 'prop').find((p) => attr(p, 'type') === type);
const seg = (tu: XmlNode, lang: string) => {
  const tuvs = children(tu, 'tuv').filter((t) => attr(t, 'xml:lang') === lang);
  expect(tuvs).toHaveLength(1);
  return textOf(only(tuvs[0], 'seg'));
};

describe('TMX 1.4b', () => {
  it('has version 1.4 and a header with every required attribute', () => {
    const { root, header } = read(tmx(sampleDocument()));
    expect(attr(root, 'version')).toBe('1.4');
    for (const name of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']) {
      expect(attr(header, name), name).toBeTruthy();
    }
    expect(attr(header, 'srclang')).toBe('ru');
    expect(attr(header, 'segtype')).toBe('sentence');
    expect(attr(header, 'creationdate')).toBe('20250302T093015Z');
    expect(tmxDate('2025-12-31T23:59:59.999Z')).toBe('20251231T235959Z');
  });

  it('has one tu per row, the original and the corrected text as its two tuvs', () => {
    const doc = sampleDocument();
    const { tus } = read(tmx(doc));
    expect(tus).toHaveLength(doc.rows.length);
    expect(tus.map((tu) => children(tu, 'tuv').map((t) => attr(t, 'xml:lang')))).toEqual(doc.rows.map(() => ['ru', 'en']));
    expect(seg(tus[1], 'ru')).toBe('Киев готовит удары');
    expect(seg(tus[1], 'en')).toBe('Kyiv is preparing strikes');
    expect(seg(tus[9], 'en')).toBe(TRICKY);
    expect(seg(tus[6], 'en')).toBe('');
    expect(seg(tus[7], 'ru')).toBe('');
  });

  it('tells the machine translation, the state and the kind apart in props', () => {
    const doc = sampleDocument();
    const { tus } = read(tmx(doc));
    expect(textOf(prop(tus[1], 'x-sverka-mt'))).toBe('Kiev is preparing strikes');
    expect(textOf(prop(tus[9], 'x-sverka-mt'))).toBe('Tom and Jerry');
    expect(prop(tus[6], 'x-sverka-mt')).toBeUndefined();
    expect(tus.map((tu) => textOf(prop(tu, 'x-sverka-state')))).toEqual(doc.rows.map((r) => r.state));
    expect(textOf(prop(tus[0], 'x-sverka-kind'))).toBe('furniture');
    expect(prop(tus[2], 'x-sverka-kind')).toBeUndefined();
    // Props come before the tuvs, as the DTD's (note|prop)*, tuv+ requires.
    const xml = tmx(doc);
    const first = xml.slice(xml.indexOf('<tu '), xml.indexOf('</tu>'));
    expect(first.lastIndexOf('<prop')).toBeLessThan(first.indexOf('<tuv'));
  });

  it('escapes markup and control characters', () => {
    const doc = sampleDocument({ title: '<T&>', rows: [row(0, [['text', 0, 'a\u001Fb']], [['text', 0, '</seg></tuv>']], 'reviewed')] });
    const xml = tmx(doc);
    const { header, tus } = read(xml);
    expect(textOf(only(header, 'prop'))).toBe('<T&>');
    expect(seg(tus[0], 'ru')).toBe('a\uFFFDb');
    expect(seg(tus[0], 'en')).toBe('</seg></tuv>');
  });
});
