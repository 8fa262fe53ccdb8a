import { describe, expect, it } from 'vitest';
import { articleBlocks } from '../../shared/export/article-blocks';
import { articleText } from '../../shared/export/plain-text';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/export/types';
import { row, sampleDocument, TRICKY } from './export-helpers';

const defaults = DEFAULT_EXPORT_OPTIONS;

describe('the article as plain text', () => {
  it('joins the sentences of a paragraph, separates paragraphs, drops furniture and the 1:0 row, keeps the 0:1 row', () => {
    expect(articleText(sampleDocument(), defaults)).toBe(
      [
        'Kyiv is preparing strikes',
        'The first sentence, and the second. The third sentence.',
        'The bridge',
        'Photo: TASS',
        'An extra sentence.',
        'What will change',
        TRICKY,
      ].join('\n\n') + '\n',
    );
  });

  it('writes the corrected text, never the machine translation', () => {
    const text = articleText(sampleDocument(), defaults);
    expect(text).not.toContain('Kiev');
    expect(text).not.toContain('Tom and Jerry');
    expect(text).not.toContain('Непереведённое');
  });

  it('keeps furniture on request and drops captions and credits on request', () => {
    const doc = sampleDocument();
    expect(articleText(doc, { furniture: true, captions: true })).toMatch(/^Skip to content\n\nKyiv/);
    const without = articleText(doc, { furniture: false, captions: false });
    expect(without).not.toContain('The bridge');
    expect(without).not.toContain('Photo: TASS');
    expect(without).toContain('The third sentence.');
  });

  it('numbers the headings: the first is the title, the rest are subheadings', () => {
    const headings = articleBlocks(sampleDocument(), defaults).filter((b) => b.kind === 'heading');
    expect(headings.map((b) => [b.text, b.level])).toEqual([
      ['Kyiv is preparing strikes', 1],
      ['What will change', 2],
    ]);
  });

  it('skips sentences the editor emptied and puts a line break inside a sentence on one line', () => {
    const doc = sampleDocument({
      rows: [
        row(0, [['text', 0, 'А.']], [['text', 0, 'First\nline  and\tmore.']], 'reviewed'),
        row(1, [['text', 0, 'Б.']], [['text', 0, '   ', 'Deleted.']], 'initial'),
        row(2, [['text', 0, 'В.']], [['text', 0, 'Last.']], 'reviewed'),
      ],
    });
    expect(articleText(doc, defaults)).toBe('First line and more. Last.\n');
  });

  it('starts a new paragraph where the kind changes inside one paragraph number', () => {
    const doc = sampleDocument({
      rows: [row(0, [['text', 0, 'А. Б.']], [['text', 0, 'A text.'], ['caption', 0, 'A caption.']], 'reviewed')],
    });
    expect(articleText(doc, defaults)).toBe('A text.\n\nA caption.\n');
  });

  it('gives an empty file for an article with nothing to say', () => {
    const doc = sampleDocument({ rows: [row(0, [['text', 0, 'Только оригинал.']], [], 'initial')] });
    expect(articleText(doc, defaults)).toBe('');
  });
});
