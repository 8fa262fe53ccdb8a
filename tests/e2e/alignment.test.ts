import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { FIXTURE, newPage, openDocument, pageProblems, rowWithSource, useImportedFixture } from './harness';

const app = useImportedFixture();

const FIRST = { ru: 'Горожане ждали открытия с весны.', en: 'Citizens have been waiting for the opening since spring.' };
const SECOND = {
  ru: 'Многие жаловались на пробки в центре и на долгую дорогу на работу.',
  en: 'Many complained about traffic jams in the center and the long commute to work.',
};

async function openRowMenu(page: Page, sourceText: string) {
  await rowWithSource(page, sourceText).getByRole('button', { name: /^Actions for row/ }).click();
  const menu = page.getByRole('menu');
  await menu.waitFor();
  return menu;
}

const targets = (page: Page, sourceText: string) => rowWithSource(page, sourceText).locator('textarea').evaluateAll((els) => els.map((e) => (e as HTMLTextAreaElement).value));

describe('correcting the alignment', () => {
  it('merges two rows and splits them back through the row menu', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);
    const count = page.getByTestId('row-count');
    expect(await count.textContent()).toBe(`${FIXTURE.rows} rows`);

    // Merge the row with the next one.
    const menu = await openRowMenu(page, FIRST.ru);
    // The menu is keyboard-driven: focus starts on the first item.
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Merge with the next row');
    await menu.getByRole('menuitem', { name: 'Merge with the next row' }).click();
    await expect.poll(() => count.textContent()).toBe(`${FIXTURE.rows - 1} rows`);
    const merged = rowWithSource(page, FIRST.ru);
    expect(await merged.locator('.row__source').textContent()).toBe(`${FIRST.ru} ${SECOND.ru}`);
    expect(await targets(page, FIRST.ru)).toEqual([FIRST.en, SECOND.en]);

    // It stays merged after a reload: the server has it.
    await page.reload();
    await page.locator('.row').first().waitFor();
    expect(await count.textContent()).toBe(`${FIXTURE.rows - 1} rows`);

    // Split after the first sentence on both sides (the panel's default).
    const again = await openRowMenu(page, FIRST.ru);
    await again.getByRole('menuitem', { name: 'Split the row…' }).click();
    const panel = page.getByRole('form', { name: 'Split the row' });
    await panel.waitFor();
    expect(await panel.getByLabel('Original keeps').inputValue()).toBe('1');
    expect(await panel.getByLabel('Translation keeps').inputValue()).toBe('1');
    // Keeping everything is not a split.
    await panel.getByLabel('Original keeps').selectOption('2');
    await panel.getByLabel('Translation keeps').selectOption('2');
    expect(await panel.getByRole('button', { name: 'Split' }).isDisabled()).toBe(true);
    await panel.getByLabel('Original keeps').selectOption('1');
    await panel.getByLabel('Translation keeps').selectOption('1');
    await panel.getByRole('button', { name: 'Split' }).click();

    await expect.poll(() => count.textContent()).toBe(`${FIXTURE.rows} rows`);
    expect(await rowWithSource(page, FIRST.ru).locator('.row__source').textContent()).toBe(FIRST.ru);
    expect(await targets(page, FIRST.ru)).toEqual([FIRST.en]);
    expect(await targets(page, SECOND.ru)).toEqual([SECOND.en]);
    const numbers = await Promise.all([FIRST.ru, SECOND.ru].map((t) => rowWithSource(page, t).getAttribute('data-row')));
    expect(Number(numbers[1]) - Number(numbers[0])).toBe(1);

    // Moving a translated sentence down and back up again.
    const move = await openRowMenu(page, FIRST.ru);
    await move.getByRole('menuitem', { name: 'Move the last translated sentence down' }).click();
    await expect.poll(() => targets(page, SECOND.ru)).toEqual([FIRST.en, SECOND.en]);
    expect(await rowWithSource(page, FIRST.ru).locator('.row__empty').textContent()).toBe('no translation');
    const back = await openRowMenu(page, SECOND.ru);
    await back.getByRole('menuitem', { name: 'Move the first translated sentence up' }).click();
    await expect.poll(() => targets(page, FIRST.ru)).toEqual([FIRST.en]);
    expect(await targets(page, SECOND.ru)).toEqual([SECOND.en]);
    expect(await count.textContent()).toBe(`${FIXTURE.rows} rows`);

    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('highlights the partner of the focused sentence', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);
    const row = rowWithSource(page, FIXTURE.knownSource);
    await row.locator('textarea').focus();
    expect(await row.getAttribute('class')).toContain('is-active-target');
    const background = await row.locator('.row__source').evaluate((el) => getComputedStyle(el).backgroundColor);
    const other = await rowWithSource(page, FIRST.ru).locator('.row__source').evaluate((el) => getComputedStyle(el).backgroundColor);
    expect(background).not.toBe(other);
    await rowWithSource(page, FIRST.ru).locator('.row__source').click();
    expect(await rowWithSource(page, FIRST.ru).getAttribute('class')).toContain('is-active-source');
    expect(await row.getAttribute('class')).not.toContain('is-active');
    await context.close();
  });
});
