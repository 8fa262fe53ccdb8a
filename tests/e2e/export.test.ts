import { readFile } from 'node:fs/promises';
import mammoth from 'mammoth';
import type { Download, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, importReviewFixture, newPage, openDocument, pageProblems, rowWithSource, useImportedFixture } from './harness';

// The review pair (tests/fixtures/e2e/review): "Kiev" twice, forbidden by the glossary made below.
const TITLE = 'Regional policy conference';
const CONFERENCE_RU = 'Конференция по региональной политике открылась в Киеве во вторник.';
const CONFERENCE_MT = 'A conference on regional policy opened in Kiev on Tuesday.';
const CONFERENCE_FIXED = 'A conference on regional policy opened in Kyiv on Tuesday.';
const LAST_RU = 'Следующая встреча пройдёт осенью.';
const LAST_EDITED = 'The next meeting will take place in the autumn.';

const app = useImportedFixture(async (server) => (await importReviewFixture(server, TITLE)).documentId);

/** Picks a format in the open Export dialog and exports; resolves with the browser's download. */
async function exportAs(page: Page, format: string): Promise<Download> {
  const dialog = page.getByRole('dialog', { name: 'Export' });
  await dialog.getByRole('radio', { name: format }).check();
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByRole('button', { name: 'Export', exact: true }).click()]);
  return download;
}

async function downloaded(download: Download): Promise<Buffer> {
  const path = await download.path();
  expect(path, `download failed: ${await download.failure()}`).toBeTruthy();
  return readFile(path!);
}

describe('exporting a reviewed article', () => {
  it('downloads the corrected article as DOCX and as XLIFF 2.0, with an edit typed just before', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);

    // Fix the first "Kiev" from the findings panel.
    const forbidden = page.getByRole('tabpanel').locator('[data-check="forbidden-term"]');
    await forbidden.locator('.finding__main').first().click();
    await page.keyboard.press('Enter');
    const conference = rowWithSource(page, CONFERENCE_RU).locator('textarea');
    await expect.poll(() => conference.inputValue()).toBe(CONFERENCE_FIXED);

    // A hand edit, and Export straight away: the dialog waits for the save before exporting.
    const last = rowWithSource(page, LAST_RU).locator('textarea');
    await last.click();
    await last.fill(LAST_EDITED);
    await page.getByRole('button', { name: 'Export…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Export' });
    await dialog.waitFor();
    // Furniture is left out and captions kept unless asked otherwise; the report speaks the UI's language.
    expect(await dialog.getByLabel('Include page furniture', { exact: false }).isChecked()).toBe(false);
    expect(await dialog.getByLabel('Keep photo captions and credits').isChecked()).toBe(true);
    expect(await dialog.getByLabel('Report language').inputValue()).toBe('en');
    await page.screenshot({ path: '/tmp/sverka-export-dialog.png' });

    const docx = await exportAs(page, 'Word (.docx)');
    expect(docx.suggestedFilename()).toBe(`${TITLE}.docx`);
    const bytes = await downloaded(docx);
    expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    const { value: text } = await mammoth.extractRawText({ buffer: bytes });
    expect(text).toContain(CONFERENCE_FIXED);
    expect(text).toContain(LAST_EDITED);
    expect(text).not.toContain(CONFERENCE_MT);
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`“${TITLE}.docx” downloaded.`);

    // The same dialog, another format: the bilingual file for a CAT tool.
    const xliff = await exportAs(page, 'XLIFF 2.0 (.xlf)');
    expect(xliff.suggestedFilename()).toBe(`${TITLE}.xlf`);
    const xml = (await downloaded(xliff)).toString('utf8');
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="UTF-8"\?>\n<xliff xmlns="urn:oasis:names:tc:xliff:document:2.0" version="2.0" srcLang="ru" trgLang="en">/);
    // Each segment pairs the original with the translation as corrected.
    const pairs = [...xml.matchAll(/<segment[^>]*>\s*<source[^>]*>([^<]*)<\/source>\s*<target[^>]*>([^<]*)<\/target>/g)].map((m) => [m[1], m[2]]);
    expect(pairs).toHaveLength(10);
    expect(pairs).toContainEqual([CONFERENCE_RU, CONFERENCE_FIXED]);
    expect(pairs).toContainEqual([LAST_RU, LAST_EDITED]);
    // The machine translation as imported travels along as a note.
    expect(xml).toContain(`<note category="x-sverka-mt" appliesTo="target">${CONFERENCE_MT}</note>`);
    await expect.poll(() => dialog.getByRole('status').textContent()).toBe(`“${TITLE}.xlf” downloaded.`);

    // Escape closes it; the choice of format is remembered for next time.
    await page.keyboard.press('Escape');
    await dialog.waitFor({ state: 'detached' });
    await page.getByRole('button', { name: 'Export…' }).click();
    expect(await dialog.getByRole('radio', { name: 'XLIFF 2.0 (.xlf)' }).isChecked()).toBe(true);

    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('refuses files.save outside the desktop app, saying the browser downloads instead', async () => {
    await expect(callApi(app.server, 'files.save', { fileName: 'x.txt', mime: 'text/plain', encoding: 'utf-8', data: 'x' })).rejects.toThrow(
      'files.save: saving to a chosen file needs the desktop app; the browser downloads instead',
    );
  });
});
