import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { htmlBlocks } from '../../main/import/html-blocks';
import { articleHtml } from '../../shared/export/html';
import { DEFAULT_EXPORT_OPTIONS } from '../../shared/export/types';
import { expectSelfContained, row, sampleDocument, TRICKY } from './export-helpers';

const HOSTILE = `</p><script>alert(1)</script><img src=x onerror="alert(2)"> ' " & &amp;`;

describe('the article as HTML', () => {
  it('is a complete English page with the article in h1, h2, p and figcaption', () => {
    const html = articleHtml(sampleDocument(), DEFAULT_EXPORT_OPTIONS);
    expect(html).toMatch(/^<!DOCTYPE html>\n<html lang="en">\n<head>\n<meta charset="utf-8">/);
    const document = expectSelfContained(html);
    expect(document.querySelector('title')?.textContent).toBe('Kyiv is preparing strikes');
    expect([...document.querySelectorAll('h1, h2')].map((h) => [h.tagName, h.textContent])).toEqual([
      ['H1', 'Kyiv is preparing strikes'],
      ['H2', 'What will change'],
    ]);
    expect([...document.querySelectorAll('article > p')].map((p) => p.textContent)).toEqual([
      'The first sentence, and the second. The third sentence.',
      'Photo: TASS',
      'An extra sentence.',
      TRICKY,
    ]);
    expect(document.querySelector('figcaption')?.textContent).toBe('The bridge');
  });

  it('escapes everything from the document: texts and the title', () => {
    const doc = sampleDocument({
      title: HOSTILE,
      rows: [row(0, [['text', 0, 'Т']], [['text', 0, HOSTILE]], 'reviewed'), row(1, [['text', 1, 'Т']], [['text', 1, 'bad \u0007 char']], 'reviewed')],
    });
    const html = articleHtml(doc, DEFAULT_EXPORT_OPTIONS);
    expect(html).toContain('&lt;/p&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=&quot;alert(2)&quot;&gt; &#39; &quot; &amp; &amp;amp;');
    const document = expectSelfContained(html);
    expect(document.querySelector('title')?.textContent).toBe(HOSTILE);
    expect(document.querySelectorAll('article > p')[0].textContent).toBe(HOSTILE);
    expect(document.querySelectorAll('article > p')[1].textContent).toBe('bad \uFFFD char');
  });

  it('reads back through the HTML import with its headings and caption', () => {
    const blocks = htmlBlocks(articleHtml(sampleDocument(), { furniture: false, captions: true }));
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

  it('keeps furniture only on request, captions unless dropped', () => {
    const doc = sampleDocument();
    const { document } = parseHTML(articleHtml(doc, { furniture: true, captions: false }));
    expect(document.querySelector('p.furniture')?.textContent).toBe('Skip to content');
    expect(document.querySelector('figcaption')).toBeNull();
    expect(document.querySelector('p.credit')).toBeNull();
    expect(articleHtml(doc, DEFAULT_EXPORT_OPTIONS)).not.toContain('Skip to content');
  });
});
