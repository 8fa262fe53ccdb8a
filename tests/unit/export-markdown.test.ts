import { describe, expect, it } from 'vitest';
import { markdownBlocks } from '../../main/import/markdown-blocks';
import { articleMarkdown, escapeMarkdown } from '../../shared/export/markdown';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/export/types';
import { row, sampleDocument, TRICKY } from './export-helpers';

describe('the article as Markdown', () => {
  it('writes headings as # and ##, captions and credits in italics, paragraphs apart', () => {
    const md = articleMarkdown(sampleDocument(), DEFAULT_EXPORT_OPTIONS);
    expect(md.split('\n\n')).toEqual([
      '# Kyiv is preparing strikes',
      'The first sentence, and the second. The third sentence.',
      '*The bridge*',
      '*Photo: TASS*',
      'An extra sentence.',
      '## What will change',
      'Tom & Jerry\'s "\\<b\\>bold\\</b\\>" — ёлка 🙂\n',
    ]);
  });

  it('escapes what Markdown would read as syntax', () => {
    expect(escapeMarkdown('a *star* and _under_ score')).toBe('a \\*star\\* and \\_under\\_ score');
    expect(escapeMarkdown('1. Not a list')).toBe('1\\. Not a list');
    expect(escapeMarkdown('2024) Neither')).toBe('2024\\) Neither');
    expect(escapeMarkdown('- not an item')).toBe('\\- not an item');
    expect(escapeMarkdown('+ nor this')).toBe('\\+ nor this');
    expect(escapeMarkdown('# not a heading')).toBe('\\# not a heading');
    expect(escapeMarkdown('> not a quote')).toBe('\\> not a quote');
    expect(escapeMarkdown('[a link](http://x) `code` <b>tag</b> | pipe ~~strike~~ back\\slash')).toBe(
      '\\[a link\\](http://x) \\`code\\` \\<b\\>tag\\</b\\> \\| pipe \\~\\~strike\\~\\~ back\\\\slash',
    );
    expect(escapeMarkdown('AT&T &amp; &#169;')).toBe('AT&T \\&amp; \\&\\#169;');
    // Only where a list marker can be: a number inside a sentence stays as it is.
    expect(escapeMarkdown('In 1991. Then - later')).toBe('In 1991. Then - later');
  });

  it('reads back as the same text and headings through the Markdown import', () => {
    const doc = sampleDocument({
      rows: [
        row(0, [['heading', 0, 'З']], [['heading', 0, 'Title with *stars* # and <i>tags</i>']], 'reviewed'),
        row(1, [['text', 1, 'Т']], [['text', 1, '1. Not a list, _not_ emphasis, [not](a link) & `no code`.']], 'reviewed'),
        row(2, [['text', 2, 'Т']], [['text', 2, TRICKY]], 'reviewed'),
      ],
    });
    const blocks = markdownBlocks(articleMarkdown(doc, DEFAULT_EXPORT_OPTIONS));
    expect(blocks).toEqual([
      { text: 'Title with *stars* # and <i>tags</i>', kind: 'heading' },
      { text: '1. Not a list, _not_ emphasis, [not](a link) & `no code`.' },
      { text: TRICKY },
    ]);
  });

  it('keeps furniture only on request', () => {
    const doc = sampleDocument();
    expect(articleMarkdown(doc, DEFAULT_EXPORT_OPTIONS)).not.toContain('Skip to content');
    expect(articleMarkdown(doc, { furniture: true, captions: false })).toMatch(/^Skip to content\n\n# Kyiv/);
    expect(articleMarkdown(doc, { furniture: true, captions: false })).not.toContain('The bridge');
  });
});
