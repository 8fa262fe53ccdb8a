import { describe, expect, it } from 'vitest';
import { exportFileName, MAX_BASE_LENGTH, safeBaseName } from '../../shared/export/file-name';
import { FORMAT_INFO } from '../../shared/export/formats';
import { ARTICLE_FORMATS } from '../../shared/export/types';

describe('export file names', () => {
  it('keeps a plain title, Cyrillic and emoji included, and adds the extension', () => {
    expect(exportFileName('В Твери откроют мост 🙂', '.docx')).toBe('В Твери откроют мост 🙂.docx');
  });

  it('removes path separators, "..", control characters and what Windows forbids', () => {
    expect(safeBaseName('../../etc/passwd')).toBe('etc passwd');
    expect(safeBaseName('..\\..\\Windows\\System32')).toBe('Windows System32');
    expect(safeBaseName('a\u0000b\u001Fc\u007Fd\u0085e\nf\tg')).toBe('a b c d e f g');
    expect(safeBaseName('Q: "what" <is> | this? *')).toBe('Q what is this');
    expect(safeBaseName('dots... in the middle')).toBe('dots. in the middle');
    expect(safeBaseName(' .hidden. ')).toBe('hidden');
    for (const name of [safeBaseName('../x/../y'), safeBaseName('a/..\\b')]) {
      expect(name).not.toMatch(/[/\\]|\.\./);
    }
  });

  it('never gives an empty or reserved name', () => {
    expect(safeBaseName('')).toBe('document');
    expect(safeBaseName('../..')).toBe('document');
    expect(safeBaseName(' / ')).toBe('document');
    expect(safeBaseName('CON')).toBe('_CON');
    expect(safeBaseName('nul.txt')).toBe('_nul.txt');
  });

  it('cuts a long title at a character, not inside a surrogate pair', () => {
    const long = '🙂'.repeat(MAX_BASE_LENGTH + 10);
    const name = safeBaseName(long);
    expect(Array.from(name)).toHaveLength(MAX_BASE_LENGTH);
    expect(name).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])/);
  });

  it('gives every format its own extension', () => {
    const extensions = ARTICLE_FORMATS.map((f) => FORMAT_INFO[f].extension);
    expect(new Set(extensions).size).toBe(ARTICLE_FORMATS.length);
    expect(FORMAT_INFO.xliff.extension).toBe('.xlf');
    expect(FORMAT_INFO.docx.mime).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
  });
});
