// Export of an article from a real database: every format, the row states, the findings in the
// report, the fix records it reads, and the contract method.
import { parseHTML } from 'linkedom';
import mammoth from 'mammoth';
import { describe, expect, it } from 'vitest';
import { dispatch } from '../../main/rpc';
import { measureDocument } from '../../shared/review/measures';
import { ARTICLE_FORMATS } from '../../shared/export/types';
import { attr, children, only, readXml, textOf, type XmlNode } from '../unit/export-helpers';
import { EDITED_FROM, EDITED_TO, editedArticle, SPLIT_EN, SPLIT_RU } from './export-scenario';

type Scenario = Awaited<ReturnType<typeof editedArticle>>;

async function text(s: Scenario, format: (typeof ARTICLE_FORMATS)[number], options?: { furniture?: boolean; captions?: boolean }, lang?: 'en' | 'ru') {
  const file = await s.services.export.document(s.documentId, format, options, lang);
  expect(file.encoding).toBe('utf-8');
  return file.data;
}

function xliffUnits(xml: string): XmlNode[] {
  return children(only(only(readXml(xml), 'xliff'), 'file'), 'unit');
}

describe('export of an edited article', () => {
  it('writes the corrected article without furniture in txt, md and html', async () => {
    const s = await editedArticle();
    for (const format of ['txt', 'md', 'html'] as const) {
      const out = await text(s, format);
      expect(out, format).toContain('Alexey Ogonkov');
      expect(out, format).not.toContain('Alexei Ogonkov');
      expect(out, format).toContain(EDITED_TO.slice(0, 30));
      expect(out, format).not.toContain(EDITED_FROM.slice(0, 20));
      expect(out, format).not.toContain('Skip to main content');
      expect(out, format).not.toContain('Subscribe to our Telegram channel');
      // The 1:0 row gives nothing; its English, now a 0:1 row, stays in the article.
      expect(out, format).not.toContain(SPLIT_RU);
      expect(out, format).toContain(SPLIT_EN);
      expect(out, format).toContain('Photo: TASS/Ivan Petrov');
    }
    const txt = await text(s, 'txt');
    expect(txt.split('\n\n')[0]).toBe('The renovated Starovolzhsky Bridge will be opened in Tver');
    expect(await text(s, 'md')).toMatch(/^# The renovated Starovolzhsky Bridge/);
    expect(await text(s, 'txt', { furniture: true })).toMatch(/^Skip to main content\n\nAdvertisement\n\nShare\n\n/);
    expect(await text(s, 'txt', { captions: false })).not.toContain('Photo: TASS');
    s.db.close();
  });

  it('gives each row its state in XLIFF 2.0 by the rule of the export service', async () => {
    const s = await editedArticle();
    const units = xliffUnits(await text(s, 'xliff'));
    expect(units).toHaveLength(s.rows.count);
    const state = (row: number) => attr(only(units[row], 'segment'), 'state');
    expect(state(s.rows.ogonkov)).toBe('reviewed'); // fixed
    expect(state(s.rows.edited)).toBe('reviewed'); // edited by hand
    expect(state(s.rows.share)).toBe('reviewed'); // its only finding dismissed
    expect(state(s.rows.heading)).toBe('reviewed'); // nothing found
    expect(state(s.rows.advertisement)).toBe('translated'); // a finding open, MT unchanged
    expect(state(s.rows.ilyin)).toBe('translated');
    expect(state(s.rows.untranslated)).toBe('initial');
    const untranslated = only(units[s.rows.untranslated], 'segment');
    expect(textOf(only(untranslated, 'source'))).toBe(SPLIT_RU);
    expect(textOf(only(untranslated, 'target'))).toBe('');
    expect(textOf(only(only(units[s.rows.extra], 'segment'), 'target'))).toBe(SPLIT_EN);
    expect(attr(units[s.rows.advertisement], 'translate')).toBe('no');
    s.db.close();
  });

  it('keeps the machine translation distinguishable in TMX and XLIFF 1.2', async () => {
    const s = await editedArticle();
    const tus = children(only(only(readXml(await text(s, 'tmx')), 'tmx'), 'body'), 'tu');
    expect(tus).toHaveLength(s.rows.count);
    const tu = tus[s.rows.ogonkov];
    const en = children(tu, 'tuv').find((t) => attr(t, 'xml:lang') === 'en')!;
    expect(textOf(only(en, 'seg'))).toContain('Alexey Ogonkov');
    const mt = children(tu, 'prop').find((p) => attr(p, 'type') === 'x-sverka-mt')!;
    expect(textOf(mt)).toContain('Alexei Ogonkov');

    const body = only(only(only(readXml(await text(s, 'xliff12')), 'xliff'), 'file'), 'body');
    const unit = children(body, 'trans-unit')[s.rows.edited];
    expect(textOf(only(unit, 'target'))).toBe(EDITED_TO);
    expect(textOf(only(only(unit, 'alt-trans'), 'target'))).toBe(EDITED_FROM);
    expect(attr(only(unit, 'target'), 'state')).toBe('signed-off');
    s.db.close();
  });

  it('lists the fixed, the open and the dismissed findings and the HTER in the report', async () => {
    const s = await editedArticle();
    for (const lang of ['en', 'ru'] as const) {
      const { document } = parseHTML(await text(s, 'report', undefined, lang));
      const rowsOf = (status: string) =>
        [...document.querySelectorAll(`#findings-${status} tbody tr`)].map((tr) => [...tr.querySelectorAll('td')].map((td) => td.textContent));
      const fixed = rowsOf('fixed');
      expect(fixed).toHaveLength(1);
      expect(fixed[0][0]).toBe(String(s.rows.ogonkov + 1));
      expect(fixed[0].slice(4, 6)).toEqual(['Алексея Огонькова', 'Alexei Ogonkov']);
      expect(fixed[0][3]).toContain('Alexey Ogonkov');
      expect(fixed[0][6]).toContain('Alexey Ogonkov');
      const open = rowsOf('open');
      expect(open.some((r) => r[0] === String(s.rows.ilyin + 1) && r[5] === 'Sergei Ilyin')).toBe(true);
      expect(open.some((r) => r[5] === 'Share')).toBe(false);
      expect(rowsOf('dismissed').map((r) => r[5])).toEqual(['Share']);
      const hter = measureDocument(s.services.documents.get(s.documentId).rows).document.hter;
      const shown = new Intl.NumberFormat(lang, { minimumFractionDigits: 2, maximumFractionDigits: 2 }).format(hter);
      expect(hter).toBeGreaterThan(0);
      expect(document.querySelector('#measures tr td.num')?.textContent).toBe(shown);
      expect(document.querySelector('#measures h3 + table tbody td')?.textContent).toBe(lang === 'en' ? 'Forbidden term' : 'Запрещённый термин');
      // The glossary terms that applied, with their rows.
      const glossary = [...document.querySelectorAll('#glossary tbody tr')].map((tr) => tr.querySelectorAll('td')[1].textContent);
      expect(glossary).toEqual(['Алексей Огоньков', 'Сергей Ильин']);
    }
    s.db.close();
  });

  it('renders the report in Russian with Russian finding messages', async () => {
    const s = await editedArticle();
    const ru = await text(s, 'report', undefined, 'ru');
    const en = await text(s, 'report', undefined, 'en');
    expect(ru).toContain('<html lang="ru">');
    expect(ru).toContain('Исправлены (1)');
    const message = (html: string) => parseHTML(html).document.querySelector('#findings-fixed tbody td:nth-child(4)')?.textContent;
    expect(message(ru)).not.toBe(message(en));
    expect(message(ru)).toMatch(/[а-я]/);
    s.db.close();
  });

  it('forgets a fix once it is undone, and still counts fixes recorded by older versions', async () => {
    const s = await editedArticle();
    // The hand edit came after the fix (a split is not an edit): the first undo takes it back.
    s.services.editing.undo(s.documentId);
    const first = await s.services.export.exportDocument(s.documentId);
    expect(first.findings.filter((f) => f.status === 'fixed').map((f) => f.target)).toEqual(['Alexei Ogonkov']);
    expect(first.rows[s.rows.edited].target[0].text).toBe(EDITED_FROM);
    s.services.editing.undo(s.documentId);
    const doc = await s.services.export.exportDocument(s.documentId);
    expect(doc.findings.filter((f) => f.status === 'fixed')).toEqual([]);
    expect(doc.findings.some((f) => f.status === 'open' && f.target === 'Alexei Ogonkov')).toBe(true);

    const target = s.services.documents.get(s.documentId).rows.find((r) => r.target[0]?.current === 'Advertisement')!.target[0];
    s.services.editing.apply(s.documentId, 'fix', JSON.stringify({ keys: ['old'], checks: { 'page-furniture': 1 } }), [{ segmentId: target.id, text: '' }]);
    const after = await s.services.export.exportDocument(s.documentId);
    expect(after.measures.fixedByCheck).toEqual({ 'page-furniture': 1 });
    expect(after.findings.filter((f) => f.status === 'fixed')).toEqual([]);
    // The emptied row has no translation any more.
    expect(after.rows.find((r) => r.target.some((t) => t.id === target.id))!.state).toBe('initial');
    s.db.close();
  });

  it('names the file after the title, made safe', async () => {
    const s = await editedArticle();
    s.services.documents.rename(s.documentId, '../../etc/passwd\u0000 <Мост>: итоги?');
    const file = await s.services.export.document(s.documentId, 'xliff12');
    expect(file.fileName).toBe('etc passwd Мост итоги.xliff12.xlf');
    expect(file.mime).toBe('application/xliff+xml');
    s.db.close();
  });

  it('is reachable through the contract: DOCX as base64, bad input refused', async () => {
    const s = await editedArticle();
    const ctx = { services: s.services, info: { version: 'test', dataDir: '', shell: 'cli' as const } };
    const out = await dispatch('export.document', { documentId: s.documentId, format: 'docx', options: { captions: false } }, ctx);
    expect(out.ok).toBe(true);
    const value = (out as { value: { fileName: string; encoding: string; data: string } }).value;
    expect(value.encoding).toBe('base64');
    expect(value.fileName).toMatch(/\.docx$/);
    const html = (await mammoth.convertToHtml({ buffer: Buffer.from(value.data, 'base64') })).value;
    expect(html).toMatch(/^<h1>The renovated Starovolzhsky Bridge will be opened in Tver<\/h1><p>Traffic/);
    expect(html).toContain('Alexey Ogonkov');
    expect(html).not.toContain('Photo: TASS');

    const badFormat = await dispatch('export.document', { documentId: s.documentId, format: 'pdf' }, ctx);
    expect(badFormat).toMatchObject({ ok: false, error: { code: 'bad-request' } });
    const missing = await dispatch('export.document', { documentId: 9999, format: 'txt' }, ctx);
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found', message: 'document 9999 does not exist' } });
    const report = await dispatch('export.document', { documentId: s.documentId, format: 'report', lang: 'ru' }, ctx);
    expect((report as { value: { data: string } }).value.data).toContain('<html lang="ru">');
    s.db.close();
  });
});
