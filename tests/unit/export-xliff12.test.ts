import { describe, expect, it } from 'vitest';
import { MT_ORIGIN, XLIFF12_NS, XLIFF12_STATES, xliff12 } from '../../shared/export/xliff12';
import { attr, children, only, readXml, row, sampleDocument, textOf, TRICKY } from './export-helpers';

const STATES_12 = ['new', 'needs-translation', 'needs-adaptation', 'needs-l10n', 'needs-review-translation', 'needs-review-adaptation', 'needs-review-l10n', 'translated', 'signed-off', 'final'];

function read(xml: string) {
  const root = only(readXml(xml), 'xliff');
  const file = only(root, 'file');
  return { root, file, units: children(only(file, 'body'), 'trans-unit') };
}

describe('XLIFF 1.2', () => {
  it('has the 1.2 root and a file with the required original, source-language and datatype', () => {
    const { root, file, units } = read(xliff12(sampleDocument()));
    expect(attr(root, 'xmlns')).toBe(XLIFF12_NS);
    expect(attr(root, 'version')).toBe('1.2');
    expect(attr(file, 'original')).toBe('ru.txt');
    expect(attr(file, 'source-language')).toBe('ru');
    expect(attr(file, 'target-language')).toBe('en');
    expect(attr(file, 'datatype')).toBe('plaintext');
    const tool = only(only(file, 'header'), 'tool');
    expect([attr(tool, 'tool-id'), attr(tool, 'tool-name'), attr(tool, 'tool-version')]).toEqual(['sverka', 'Sverka', '0.1.0']);
    expect(units).toHaveLength(10);
  });

  it('maps the row states to 1.2 values, approving reviewed rows', () => {
    const doc = sampleDocument();
    const { units } = read(xliff12(doc));
    const states = units.map((u) => attr(only(u, 'target'), 'state'));
    for (const s of states) expect(STATES_12).toContain(s);
    expect(states).toEqual(doc.rows.map((r) => XLIFF12_STATES[r.state]));
    expect(XLIFF12_STATES).toEqual({ initial: 'needs-translation', translated: 'translated', reviewed: 'signed-off' });
    expect(units.map((u) => attr(u, 'approved') === 'yes')).toEqual(doc.rows.map((r) => r.state === 'reviewed'));
  });

  it('keeps the corrected text as the target and the machine translation as an alt-trans', () => {
    const { units } = read(xliff12(sampleDocument()));
    const mt = (i: number) => children(units[i], 'alt-trans').map((a) => [attr(a, 'origin'), textOf(only(a, 'target'))]);
    expect(textOf(only(units[1], 'target'))).toBe('Kyiv is preparing strikes');
    expect(mt(1)).toEqual([[MT_ORIGIN, 'Kiev is preparing strikes']]);
    expect(textOf(only(units[9], 'target'))).toBe(TRICKY);
    expect(mt(9)).toEqual([[MT_ORIGIN, 'Tom and Jerry']]);
    expect(textOf(only(units[2], 'source'))).toBe('Первое предложение. Второе.');
    // The 1:0 row: an empty target waiting for translation, no machine output.
    expect(textOf(only(units[6], 'target'))).toBe('');
    expect(attr(only(units[6], 'target'), 'state')).toBe('needs-translation');
    expect(mt(6)).toEqual([]);
    expect(textOf(only(units[7], 'source'))).toBe('');
  });

  it('marks furniture translate="no" and other kinds in a note; ids are unique', () => {
    const { units } = read(xliff12(sampleDocument()));
    expect(attr(units[0], 'translate')).toBe('no');
    expect(units.filter((u) => attr(u, 'translate') === 'no')).toHaveLength(1);
    expect(units.map((u) => textOf(children(u, 'note')[0]))).toEqual(['furniture', 'heading', '', '', 'caption', 'credit', '', '', 'heading', '']);
    expect(new Set(units.map((u) => attr(u, 'id'))).size).toBe(10);
  });

  it('escapes markup and keeps whitespace', () => {
    const doc = sampleDocument({ rows: [row(0, [['text', 0, '<a href="x">']], [['text', 0, " it's  &amp; ", 'raw <MT> & "q"']], 'reviewed')] });
    const xml = xliff12(doc);
    expect(xml).toContain('&lt;a href=&quot;x&quot;&gt;');
    const { units } = read(xml);
    expect(textOf(only(units[0], 'source'))).toBe('<a href="x">');
    expect(textOf(only(units[0], 'target'))).toBe(" it's  &amp; ");
    expect(textOf(only(only(units[0], 'alt-trans'), 'target'))).toBe('raw <MT> & "q"');
  });
});
