// The exported files read by other programs: Translate Toolkit (XLIFF 1.2, TMX), libxml2's
// xmllint (well-formedness and structure by XPath: XLIFF 2.0, XLIFF 1.2, TMX), LibreOffice and
// mammoth (DOCX). Each peer's tests are skipped, saying why, only when the peer is not installed
// (Debian: python3-translate, libxml2-utils, libreoffice-writer-nogui).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { sourceText, targetText } from '../../shared/export/rows';
import type { ArticleFormat, ExportDocument } from '../../shared/export/types';
import { editedArticle, EDITED_FROM, EDITED_TO } from './export-scenario';
import { tempDir } from './temp-db';

const PYTHON = '/usr/bin/python3';

function peer(command: string, args: string[], what: string): { ok: true } | { ok: false; reason: string } {
  const run = spawnSync(command, args, { encoding: 'utf8', timeout: 60_000 });
  if (run.error || run.status !== 0) return { ok: false, reason: `${what} is not installed (${command} ${args.join(' ')} failed)` };
  return { ok: true };
}

const toolkit = peer(PYTHON, ['-c', 'import translate.storage.xliff, translate.storage.tmx'], 'Translate Toolkit (python3-translate)');
const xmllint = peer('xmllint', ['--version'], 'xmllint (libxml2-utils)');
const soffice = peer('soffice', ['--version'], 'LibreOffice (libreoffice-writer-nogui)');
const why = (p: { ok: boolean; reason?: string }) => (p.ok ? '' : ` — skipped: ${p.reason}`);

async function exported(formats: ArticleFormat[]) {
  const s = await editedArticle();
  const doc = await s.services.export.exportDocument(s.documentId);
  const dir = tempDir();
  const files: Record<string, string> = {};
  for (const format of formats) {
    const file = await s.services.export.document(s.documentId, format);
    const path = join(dir, `export-${format}${file.fileName.slice(file.fileName.indexOf('.'))}`);
    writeFileSync(path, file.encoding === 'base64' ? Buffer.from(file.data, 'base64') : file.data);
    files[format] = path;
  }
  s.db.close();
  return { doc, dir, files };
}

const READ_WITH_TOOLKIT = `
import json, sys
from translate.storage import tmx, xliff
x = xliff.xlifffile.parsefile(sys.argv[1])
t = tmx.tmxfile.parsefile(sys.argv[2])
print(json.dumps({
  "xliff": {
    "source": x.getsourcelanguage(), "target": x.gettargetlanguage(),
    "units": [{"source": u.source, "target": u.target, "state": u.get_state_n(), "approved": u.isapproved(),
               "translatable": u.istranslatable(), "fuzzy": u.isfuzzy(),
               "mt": [a.target for a in u.getalttrans(origin="machine translation")]} for u in x.units]},
  "tmx": {"units": [{"id": u.getid(), "source": u.source, "target": u.target, "en": u.gettarget("en")} for u in t.units]},
  "final": x.units[0].S_SIGNED_OFF if x.units else None,
  "unreviewed": x.units[0].S_TRANSLATED if x.units else None,
  "needsWork": x.units[0].S_NEEDS_TRANSLATION if x.units else None,
}, ensure_ascii=False))
`;

interface ToolkitView {
  xliff: { source: string; target: string; units: { source: string; target: string; state: number; approved: boolean; translatable: boolean; fuzzy: boolean; mt: string[] }[] };
  tmx: { units: { id: string; source: string; target: string; en: string }[] };
  final: number;
  unreviewed: number;
  needsWork: number;
}

function xpath(file: string, expression: string): string {
  const run = spawnSync('xmllint', ['--xpath', expression, file], { encoding: 'utf8' });
  expect(run.status, run.stderr).toBe(0);
  return run.stdout.trim();
}

const count = (file: string, expression: string) => Number(xpath(file, `count(${expression})`));
const el = (name: string) => `*[local-name()='${name}']`;

function expectMatchesRows(doc: ExportDocument, units: { source: string; target: string }[]) {
  expect(units).toHaveLength(doc.rows.length);
  expect(units.map((u) => u.source)).toEqual(doc.rows.map(sourceText));
  expect(units.map((u) => u.target)).toEqual(doc.rows.map(targetText));
}

describe(`Translate Toolkit reads the XLIFF 1.2 and the TMX${why(toolkit)}`, () => {
  it.skipIf(!toolkit.ok)('with the same units, texts, states and machine translations', async () => {
    const { doc, files } = await exported(['xliff12', 'tmx']);
    const run = spawnSync(PYTHON, ['-c', READ_WITH_TOOLKIT, files.xliff12, files.tmx], { encoding: 'utf8' });
    expect(run.status, run.stderr).toBe(0);
    const view = JSON.parse(run.stdout) as ToolkitView;

    expect([view.xliff.source, view.xliff.target]).toEqual(['ru', 'en']);
    expectMatchesRows(doc, view.xliff.units);
    expectMatchesRows(doc, view.tmx.units);
    expect(view.tmx.units.map((u) => u.id)).toEqual(doc.rows.map((r) => String(r.position + 1)));
    expect(view.tmx.units.map((u) => u.en)).toEqual(doc.rows.map(targetText));

    const expected = { reviewed: view.final, translated: view.unreviewed, initial: view.needsWork };
    expect(view.xliff.units.map((u) => u.state)).toEqual(doc.rows.map((r) => expected[r.state]));
    expect(view.xliff.units.map((u) => u.approved)).toEqual(doc.rows.map((r) => r.state === 'reviewed'));
    // Rows with open findings are what the toolkit calls fuzzy: translated, not approved.
    expect(view.xliff.units.filter((u) => u.fuzzy).length).toBe(doc.rows.filter((r) => r.state === 'translated').length);
    expect(view.xliff.units.map((u) => u.translatable)).toEqual(doc.rows.map((r) => (r.source[0] ?? r.target[0]).kind !== 'furniture'));

    const edited = view.xliff.units.find((u) => u.target === EDITED_TO)!;
    expect(edited.mt).toEqual([EDITED_FROM]);
    const untranslated = view.xliff.units.find((u) => u.target === '' && u.source !== '')!;
    expect(untranslated.mt).toEqual([]);
  });
});

describe(`xmllint checks the XML exports${why(xmllint)}`, () => {
  it.skipIf(!xmllint.ok)('XLIFF 2.0: well-formed, the 2.0 namespace, languages, ids and states', async () => {
    const { doc, files } = await exported(['xliff']);
    const lint = spawnSync('xmllint', ['--noout', files.xliff], { encoding: 'utf8' });
    expect(lint.status, lint.stderr).toBe(0);
    expect(lint.stderr).toBe('');
    const f = files.xliff;
    expect(xpath(f, 'namespace-uri(/*)')).toBe('urn:oasis:names:tc:xliff:document:2.0');
    expect(xpath(f, 'local-name(/*)')).toBe('xliff');
    expect(xpath(f, 'string(/*/@version)')).toBe('2.0');
    expect(xpath(f, 'string(/*/@srcLang)')).toBe('ru');
    expect(xpath(f, 'string(/*/@trgLang)')).toBe('en');
    expect(count(f, `/${el('xliff')}/${el('file')}[@id]`)).toBe(1);
    expect(count(f, `//${el('unit')}`)).toBe(doc.rows.length);
    expect(count(f, `//${el('unit')}[not(@id)]`)).toBe(0);
    expect(count(f, `//${el('unit')}[@id = preceding::${el('unit')}/@id]`)).toBe(0);
    expect(count(f, `//${el('unit')}[count(${el('segment')}) != 1]`)).toBe(0);
    expect(count(f, `//${el('segment')}[not(@state = 'initial' or @state = 'translated' or @state = 'reviewed' or @state = 'final')]`)).toBe(0);
    // A state past initial needs a target (XLIFF 2.0, 4.2.2.3).
    expect(count(f, `//${el('segment')}[@state != 'initial'][not(${el('target')})]`)).toBe(0);
    // Inside a unit the notes come before the segments.
    expect(count(f, `//${el('unit')}/${el('notes')}[preceding-sibling::${el('segment')}]`)).toBe(0);
    expect(count(f, `//${el('segment')}[@state = 'initial']`)).toBe(doc.rows.filter((r) => r.state === 'initial').length);
    expect(count(f, `//*[namespace-uri() != 'urn:oasis:names:tc:xliff:document:2.0']`)).toBe(0);
  });

  it.skipIf(!xmllint.ok)('XLIFF 1.2 and TMX: well-formed, versions, the attributes their formats require', async () => {
    const { doc, files } = await exported(['xliff12', 'tmx']);
    for (const path of [files.xliff12, files.tmx]) {
      const lint = spawnSync('xmllint', ['--noout', path], { encoding: 'utf8' });
      expect(lint.status, lint.stderr).toBe(0);
    }
    const x = files.xliff12;
    expect(xpath(x, 'namespace-uri(/*)')).toBe('urn:oasis:names:tc:xliff:document:1.2');
    expect(xpath(x, 'string(/*/@version)')).toBe('1.2');
    expect(count(x, `//${el('file')}[@original and @source-language and @datatype]`)).toBe(1);
    expect(count(x, `//${el('trans-unit')}[@id]`)).toBe(doc.rows.length);
    expect(count(x, `//${el('trans-unit')}/${el('target')}[not(@state = 'needs-translation' or @state = 'translated' or @state = 'signed-off')]`)).toBe(0);
    expect(count(x, `//${el('alt-trans')}[@origin = 'machine translation']`)).toBe(doc.rows.filter((r) => r.target.length > 0).length);

    const t = files.tmx;
    expect(xpath(t, 'local-name(/*)')).toBe('tmx');
    expect(xpath(t, 'string(/tmx/@version)')).toBe('1.4');
    for (const name of ['creationtool', 'creationtoolversion', 'segtype', 'o-tmf', 'adminlang', 'srclang', 'datatype']) {
      expect(count(t, `/tmx/header[@${name} != '']`), name).toBe(1);
    }
    expect(count(t, '/tmx/body/tu')).toBe(doc.rows.length);
    expect(count(t, "/tmx/body/tu[count(tuv[@xml:lang = 'ru']) != 1 or count(tuv[@xml:lang = 'en']) != 1]")).toBe(0);
    expect(count(t, '/tmx/body/tu[prop[preceding-sibling::tuv]]')).toBe(0);
    expect(count(t, '/tmx/body/tu/tuv[not(seg)]')).toBe(0);
  });
});

describe(`LibreOffice opens the DOCX${why(soffice)}`, () => {
  it.skipIf(!soffice.ok)(
    'and converts it to text with every paragraph of the article',
    async () => {
      const { doc, dir, files } = await exported(['docx', 'txt']);
      // A profile of its own, so a LibreOffice the user has open is not disturbed.
      const run = spawnSync(
        'soffice',
        [`-env:UserInstallation=file://${join(dir, 'profile')}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', join(dir, 'out'), files.docx],
        { encoding: 'utf8', timeout: 180_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      const converted = readdirSync(join(dir, 'out')).find((name) => name.endsWith('.txt'))!;
      expect(converted).toBeTruthy();
      const lines = readFileSync(join(dir, 'out', converted), 'utf8').replace(/^\uFEFF/, '').split(/\r?\n/).filter(Boolean);
      const ours = readFileSync(files.txt, 'utf8').trim().split('\n\n');
      expect(lines).toEqual(ours);
      expect(lines[0]).toBe(doc.rows.find((r) => r.target[0]?.kind === 'heading')!.target[0].text);
    },
    240_000,
  );
});

describe('mammoth reads the DOCX', () => {
  it('with the headings as h1 and h2, the caption and the paragraphs', async () => {
    const { files } = await exported(['docx']);
    expect(existsSync(files.docx)).toBe(true);
    const html = (await mammoth.convertToHtml({ path: files.docx }, { styleMap: ["p[style-name='caption'] => figcaption:fresh"] })).value;
    expect(html).toMatch(/^<h1>The renovated Starovolzhsky Bridge will be opened in Tver<\/h1><p>Traffic on the Starovolzhsky Bridge/);
    expect(html).toContain('<h2>What will change for drivers</h2>');
    expect(html).toContain('<figcaption>Starovolzhsky Bridge</figcaption>');
    expect(html).toContain('<p>Photo: TASS/Ivan Petrov</p>');
    expect(html).toContain(`<p>${EDITED_TO} Many complained`);
    expect(html).not.toContain('Skip to main content');
  });
});
