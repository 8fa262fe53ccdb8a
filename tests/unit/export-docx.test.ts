import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { docxBlocks } from '../../main/import/docx-blocks';
import { articleDocx } from '../../main/export/docx';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/export/types';
import { row, sampleDocument, TRICKY } from './export-helpers';

const html = async (bytes: Uint8Array) =>
  (await mammoth.convertToHtml({ buffer: Buffer.from(bytes) }, { styleMap: ["p[style-name='caption'] => figcaption:fresh", "p[style-name='Credit'] => p.credit:fresh"] })).value;

describe('the article as DOCX', () => {
  it('is a zip Word reads, with Heading 1 and 2, normal paragraphs and the Caption style', async () => {
    const bytes = await articleDocx(sampleDocument(), DEFAULT_EXPORT_OPTIONS);
    expect(Buffer.from(bytes.subarray(0, 4)).toString('latin1')).toBe('PK\u0003\u0004');
    expect(await html(bytes)).toBe(
      [
        '<h1>Kyiv is preparing strikes</h1>',
        '<p>The first sentence, and the second. The third sentence.</p>',
        '<figcaption>The bridge</figcaption>',
        '<p class="credit">Photo: TASS</p>',
        '<p>An extra sentence.</p>',
        '<h2>What will change</h2>',
        `<p>Tom &amp; Jerry's "&lt;b&gt;bold&lt;/b&gt;" — ёлка 🙂</p>`,
      ].join(''),
    );
  });

  it("reads back through Sverka's DOCX import with its kinds", async () => {
    const bytes = await articleDocx(sampleDocument(), DEFAULT_EXPORT_OPTIONS);
    const blocks = await docxBlocks('article.docx', bytes);
    expect(blocks.map((b) => [b.kind ?? 'text', b.text])).toEqual([
      ['heading', 'Kyiv is preparing strikes'],
      ['text', 'The first sentence, and the second. The third sentence.'],
      ['caption', 'The bridge'],
      ['text', 'Photo: TASS'],
      ['text', 'An extra sentence.'],
      ['heading', 'What will change'],
      ['text', TRICKY],
    ]);
  });

  it('follows the furniture and captions options, and survives characters XML forbids', async () => {
    const doc = sampleDocument();
    const kept = await html(await articleDocx(doc, { furniture: true, captions: false }));
    expect(kept).toMatch(/^<p>Skip to content<\/p><h1>/);
    expect(kept).not.toContain('The bridge');
    const odd = sampleDocument({ rows: [row(0, [['text', 0, 'Т']], [['text', 0, 'bell\u0007 and NUL\u0000']], 'reviewed')] });
    expect(await html(await articleDocx(odd, DEFAULT_EXPORT_OPTIONS))).toBe('<p>bell\uFFFD and NUL\uFFFD</p>');
  });
});
