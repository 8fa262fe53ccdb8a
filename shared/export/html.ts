// The corrected article as one self-contained HTML page: no script, no external resource (a
// Content-Security-Policy says so to the browser too), every text from the document escaped.
import { articleBlocks, type ArticleBlock } from './article-blocks';
import { escapeMarkup } from './escape';
import type { ExportDocument, ExportOptions } from './types';

/** Nothing may load or run; only the page's own <style> applies. */
export const HTML_CSP = "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; form-action 'none'; base-uri 'none'";

const ARTICLE_CSS = `
body { font: 17px/1.55 Georgia, "Times New Roman", serif; max-width: 42em; margin: 2em auto; padding: 0 1em; color: #1a1a1a; }
h1, h2 { font-family: system-ui, sans-serif; line-height: 1.25; }
figure { margin: 1.2em 0; }
figcaption, .credit { font-style: italic; font-size: 0.9em; color: #444; }
.furniture { font-size: 0.85em; color: #777; }
`;

/** The head every exported page shares: charset first, the policy, the title, inline CSS only. */
export function htmlHead(title: string, css: string): string {
  return [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeMarkup(HTML_CSP)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Sverka">',
    `<title>${escapeMarkup(title)}</title>`,
    `<style>${css}</style>`,
  ].join('\n');
}

function block(b: ArticleBlock): string {
  const text = escapeMarkup(b.text);
  switch (b.kind) {
    case 'heading':
      return b.level === 1 ? `<h1>${text}</h1>` : `<h2>${text}</h2>`;
    case 'caption':
      return `<figure><figcaption>${text}</figcaption></figure>`;
    case 'credit':
      return `<p class="credit">${text}</p>`;
    case 'furniture':
      return `<p class="furniture">${text}</p>`;
    default:
      return `<p>${text}</p>`;
  }
}

export function articleHtml(doc: ExportDocument, options: ExportOptions): string {
  const blocks = articleBlocks(doc, options);
  // The document's title is often the Russian headline; the English page is named by its own.
  const title = blocks.find((b) => b.kind === 'heading')?.text ?? doc.title;
  const body = blocks.map(block).join('\n');
  return `<!DOCTYPE html>\n<html lang="en">\n<head>\n${htmlHead(title, ARTICLE_CSS)}\n</head>\n<body>\n<article>\n${body}\n</article>\n</body>\n</html>\n`;
}
