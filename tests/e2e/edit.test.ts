import { describe, expect, it } from 'vitest';
import { callApi, FIXTURE, newPage, openDocument, pageProblems, rowWithSource, useImportedFixture } from './harness';

const app = useImportedFixture();

interface View {
  rows: { source: { current: string }[]; target: { id: number; original: string; current: string }[] }[];
}

describe('editing a translation', () => {
  it('saves as you type, survives a reload with a word diff, and undoes and redoes', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);
    const status = page.locator('.save-indicator');
    const editor = () => rowWithSource(page, FIXTURE.knownSource).locator('textarea');

    // Two bursts of typing with a pause longer than the save delay between them: two saves,
    // but one focus session, so one undo step.
    await editor().click();
    await editor().press('End');
    for (let i = 0; i < 'withstand trucks weighing up to 40 tons.'.length; i++) await editor().press('Backspace');
    await editor().pressSequentially('carry lorries', { delay: 15 });
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved');
    await editor().pressSequentially(' of up to 40 tonnes.', { delay: 15 });
    expect(await status.getAttribute('data-state')).toBe('saving');
    await expect.poll(() => status.getAttribute('data-state')).toBe('saved');
    expect(await status.textContent()).toBe('Saved');
    const edited = 'Now the bridge will carry lorries of up to 40 tonnes.';
    expect(await editor().inputValue()).toBe(edited);

    // The server has it.
    const view = await callApi<View>(app.server, 'documents.get', { id: app.documentId });
    const stored = view.rows.find((r) => r.source.some((s) => s.current === FIXTURE.knownSource))!.target[0];
    expect(stored.current).toBe(edited);
    expect(stored.original).toBe(FIXTURE.knownTarget);

    await page.reload();
    await page.locator('.row').first().waitFor();
    expect(await editor().inputValue()).toBe(edited);
    const row = rowWithSource(page, FIXTURE.knownSource);
    expect(await row.getAttribute('class')).toContain('is-edited');
    const diff = row.locator('.word-diff');
    expect(await diff.locator('del').allTextContents()).toEqual(expect.arrayContaining(['withstand', 'tons']));
    expect(await diff.locator('ins').allTextContents()).toEqual(expect.arrayContaining(['carry', 'lorries', 'tonnes']));
    expect(await diff.locator('del').first().evaluate((el) => getComputedStyle(el).textDecorationLine)).toBe('line-through');
    expect(await page.locator('.doc-toolbar__meta').textContent()).toContain('1 edited');

    // The diff can be hidden.
    await page.getByLabel('Show changes').uncheck();
    expect(await row.locator('.word-diff').count()).toBe(0);
    await page.getByLabel('Show changes').check();

    // Undo after the reload: the whole typing session goes at once, back to the machine translation.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor().inputValue()).toBe(FIXTURE.knownTarget);
    expect(await row.locator('.word-diff').count()).toBe(0);
    expect(await page.getByRole('button', { name: 'Undo' }).isDisabled()).toBe(true);

    // Redo from inside the editor: the shortcut is the document's, not the textarea's own undo.
    await editor().click();
    await page.keyboard.press('Control+Shift+z');
    await expect.poll(() => editor().inputValue()).toBe(edited);
    expect(await page.getByRole('button', { name: 'Redo' }).isDisabled()).toBe(true);

    // Ctrl+Z inside the editor also goes to the server; Ctrl+Y redoes.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor().inputValue()).toBe(FIXTURE.knownTarget);
    await page.keyboard.press('Control+y');
    await expect.poll(() => editor().inputValue()).toBe(edited);

    // And the toolbar buttons do the same.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => editor().inputValue()).toBe(FIXTURE.knownTarget);
    await page.getByRole('button', { name: 'Redo' }).click();
    await expect.poll(() => editor().inputValue()).toBe(edited);

    const after = await callApi<View>(app.server, 'documents.get', { id: app.documentId });
    expect(after.rows.find((r) => r.source.some((s) => s.current === FIXTURE.knownSource))!.target[0].current).toBe(edited);

    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('undoes an edit whose typing was still waiting to be saved', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);
    const editor = rowWithSource(page, 'Горожане ждали открытия с весны.').locator('textarea');
    const before = await editor.inputValue();
    await editor.click();
    await editor.press('End');
    await editor.pressSequentially(' Indeed.');
    // No waiting for the save: undo flushes it first and then takes it back.
    await page.keyboard.press('Control+z');
    await expect.poll(() => editor.inputValue()).toBe(before);
    await expect.poll(() => page.locator('.save-indicator').getAttribute('data-state')).toBe('saved');
    const view = await callApi<View>(app.server, 'documents.get', { id: app.documentId });
    expect(view.rows.find((r) => r.source.some((s) => s.current === 'Горожане ждали открытия с весны.'))!.target[0].current).toBe(before);
    await context.close();
  });
});
