import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, FIXTURE, FIXTURES, importFixture, launchBrowser, newPage, pageProblems, rowWithSource, startServer, type RunningServer } from './harness';
import { join } from 'node:path';

let server: RunningServer;
let browser: Browser;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
});
afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

describe('importing a pair through the dialog', () => {
  it('decodes both files, imports them with progress and shows the aligned rows', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(server.url);
    await expect(page.getByRole('heading', { name: 'Documents' }).isVisible()).resolves.toBe(true);

    await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a translation' });
    await dialog.waitFor();
    const start = dialog.getByRole('button', { name: 'Import', exact: true });
    expect(await start.isDisabled()).toBe(true);

    await dialog.getByTestId('source-file').setInputFiles(join(FIXTURES, 'article.ru.txt'));
    await dialog.getByTestId('target-file').setInputFiles(join(FIXTURES, 'article.en.txt'));

    // What the file turned out to be: format, encoding with confidence, and a preview of the text.
    const source = dialog.getByTestId('source-decoded');
    await source.waitFor();
    expect(await dialog.getByTestId('source-format').textContent()).toBe('TXT');
    expect(await source.getByLabel('Encoding').inputValue()).toBe('utf-8');
    expect(await source.textContent()).toMatch(/\d+%/);
    expect(await source.locator('pre').textContent()).toContain('Староволжский мост');
    await dialog.getByTestId('target-decoded').waitFor();
    expect(await dialog.getByTestId('target-decoded').locator('pre').textContent()).toContain('Starovolzhsky Bridge');

    // Overriding the encoding decodes again: the preview turns into what that encoding reads.
    await source.getByLabel('Encoding').selectOption('windows-1251');
    await expect.poll(() => source.locator('pre').textContent()).not.toContain('Староволжский');
    expect(await source.textContent()).toContain('chosen by you');
    await source.getByLabel('Encoding').selectOption('utf-8');
    await expect.poll(() => source.locator('pre').textContent()).toContain('Староволжский мост');

    await dialog.getByLabel('Title (optional)').fill('Bridge reopens');
    const stagesSeen = new Set<string>();
    const watch = setInterval(async () => {
      const text = await dialog.getByTestId('import-progress').textContent({ timeout: 50 }).catch(() => null);
      if (text) stagesSeen.add(text);
    }, 20);
    await start.click();

    await page.locator('.row').first().waitFor();
    clearInterval(watch);
    expect(await dialog.isVisible()).toBe(false);
    expect(stagesSeen.size).toBeGreaterThan(0);

    await expect.poll(() => page.getByRole('heading', { level: 1 }).textContent()).toBe('Bridge reopens');
    expect(await page.getByTestId('row-count').textContent()).toBe(`${FIXTURE.rows} rows`);

    // A known sentence and its translation are partners: the same row.
    const known = rowWithSource(page, FIXTURE.knownSource);
    expect(await known.count()).toBe(1);
    expect(await known.locator('textarea').inputValue()).toBe(FIXTURE.knownTarget);

    // Headings are marked and bold.
    const heading = rowWithSource(page, 'В Твери откроют отремонтированный Староволжский мост');
    expect(await heading.getAttribute('data-kind')).toBe('heading');
    expect(await heading.locator('.row__source').evaluate((el) => getComputedStyle(el).fontWeight)).toBe('700');

    // Furniture is dimmed, and hidden by the toggle (which is remembered).
    const furniture = rowWithSource(page, 'Перейти к основному содержанию');
    expect(await furniture.getAttribute('data-kind')).toBe('furniture');
    expect(Number(await furniture.locator('.row__source').evaluate((el) => getComputedStyle(el).opacity))).toBeLessThan(1);
    expect(await furniture.locator('textarea').inputValue()).toBe('Skip to main content');

    await page.getByLabel('Hide page furniture').check();
    await expect.poll(() => page.locator('.row[data-kind="furniture"]').count()).toBe(0);
    expect(await page.locator('.doc-toolbar__meta').textContent()).toContain(`${FIXTURE.furnitureRows} furniture rows hidden`);
    expect(await rowWithSource(page, FIXTURE.knownSource).count()).toBe(1);

    await page.reload();
    await page.locator('.row').first().waitFor();
    expect(await page.getByLabel('Hide page furniture').isChecked()).toBe(true);
    expect(await page.locator('.row[data-kind="furniture"]').count()).toBe(0);
    await page.getByLabel('Hide page furniture').uncheck();
    await expect.poll(() => page.locator('.row[data-kind="furniture"]').count()).toBeGreaterThan(0);

    // Every row can be reached: the last one is rendered once the list is scrolled to the end.
    await page.getByTestId('rows').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await expect.poll(() => page.locator(`.row[data-row="${FIXTURE.rows}"]`).count()).toBe(1);

    // The list shows the new document with its progress.
    await page.getByRole('button', { name: 'Documents' }).click();
    const listed = page.getByRole('row').filter({ hasText: 'Bridge reopens' });
    await listed.waitFor();
    expect(await listed.textContent()).toContain(`0 of ${FIXTURE.rows} rows edited`);

    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('shows an error from the server in the dialog and keeps what was entered', async () => {
    const { context, page } = await newPage(browser);
    await page.goto(server.url);
    await page.getByRole('banner').getByRole('button', { name: 'Import…' }).click();
    const dialog = page.getByRole('dialog', { name: 'Import a translation' });

    await dialog.locator('[data-side="source"]').getByText('Paste text').click();
    await dialog.getByTestId('source-paste').fill('Первое предложение оригинала.');
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isDisabled()).toBe(true);
    // A file with nothing but blank lines: decoding says so at once, and so does the import.
    await dialog.getByTestId('target-file').setInputFiles({ name: 'blank.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n\n   \n') });
    await expect.poll(() => dialog.locator('[data-side="target"] [role="alert"]').textContent()).toContain('blank.txt');
    await dialog.getByLabel('Title (optional)').fill('Kept title');
    await dialog.getByRole('button', { name: 'Import', exact: true }).click();

    const error = dialog.getByTestId('import-error');
    await error.waitFor();
    expect(await error.textContent()).toMatch(/blank\.txt: .*no text/);
    expect(await dialog.getByTestId('source-paste').inputValue()).toBe('Первое предложение оригинала.');
    expect(await dialog.getByLabel('Title (optional)').inputValue()).toBe('Kept title');
    expect(await dialog.getByRole('button', { name: 'Import', exact: true }).isEnabled()).toBe(true);
    await context.close();
  });

  it('renames and deletes documents from the list, deleting only after confirmation', async () => {
    const id = await importFixture(server, 'To be renamed');
    const { context, page } = await newPage(browser);
    await page.goto(server.url);
    const row = page.locator(`tr[data-document-id="${id}"]`);
    await row.waitFor();

    await row.getByRole('button', { name: 'Rename “To be renamed”' }).click();
    const input = row.getByLabel('New title');
    expect(await input.evaluate((el) => el === document.activeElement)).toBe(true);
    await input.fill('Renamed article');
    await input.press('Enter');
    await expect.poll(() => row.locator('.document-link').textContent()).toBe('Renamed article');
    const listed = await callApi<{ id: number; title: string }[]>(server, 'documents.list', {});
    expect(listed.find((d) => d.id === id)?.title).toBe('Renamed article');

    // Cancelling the confirmation keeps the document.
    await row.getByRole('button', { name: 'Delete “Renamed article”' }).click();
    const confirm = page.getByRole('dialog', { name: 'Delete the document?' });
    await confirm.waitFor();
    expect(await confirm.textContent()).toContain('“Renamed article”');
    await confirm.getByRole('button', { name: 'Cancel' }).click();
    expect(await row.count()).toBe(1);

    await row.getByRole('button', { name: 'Delete “Renamed article”' }).click();
    await confirm.getByRole('button', { name: 'Delete' }).click();
    await expect.poll(() => row.count()).toBe(0);
    const after = await callApi<{ id: number }[]>(server, 'documents.list', {});
    expect(after.some((d) => d.id === id)).toBe(false);
    await context.close();
  });
});
