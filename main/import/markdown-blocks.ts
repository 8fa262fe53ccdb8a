import type { Block } from '../../shared/model';

/**
 * Markdown to blocks of plain text: headings (ATX and setext) become 'heading' blocks, paragraphs
 * (their lines joined), list items, table cells and block quotes plain blocks, images with alt text
 * 'caption' blocks, fenced code one block kept verbatim. Inline markup is removed, keeping link
 * text. This is not a full CommonMark parser: it covers what articles use, and never fails —
 * anything it does not recognise stays as text.
 */
export function markdownBlocks(markdown: string): Block[] {
  const out: Block[] = [];
  const lines = stripFrontMatter(markdown.replace(/^\ufeff/, '').replace(/\r\n?/g, '\n'))
    .replace(/<!--[\s\S]*?-->/g, '')
    .split('\n');

  let paragraph: string[] = [];
  let item: string[] | null = null;
  let fence: { marker: string; lines: string[] } | null = null;

  const emit = (raw: string, kind?: Block['kind']) => {
    const { text, captions } = plainInline(raw);
    if (text) out.push(kind ? { text, kind } : { text });
    for (const caption of captions) out.push({ text: caption, kind: 'caption' });
  };
  const flush = () => {
    if (paragraph.length) emit(paragraph.join(' '));
    if (item) emit(item.join(' '));
    paragraph = [];
    item = null;
  };

  for (let i = 0; i < lines.length; i++) {
    const raw = lines[i];

    if (fence) {
      if (raw.trim().startsWith(fence.marker) && /^\s*([`~])\1*\s*$/.test(raw)) {
        const code = fence.lines.join('\n').replace(/^\n+|\s+$/g, '');
        if (code) out.push({ text: code });
        fence = null;
      } else {
        fence.lines.push(raw);
      }
      continue;
    }

    // Block quotes read as the paragraphs they quote.
    const line = raw.replace(/^(?: {0,3}> ?)+/, '');
    const trimmed = line.trim();

    if (!trimmed) {
      flush();
      continue;
    }

    const fenceOpen = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceOpen) {
      flush();
      fence = { marker: fenceOpen[1], lines: [] };
      continue;
    }

    const atx = /^ {0,3}(#{1,6})(?:[ \t]+|$)(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(line);
    if (atx) {
      flush();
      emit(atx[2], 'heading');
      continue;
    }

    if (paragraph.length && !item && /^ {0,3}(=+|-+)[ \t]*$/.test(line)) {
      emit(paragraph.join(' '), 'heading');
      paragraph = [];
      continue;
    }

    if (/^ {0,3}([-*_])(?:[ \t]*\1){2,}[ \t]*$/.test(line)) {
      flush();
      continue;
    }

    if (trimmed.includes('|') && isTableDelimiter(lines[i + 1])) {
      flush();
      for (const cell of tableCells(line)) emit(cell);
      i++;
      while (i + 1 < lines.length && lines[i + 1].trim() && lines[i + 1].includes('|')) {
        i++;
        for (const cell of tableCells(lines[i])) emit(cell);
      }
      continue;
    }

    if (!paragraph.length && !item && /^ {0,3}\[[^\]]+\]:\s*\S/.test(line)) continue;

    const listItem = /^ {0,3}(?:[-*+]|(\d{1,9})[.)])[ \t]+(.*)$/.exec(line);
    // As in CommonMark, only a list starting at 1 may interrupt a paragraph: "2024. Year…" stays text.
    if (listItem && !(paragraph.length && listItem[1] !== undefined && listItem[1] !== '1')) {
      flush();
      item = [listItem[2].replace(/^\[[ xX]\][ \t]+/, '')];
      continue;
    }

    if (item) item.push(trimmed);
    else paragraph.push(trimmed);
  }
  if (fence) {
    const code = fence.lines.join('\n').replace(/^\n+|\s+$/g, '');
    if (code) out.push({ text: code });
  }
  flush();
  return out;
}

function stripFrontMatter(text: string): string {
  const match = /^---\n[\s\S]*?\n(?:---|\.\.\.)[ \t]*(?:\n|$)/.exec(text);
  // Only YAML-looking front matter: a "key: value" first line, not a thematic break before prose.
  return match && /^---\n[\w-]+:/.test(match[0]) ? text.slice(match[0].length) : text;
}

function isTableDelimiter(line: string | undefined): boolean {
  return line !== undefined && line.includes('-') && /^\s*\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$/.test(line);
}

function tableCells(line: string): string[] {
  return line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim())
    .filter(Boolean);
}

const ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
  mdash: '—',
  ndash: '–',
  laquo: '«',
  raquo: '»',
  hellip: '…',
  copy: '©',
};

// Private-use characters stand in for escaped and code text while markup is removed around them.
const HOLD_START = 0xe000;

/** Inline Markdown to plain text; images are taken out and their alt texts returned. */
export function plainInline(source: string): { text: string; captions: string[] } {
  const held: string[] = [];
  const hold = (s: string) => String.fromCharCode(HOLD_START + held.push(s) - 1);
  const restore = (s: string) => s.replace(/[\ue000-\uf8ff]/g, (ch) => held[ch.charCodeAt(0) - HOLD_START] ?? ch);
  const captions: string[] = [];

  let s = source
    .replace(/[\ue000-\uf8ff]/g, hold)
    .replace(/\\([!-/:-@[-`{-~])/g, (_, ch: string) => hold(ch))
    .replace(/(`+)([\s\S]+?)\1/g, (_, _ticks, code: string) => hold(restore(code.trim())))
    .replace(/!\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+["'(][^)]*)?\)|!\[([^\]]*)\]\[[^\]]*\]/g, (_, alt1?: string, alt2?: string) => {
      const alt = plainInline(alt1 ?? alt2 ?? '').text;
      if (alt) captions.push(alt);
      return ' ';
    })
    .replace(/\[([^\]]*)\]\((?:[^()\s]|\([^()]*\))*(?:\s+["'(][^)]*)?\)/g, '$1')
    .replace(/\[([^\]]+)\]\[[^\]]*\]/g, '$1')
    .replace(/<((?:https?|ftp|mailto):[^\s<>]+|[^\s<>@]+@[^\s<>@]+)>/gi, (_, url: string) => hold(url))
    // Inline tags join their text to the next word as a browser would; any other tag separates.
    .replace(/<\/?(?:a|abbr|b|cite|code|del|em|i|ins|kbd|mark|q|s|small|span|strong|sub|sup|u)\b[^<>]*>/gi, '')
    .replace(/<\/?[a-z][\w-]*(?:\s[^<>]*)?\/?>/gi, ' ');

  for (let previous = ''; previous !== s; ) {
    previous = s;
    s = s
      .replace(/(\*\*|__)(?=\S)([\s\S]*?\S)\1/g, '$2')
      .replace(/~~(?=\S)([\s\S]*?\S)~~/g, '$1')
      .replace(/\*(?=[^\s*])([^*]*?[^\s*])\*/g, '$1')
      .replace(/\*(?=[^\s*])([^\s*])\*/g, '$1')
      .replace(/(^|[^\p{L}\p{N}_])_(?=[^\s_])([^_]*?[^\s_]|[^\s_])_(?![\p{L}\p{N}_])/gu, '$1$2');
  }

  s = s
    .replace(/&(#\d+|#x[\da-f]+|[a-z]+);/gi, (whole, name: string) => {
      if (name[0] !== '#') return ENTITIES[name.toLowerCase()] ?? whole;
      const code = name[1] === 'x' || name[1] === 'X' ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    })
    .replace(/\\$/, '')
    .replace(/[ \t\n]+/g, ' ')
    .trim();
  s = restore(s);

  return { text: s, captions };
}
