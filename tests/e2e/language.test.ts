import { describe, expect, it } from 'vitest';
import { FIXTURE, newPage, openDocument, useImportedFixture } from './harness';

const app = useImportedFixture();

/** The Russian noun after a number, by the grammar rule (not by the app's own plural data). */
function russianRows(n: number): string {
  const last = n % 10;
  const lastTwo = n % 100;
  if (last === 1 && lastTwo !== 11) return `${n} строка`;
  if (last >= 2 && last <= 4 && (lastTwo < 12 || lastTwo > 14)) return `${n} строки`;
  return `${n} строк`;
}

describe('the interface language', () => {
  it('switches to Russian at run time, with Russian plurals, and is remembered', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);
    expect(await page.getByTestId('row-count').textContent()).toBe(`${FIXTURE.rows} rows`);
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    // A finding of the review, in English for now.
    const furniture = page.getByRole('tabpanel').locator('[data-check="page-furniture"] .finding').first();
    await expect.poll(() => furniture.locator('.finding__message').textContent()).toBe('Page furniture, not part of the article: "Skip to main content"');
    expect(await furniture.locator('.finding__fix-label').textContent()).toBe('Delete');

    await page.getByLabel('Language').selectOption('ru');

    await expect.poll(() => page.getByTestId('row-count').textContent()).toBe(russianRows(FIXTURE.rows));
    expect(await page.locator('html').getAttribute('lang')).toBe('ru');
    // The same finding reads in Russian, the article's words kept as they are.
    await expect.poll(() => furniture.locator('.finding__message').textContent()).toBe('Элемент страницы, не часть статьи: «Skip to main content»');
    expect(await furniture.locator('.finding__fix-label').textContent()).toBe('Удалить');
    expect(await furniture.getByRole('button', { name: 'Удалить (строка 1)' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Документы' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Импорт…' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Отменить' }).count()).toBe(1);
    expect(await page.getByRole('button', { name: 'Повторить' }).count()).toBe(1);
    expect(await page.getByLabel('Скрыть служебные строки').count()).toBe(1);
    expect(await page.getByLabel('Показывать правки').count()).toBe(1);
    expect(await page.locator('.columns-header').textContent()).toContain('Оригинал (русский)');
    expect(await page.locator('.save-indicator').textContent()).toBe('Правки сохраняются по мере ввода');
    expect(await page.locator('.badge--heading').first().textContent()).toBe('Заголовок');
    // No English left in the toolbar.
    expect(await page.locator('.doc-toolbar').textContent()).not.toMatch(/\b(Undo|Redo|Hide|Show|rows?|edited)\b/);

    // Another count, another form: hiding furniture leaves a different number of rows to count.
    await page.getByLabel('Скрыть служебные строки').check();
    await expect.poll(() => page.locator('.doc-toolbar__meta').textContent()).toContain(`скрыто ${FIXTURE.furnitureRows} служебных строк`);

    // The document list speaks Russian too, with its own plural.
    await page.getByRole('button', { name: 'Документы' }).click();
    await page.getByRole('heading', { name: 'Документы' }).waitFor();
    await expect.poll(() => page.locator('.page-heading').textContent()).toContain('1 документ');
    await page.getByRole('table').waitFor();
    expect(await page.getByRole('columnheader').allTextContents()).toEqual(expect.arrayContaining(['Название', 'Ход работы']));

    // Remembered across a reload.
    await page.reload();
    await page.getByRole('heading', { name: 'Документы' }).waitFor();
    expect(await page.getByLabel('Язык').inputValue()).toBe('ru');

    await page.getByLabel('Язык').selectOption('en');
    await page.getByRole('heading', { name: 'Documents' }).waitFor();
    await expect.poll(() => page.locator('.page-heading').textContent()).toContain('1 document');
    await context.close();
  });
});
