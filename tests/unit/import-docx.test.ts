import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, TextRun } from 'docx';
import { afterAll, describe, expect, it } from 'vitest';
import { ImportError, readArticle } from '../../main/import';
import { storeZip } from '../fixtures/import/store-zip';

async function buildDocx(children: Paragraph[]): Promise<Uint8Array> {
  const doc = new Document({ sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}

const articleDocx = () =>
  buildDocx([
    new Paragraph({ text: 'Мирошник: Украина наносит удары', heading: HeadingLevel.HEADING_1 }),
    new Paragraph({
      children: [
        new TextRun('Украина еженедельно наносит '),
        new TextRun({ text: '3,5 тыс.', bold: true }),
        new TextRun(' ударов по объектам в России.'),
      ],
    }),
    new Paragraph({ text: 'Саммит в Будапеште', heading: HeadingLevel.HEADING_2 }),
    new Paragraph({ text: 'Москва ждет от Вашингтона соблюдения договоренностей.', alignment: AlignmentType.JUSTIFIED }),
  ]);

/** The smallest package mammoth accepts, with a document.xml of our choosing. */
function minimalDocx(documentXml: string, extra: Record<string, string> = {}): Uint8Array {
  return storeZip({
    '[Content_Types].xml':
      '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
      '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
      '<Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
      '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': documentXml,
    ...extra,
  });
}

const W = 'xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"';
const paragraphXml = (text: string, style?: string) =>
  `<w:p>${style ? `<w:pPr><w:pStyle w:val="${style}"/></w:pPr>` : ''}<w:r><w:t xml:space="preserve">${text}</w:t></w:r></w:p>`;

async function importError(promise: Promise<unknown>): Promise<ImportError> {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ImportError);
  return error as ImportError;
}

describe('readArticle on .docx', () => {
  it('gives headings with their kind and paragraphs in order', async () => {
    const article = await readArticle({ name: 'ru.docx', bytes: await articleDocx() });
    expect(article).toEqual({
      format: 'docx',
      encoding: null,
      confidence: 1,
      blocks: [
        { text: 'Мирошник: Украина наносит удары', kind: 'heading' },
        { text: 'Украина еженедельно наносит 3,5 тыс. ударов по объектам в России.' },
        { text: 'Саммит в Будапеште', kind: 'heading' },
        { text: 'Москва ждет от Вашингтона соблюдения договоренностей.' },
      ],
    });
  });

  it('recognises a .docx by its content whatever its name says', async () => {
    const bytes = await articleDocx();
    for (const name of ['article', 'article.txt', 'article.html']) {
      const article = await readArticle({ name, bytes });
      expect(article.format).toBe('docx');
      expect(article.blocks[0]).toEqual({ text: 'Мирошник: Украина наносит удары', kind: 'heading' });
    }
  });

  it('maps Word’s Title and Caption styles to a heading and a caption', async () => {
    const styles =
      `<?xml version="1.0" encoding="UTF-8"?><w:styles ${W}>` +
      '<w:style w:type="paragraph" w:styleId="Title"><w:name w:val="Title"/></w:style>' +
      '<w:style w:type="paragraph" w:styleId="Caption"><w:name w:val="caption"/></w:style></w:styles>';
    const body = `<w:document ${W}><w:body>${paragraphXml('Заголовок', 'Title')}${paragraphXml('Текст')}${paragraphXml('Фото: ТАСС', 'Caption')}</w:body></w:document>`;
    const bytes = minimalDocx(body, {
      'word/styles.xml': styles,
      'word/_rels/document.xml.rels':
        '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>',
    });
    const article = await readArticle({ name: 'styled.docx', bytes });
    expect(article.blocks).toEqual([
      { text: 'Заголовок', kind: 'heading' },
      { text: 'Текст' },
      { text: 'Фото: ТАСС', kind: 'caption' },
    ]);
  });
});

describe('hostile and broken .docx files', () => {
  const dir = mkdtempSync(join(tmpdir(), 'sverka-import-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('never reads a file named by an external XML entity', async () => {
    const secretFile = join(dir, 'secret.txt');
    writeFileSync(secretFile, 'TOP-SECRET-7d41');
    const xml =
      `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE w:document [<!ENTITY xxe SYSTEM "${pathToFileURL(secretFile).href}">]>` +
      `<w:document ${W}><w:body>${paragraphXml('до &xxe; после')}</w:body></w:document>`;
    const outcome = await readArticle({ name: 'xxe.docx', bytes: minimalDocx(xml) }).then(
      (article) => JSON.stringify(article),
      (error: unknown) => (error instanceof ImportError ? `${error.code}: ${error.message}` : String(error)),
    );
    expect(outcome).not.toContain('TOP-SECRET');
  });

  it('refuses a truncated .docx with the reason', async () => {
    const bytes = await articleDocx();
    const error = await importError(readArticle({ name: 'ru.docx', bytes: bytes.subarray(0, bytes.length >> 1) }));
    expect(error.code).toBe('malformed');
    expect(error.message).toBe('ru.docx: not a valid DOCX (zip central directory missing)');
  });

  it('refuses a .docx that is not a zip at all', async () => {
    const error = await importError(readArticle({ name: 'ru.docx', bytes: new TextEncoder().encode('Просто текст') }));
    expect(error.code).toBe('malformed');
    expect(error.message).toBe('ru.docx: not a valid DOCX (not a zip archive)');
  });

  it('refuses a zip that holds no Word document', async () => {
    const error = await importError(readArticle({ name: 'book.docx', bytes: storeZip({ mimetype: 'application/epub+zip', 'a.xhtml': '<p/>' }) }));
    expect(error.code).toBe('unsupported-format');
    expect(error.message).toMatch(/^book\.docx: a zip archive but not a Word document/);
  });

  it('refuses a Word package without its main document, naming the converter’s reason', async () => {
    const bytes = storeZip({ 'word/styles.xml': '<w:styles/>' });
    const error = await importError(readArticle({ name: 'ru.docx', bytes }));
    expect(error.code).toBe('malformed');
    expect(error.message).toMatch(/^ru\.docx: not a valid DOCX \(.+\)$/);
  });

  it('reports a document without text as empty', async () => {
    const error = await importError(readArticle({ name: 'blank.docx', bytes: await buildDocx([new Paragraph({})]) }));
    expect(error.code).toBe('empty');
    expect(error.message).toMatch(/^blank\.docx: /);
  });
});
