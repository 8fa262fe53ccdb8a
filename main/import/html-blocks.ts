import { parseHTML } from 'linkedom';
import type { Block, RowKind } from '../../shared/model';
import { isFurnitureElement, SECTIONING_TAGS } from './page-furniture';

/**
 * A saved web page (or mammoth's HTML of a .docx) to blocks of text in document order.
 *
 * The page is only parsed, never rendered: linkedom builds a tree and nothing more — no scripts
 * run, no styles apply, no URL (images, frames, stylesheets, <base>) is fetched.
 *
 * - h1–h6 give 'heading' blocks, figcaption and table captions 'caption' blocks; p, li, td,
 *   blockquote and the other block elements give plain blocks, as does text standing directly
 *   in a div.
 * - Navigation, page header and footer, asides, buttons, ARIA landmarks of the site and
 *   anything named like a menu, share bar, cookie notice or ad give 'furniture' blocks, one per
 *   link or button in them.
 * - script, style, noscript, template, svg, iframe and other non-text content are dropped.
 * - Whitespace is collapsed as a browser would; entities are decoded by the parser; soft
 *   hyphens and zero-width spaces, which Russian sites insert for line breaking, are removed.
 * - A single <br> is a line break inside one paragraph and becomes a space; two or more in a
 *   row are how older sites separate paragraphs, so they split the text into separate blocks.
 */
export function htmlBlocks(html: string): Block[] {
  const { document } = parseHTML(withoutDoctypeSubset(html));
  const extractor = new BlockExtractor();
  extractor.walk(document);
  return extractor.blocks;
}

const DROPPED = new Set([
  'head',
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'iframe',
  'frame',
  'frameset',
  'object',
  'embed',
  'canvas',
  'audio',
  'video',
  'picture',
  'map',
  'select',
  'datalist',
  'textarea',
  'title',
  'meta',
  'link',
  'base',
]);

/** Elements that start and end a block of text; everything else (a, span, b, custom tags) is inline. */
const BLOCK_TAGS = new Set([
  'address',
  'article',
  'aside',
  'blockquote',
  'body',
  'caption',
  'center',
  'dd',
  'details',
  'dialog',
  'dir',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hgroup',
  'hr',
  'html',
  'legend',
  'li',
  'main',
  'menu',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'summary',
  'table',
  'tbody',
  'td',
  'tfoot',
  'th',
  'thead',
  'tr',
  'ul',
]);

/** Inside furniture each link or button is its own item: a share bar's links are not one word. */
const FURNITURE_ITEMS = new Set(['a', 'button', 'label']);

const HEADINGS = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const CAPTIONS = new Set(['figcaption', 'caption']);

interface Context {
  furniture: boolean;
  heading: boolean;
  caption: boolean;
  pre: boolean;
  insideSection: boolean;
}

interface Frame {
  next: ChildNode | null;
  /** Top-level nodes still to visit (linkedom's doctype has no nextSibling, so the document's children are listed). */
  queue?: ChildNode[];
  context: Context;
  /** Whether leaving this element ends a block. */
  boundary: boolean;
}

const TEXT_NODE = 3;
const ELEMENT_NODE = 1;
const CDATA_NODE = 4;
/** Marks a <br> in collected text until the block is finished; cannot occur in parsed text. */
const BR = '\u0001';
const PARAGRAPH_BREAK = new RegExp(`[ \\t\\n\\r\\f]*${BR}(?:[ \\t\\n\\r\\f]*${BR})+`);
const HIDDEN_STYLE = /display\s*:\s*none|visibility\s*:\s*hidden/i;

class BlockExtractor {
  readonly blocks: Block[] = [];
  private parts: string[] = [];

  walk(root: Document): void {
    const top: Context = { furniture: false, heading: false, caption: false, pre: false, insideSection: false };
    // An explicit stack, not recursion: broken pages nest unclosed tags thousands deep.
    const stack: Frame[] = [{ next: null, queue: Array.from(root.childNodes), context: top, boundary: true }];
    while (stack.length) {
      const frame = stack[stack.length - 1];
      const node = frame.next ?? frame.queue?.shift() ?? null;
      if (!node) {
        stack.pop();
        if (frame.boundary) this.flush(frame.context);
        continue;
      }
      frame.next = frame.queue ? null : node.nextSibling;

      if (node.nodeType === TEXT_NODE || node.nodeType === CDATA_NODE) {
        const text = node.nodeValue ?? '';
        this.parts.push(text.includes(BR) ? text.replaceAll(BR, ' ') : text);
        continue;
      }
      if (node.nodeType !== ELEMENT_NODE) continue;

      const element = node as Element;
      const tag = element.tagName.toLowerCase();
      if (DROPPED.has(tag)) continue;
      if (tag === 'br') {
        this.parts.push(frame.context.pre ? '\n' : BR);
        continue;
      }
      const context = this.enter(element, tag, frame.context);
      const boundary =
        BLOCK_TAGS.has(tag) || context.furniture !== frame.context.furniture || (context.furniture && FURNITURE_ITEMS.has(tag));
      if (boundary) this.flush(frame.context);
      stack.push({ next: element.firstChild, context, boundary });
    }
  }

  private enter(element: Element, tag: string, outer: Context): Context {
    const insideSection = outer.insideSection || SECTIONING_TAGS.has(tag);
    const hiddenByStyle = HIDDEN_STYLE.test(element.getAttribute('style') ?? '');
    return {
      furniture: outer.furniture || hiddenByStyle || isFurnitureElement(element, tag, outer.insideSection),
      heading: outer.heading || HEADINGS.has(tag),
      caption: outer.caption || CAPTIONS.has(tag),
      pre: outer.pre || tag === 'pre' || tag === 'listing' || tag === 'xmp',
      insideSection,
    };
  }

  private flush(context: Context): void {
    if (this.parts.length === 0) return;
    const raw = this.parts.join('').replace(/[\u00ad\u200b]/g, '');
    this.parts = [];
    const kind = kindOf(context);
    if (context.pre) {
      this.push(raw.replace(/^\n+|\s+$/g, ''), kind);
      return;
    }
    for (const piece of raw.split(PARAGRAPH_BREAK)) {
      this.push(piece.replaceAll(BR, ' ').replace(/[ \t\n\r\f]+/g, ' ').trim(), kind);
    }
  }

  private push(text: string, kind: RowKind | undefined): void {
    if (!text) return;
    this.blocks.push(kind ? { text, kind } : { text });
  }
}

function kindOf(context: Context): RowKind | undefined {
  if (context.furniture) return 'furniture';
  if (context.heading) return 'heading';
  if (context.caption) return 'caption';
  return undefined;
}

/**
 * An internal DTD subset (<!DOCTYPE html [ <!ENTITY …> ]>) means nothing to an HTML parser, which
 * would show its tail as text. Entities declared there are never expanded either way.
 */
function withoutDoctypeSubset(html: string): string {
  return html.replace(/^(\s*)<!doctype[^[>]*\[[\s\S]*?\]\s*>/i, '$1');
}
