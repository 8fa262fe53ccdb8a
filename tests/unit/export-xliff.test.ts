import { describe, expect, it } from 'vitest';
import { XLIFF2_NS, xliff2 } from '../../shared/export/xliff2';
import { attr, children, only, readXml, row, sampleDocument, textOf, TRICKY, type XmlNode } from './export-helpers';

const STATES = ['initial', 'translated', 'reviewed', 'final'];

function units(xml: string) {
  const root = only(readXml(xml), 'xliff');
  return { root, file: only(root, 'file'), units: children(only(root, 'file'), 'unit') };
}

const notes = (unit: XmlNode) => children(children(unit, 'notes')[0] ?? {}, 'note');
const note = (unit: XmlNode, category: string) => notes(unit).find((n) => attr(n, 'category') === category);

describe('XLIFF 2.0', () => {
  it('has the 2.0 root, languages, a file with an id and one unit per row with an id', () => {
    const doc = sampleDocument();
    const { root, file, units: all } = units(xliff2(doc));
    expect(attr(root, 'xmlns')).toBe(XLIFF2_NS);
    expect(attr(root, 'version')).toBe('2.0');
    expect(attr(root, 'srcLang')).toBe('ru');
    expect(attr(root, 'trgLang')).toBe('en');
    expect(attr(file, 'id')).toBe('f1');
    expect(attr(file, 'original')).toBe('ru.txt');
    expect(all).toHaveLength(doc.rows.length);
    const ids = all.map((u) => attr(u, 'id'));
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[\w.-]+$/); // NMTOKEN
  });

  it('holds each row in one segment: the original, the corrected translation, the row state', () => {
    const doc = sampleDocument();
    const { units: all } = units(xliff2(doc));
    const segments = all.map((u) => only(u, 'segment'));
    for (const s of segments) expect(STATES).toContain(attr(s, 'state'));
    expect(segments.map((s) => attr(s, 'state'))).toEqual(doc.rows.map((r) => r.state));
    expect(segments.map((s) => textOf(only(s, 'source')))).toEqual([
      'Перейти к содержанию',
      'Киев готовит удары',
      'Первое предложение. Второе.',
      'Третье предложение.',
      'Мост',
      'Фото: ТАСС',
      'Непереведённое предложение.',
      '',
      'Что изменится',
      'Том и Джерри «<b>жирный</b>» — ёлка 🙂',
    ]);
    expect(textOf(only(segments[1], 'target'))).toBe('Kyiv is preparing strikes');
    expect(textOf(only(segments[9], 'target'))).toBe(TRICKY);
  });

  it('gives a 1:0 row an empty target in state initial, and a 0:1 row an empty source', () => {
    const { units: all } = units(xliff2(sampleDocument()));
    const untranslated = only(all[6], 'segment');
    expect(attr(untranslated, 'state')).toBe('initial');
    expect(textOf(only(untranslated, 'target'))).toBe('');
    expect(note(all[6], 'x-sverka-mt')).toBeUndefined();
    const extra = only(all[7], 'segment');
    expect(textOf(only(extra, 'source'))).toBe('');
    expect(textOf(only(extra, 'target'))).toBe('An extra sentence.');
  });

  it('marks furniture translate="no", names other kinds, and keeps the machine translation in a note', () => {
    const { units: all } = units(xliff2(sampleDocument()));
    expect(attr(all[0], 'translate')).toBe('no');
    expect(all.slice(1).every((u) => attr(u, 'translate') === undefined)).toBe(true);
    expect(textOf(note(all[0], 'x-sverka-kind'))).toBe('furniture');
    expect(textOf(note(all[1], 'x-sverka-kind'))).toBe('heading');
    expect(textOf(note(all[4], 'x-sverka-kind'))).toBe('caption');
    expect(note(all[2], 'x-sverka-kind')).toBeUndefined();
    expect(textOf(note(all[1], 'x-sverka-mt'))).toBe('Kiev is preparing strikes');
    expect(attr(note(all[1], 'x-sverka-mt')!, 'appliesTo')).toBe('target');
    expect(textOf(note(all[9], 'x-sverka-mt'))).toBe('Tom and Jerry');
  });

  it('escapes markup, replaces characters XML forbids, and preserves whitespace that matters', () => {
    const doc = sampleDocument({
      title: 'A <title> & "more"',
      sourceName: 'a "b" <c>.txt',
      rows: [row(0, [['text', 0, 'Ноль\u0000, звонок\u0007']], [['text', 0, '  two  spaces\tand a tab\r\n']], 'reviewed')],
    });
    const xml = xliff2(doc);
    expect(xml).toContain('original="a &quot;b&quot; &lt;c&gt;.txt"');
    const { file, units: all } = units(xml);
    expect(attr(file, 'original')).toBe('a "b" <c>.txt');
    expect(textOf(only(only(file, 'notes'), 'note'))).toBe('A <title> & "more"');
    const segment = only(all[0], 'segment');
    expect(textOf(only(segment, 'source'))).toBe('Ноль\uFFFD, звонок\uFFFD');
    const target = only(segment, 'target');
    expect(attr(target, 'xml:space')).toBe('preserve');
    expect(textOf(target)).toBe('  two  spaces\tand a tab\r\n');
    expect(attr(only(segment, 'source'), 'xml:space')).toBeUndefined();
  });
});
