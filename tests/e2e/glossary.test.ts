import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, newPage, openDocument, pageProblems, rowWithSource, useImportedFixture } from './harness';

const app = useImportedFixture();

const HEADLINE = 'В Твери откроют отремонтированный Староволжский мост';
const NAME_RU = 'Староволжский мост';
const NAME_EN = 'Starovolzhsky Bridge';
/** Rows whose original names the bridge: the headline, the dative "Староволжскому мосту", the caption. */
const MENTIONS = ['Староволжский мост', 'Староволжскому мосту', 'Староволжский'];

/** Selects words of a row's original the way a mouse does: a DOM range, then the mouseup. */
async function selectInSource(page: Page, sentence: string, words: string) {
  await page.evaluate(
    ([sentence, words]) => {
      const cell = [...document.querySelectorAll('.row__source .sentence')].find((el) => el.textContent?.includes(sentence))!;
      const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
      let node: Node | null;
      while ((node = walker.nextNode()) && !node.textContent!.includes(words));
      const start = node!.textContent!.indexOf(words);
      const range = document.createRange();
      range.setStart(node!, start);
      range.setEnd(node!, start + words.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      cell.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
    },
    [sentence, words],
  );
}

/** Selects words in a translation textarea, as dragging over them would. */
async function selectInTarget(page: Page, sentence: string, words: string) {
  await rowWithSource(page, sentence)
    .locator('textarea')
    .evaluate((area: HTMLTextAreaElement, words) => {
      const start = area.value.indexOf(words);
      area.setSelectionRange(start, start + words.length);
      area.dispatchEvent(new Event('select', { bubbles: true }));
    }, words);
}

const sourceMarks = (page: Page, sentence: string) => rowWithSource(page, sentence).locator('.row__source mark.hl--term');
const targetMarks = (page: Page, sentence: string) => rowWithSource(page, sentence).locator('.grow-wrap__backdrop mark');

describe('the glossary panel', () => {
  it('makes a glossary, adds a name from a selection, highlights, finds, edits, deletes and undoes', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);
    await page.getByRole('tab', { name: 'Glossary' }).click();
    const panel = page.locator('.glossary-panel');

    // No glossary yet: the panel offers to create one, named after the document.
    await panel.getByText('This document uses no glossary yet').waitFor();
    await panel.getByRole('button', { name: 'Create a glossary' }).click();
    expect(await panel.getByLabel('Glossary name').inputValue()).toBe('Starovolzhsky Bridge');
    await panel.getByLabel('Glossary name').fill('Tver news');
    await panel.getByRole('button', { name: 'Create', exact: true }).click();
    await panel.getByRole('button', { name: 'Add selection' }).waitFor();
    await expect.poll(async () => (await callApi<{ glossaryIds: number[] }>(app.server, 'glossaries.forDocument', { documentId: app.documentId })).glossaryIds.length).toBe(1);
    const [glossary] = await callApi<{ id: number; name: string }[]>(app.server, 'glossaries.list', {});
    expect(glossary.name).toBe('Tver news');

    // Russian words in the original, their English in the translation, then "Add selection".
    await selectInSource(page, HEADLINE, NAME_RU);
    await selectInTarget(page, HEADLINE, NAME_EN);
    await panel.getByRole('button', { name: 'Add selection' }).click();
    const editor = panel.locator('form.concept-editor');
    expect(await editor.getByLabel('Russian term 1', { exact: true }).inputValue()).toBe(NAME_RU);
    expect(await editor.getByLabel('English term 1', { exact: true }).inputValue()).toBe(NAME_EN);
    // What the machine wrote sits beside the transliterations of the Russian.
    expect(await editor.locator('.renderings__column').nth(1).textContent()).toContain(NAME_EN);
    await expect.poll(() => editor.locator('.renderings__column').first().locator('.rendering-choice').count()).toBeGreaterThan(0);
    await editor.getByLabel('Type').selectOption('place');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });

    // Highlighted in both panes of every row that names it, the dative case form included.
    for (const sentence of MENTIONS) {
      await expect.poll(() => sourceMarks(page, sentence).count(), { message: sentence }).toBeGreaterThan(0);
      await expect.poll(() => targetMarks(page, sentence).allTextContents(), { message: sentence }).toContain(NAME_EN);
    }
    expect(await sourceMarks(page, 'Староволжскому мосту').first().textContent()).toBe('Староволжскому мосту');
    expect(await sourceMarks(page, HEADLINE).first().getAttribute('title')).toBe(`Glossary: ${NAME_EN}`);
    expect(await rowWithSource(page, HEADLINE).locator('textarea').getAttribute('title')).toBe(`Glossary: ${NAME_EN}`);
    // A row that does not name it has no mark.
    expect(await sourceMarks(page, 'Горожане ждали открытия с весны.').count()).toBe(0);

    // Found by the search as you type, in Russian and in English, and by its type.
    const search = panel.getByLabel('Search the glossary');
    const items = panel.locator('.concept-list__item');
    await search.fill('старово');
    await expect.poll(() => items.allTextContents()).toEqual([expect.stringContaining(`${NAME_RU} → approved English:${NAME_EN}`)]);
    await search.fill('Starovol');
    await expect.poll(() => items.count()).toBe(1);
    await search.fill('Ogonkov');
    await panel.getByText('Nothing found.').waitFor();
    await search.fill('');
    await panel.getByLabel('Type', { exact: true }).selectOption('person');
    await panel.getByText('Nothing found.').waitFor();
    await panel.getByLabel('Type', { exact: true }).selectOption('place');
    await expect.poll(() => items.count()).toBe(1);
    expect(await items.first().locator('.type-badge').textContent()).toBe('Place');

    // "In this document": with its count; clicking it shows its first row.
    await panel.getByRole('tab', { name: 'In this document' }).click();
    await expect.poll(() => items.first().locator('.concept-list__count').textContent()).toBe('3 occurrences');
    await page.locator('.rows-scroll').evaluate((el) => el.scrollTo(0, el.scrollHeight));
    await items.first().getByRole('button', { name: `Show “${NAME_RU}” in the document` }).click();
    await expect.poll(() => rowWithSource(page, HEADLINE).getAttribute('class')).toContain('is-active');

    // A new approved English; the old one stays admitted, so it is still marked, with the new tooltip.
    await items.first().getByRole('button', { name: `Edit “${NAME_RU}”` }).click();
    await editor.getByRole('button', { name: 'Add an English variant' }).click();
    await editor.getByLabel('English term 2', { exact: true }).fill('Old Volga Bridge');
    await editor.getByLabel('Status of English term 2').selectOption('preferred');
    await editor.getByLabel('Status of English term 1').selectOption('admitted');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    await expect.poll(() => rowWithSource(page, HEADLINE).locator('textarea').getAttribute('title')).toBe('Glossary: Old Volga Bridge');
    expect(await sourceMarks(page, HEADLINE).first().getAttribute('title')).toBe('Glossary: Old Volga Bridge');
    expect(await targetMarks(page, HEADLINE).allTextContents()).toContain(NAME_EN);

    // A variant made forbidden is struck through in the list and marked as forbidden in the text.
    await items.first().getByRole('button', { name: `Edit “${NAME_RU}”` }).click();
    await editor.getByLabel('Status of English term 1').selectOption('forbidden');
    await editor.getByRole('button', { name: 'Save' }).click();
    await expect.poll(() => rowWithSource(page, HEADLINE).locator('.grow-wrap__backdrop mark.hl--forbidden').allTextContents()).toContain(NAME_EN);
    expect(await items.first().locator('s').textContent()).toBe(NAME_EN);

    // Delete takes the highlights away; Undo brings the term and its highlights back.
    await items.first().getByRole('button', { name: `Delete “${NAME_RU}”` }).click();
    await expect.poll(() => sourceMarks(page, HEADLINE).count()).toBe(0);
    expect(await items.count()).toBe(0);
    const toast = panel.locator('.undo-toast');
    expect(await toast.textContent()).toContain(`“${NAME_RU}” deleted.`);
    await toast.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => sourceMarks(page, HEADLINE).count()).toBeGreaterThan(0);
    await expect.poll(() => items.count()).toBe(1);
    await toast.waitFor({ state: 'detached' });
    const concepts = await callApi<{ terms: { text: string; status: string }[] }[]>(app.server, 'concepts.list', { glossaryIds: [glossary.id] });
    expect(concepts).toHaveLength(1);
    expect(concepts[0].terms.map((x) => [x.text, x.status])).toEqual(
      expect.arrayContaining([
        [NAME_RU, 'preferred'],
        ['Old Volga Bridge', 'preferred'],
        [NAME_EN, 'forbidden'],
      ]),
    );

    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('adds a candidate in one click, and it leaves the list', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);
    await page.getByRole('tab', { name: 'Glossary' }).click();
    const panel = page.locator('.glossary-panel');
    await panel.getByRole('tab', { name: 'Candidates' }).click();
    const addButtons = panel.locator('.candidate').getByRole('button', { name: /^Add “.+” as proposed$/ });
    await expect.poll(() => addButtons.count()).toBeGreaterThan(0);
    const before = await panel.locator('.candidate').count();
    const label = (await addButtons.first().getAttribute('aria-label'))!;
    const lemma = /^Add “(.+)” as proposed$/.exec(label)![1];
    await addButtons.first().click();
    await expect.poll(() => panel.locator('.candidate').count()).toBe(before - 1);
    expect(await panel.getByRole('button', { name: label }).count()).toBe(0);
    const found = await callApi<unknown[]>(app.server, 'concepts.list', { query: lemma });
    expect(found.length).toBeGreaterThan(0);
    // Now highlighted in the document too.
    await expect.poll(() => page.locator('.row__source mark.hl--term').allTextContents()).toEqual(expect.arrayContaining([expect.stringContaining(lemma.split(' ')[0].slice(0, 4))]));

    // A case form selected in the original, added by the shortcut as a variant of the bridge;
    // the shortcut works from the Findings tab too and brings the Glossary tab forward.
    await page.getByRole('tab', { name: 'Findings' }).click();
    const dative = 'Движение по Староволжскому мосту';
    await selectInSource(page, dative, 'Староволжскому мосту');
    await selectInTarget(page, dative, 'Starovolzhsky Bridge');
    await page.keyboard.press('Control+Shift+G');
    expect(await page.getByRole('tab', { name: 'Glossary' }).getAttribute('aria-selected')).toBe('true');
    const editor = panel.locator('form.concept-editor');
    await editor.getByLabel('A variant of an existing term').check();
    expect(await editor.getByLabel('Russian (added as admitted)').inputValue()).toBe('Староволжскому мосту');
    await editor.getByLabel('Find the term it belongs to').fill('old volga');
    await editor.getByRole('radio', { name: /Староволжский мост/ }).check();
    await editor.getByLabel('The English is').selectOption('forbidden');
    await editor.getByRole('button', { name: 'Save' }).click();
    await editor.waitFor({ state: 'detached' });
    const [bridge] = await callApi<{ terms: { lang: string; text: string; status: string }[] }[]>(app.server, 'concepts.list', { query: 'Староволжский' });
    expect(bridge.terms.filter((x) => x.lang === 'ru').map((x) => [x.text, x.status])).toEqual([
      ['Староволжский мост', 'preferred'],
      ['Староволжскому мосту', 'admitted'],
    ]);
    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('lists glossaries with their terms, renames one in place and deletes it after saying what goes with it', async () => {
    const { context, page } = await newPage(app.browser);
    await page.goto(app.server.url);
    await page.getByRole('navigation').getByRole('button', { name: 'Glossaries' }).click();
    await page.getByRole('heading', { name: 'Glossaries' }).waitFor();
    expect(page.url()).toContain('#/glossaries');
    const row = page.locator('tr', { hasText: 'Tver news' });
    expect(await row.locator('td').nth(1).textContent()).toBe('2 terms');

    await row.getByRole('button', { name: 'Rename “Tver news”' }).click();
    await page.getByLabel('New glossary name').last().fill('Tver names');
    await page.getByRole('button', { name: 'Save' }).click();
    await page.locator('tr', { hasText: 'Tver names' }).waitFor();

    await page.getByLabel('New glossary name').fill('Spare');
    await page.getByRole('button', { name: 'Create', exact: true }).click();
    await page.locator('tr', { hasText: 'Spare' }).waitFor();

    await page.getByRole('button', { name: 'Delete “Tver names”' }).click();
    const dialog = page.getByRole('dialog', { name: 'Delete the glossary?' });
    expect(await dialog.textContent()).toContain('“Tver names” and its 2 terms will be deleted');
    await dialog.getByRole('button', { name: 'Delete glossary' }).click();
    await page.locator('tr', { hasText: 'Tver names' }).waitFor({ state: 'detached' });
    const left = await callApi<{ name: string }[]>(app.server, 'glossaries.list', {});
    expect(left.map((g) => g.name)).toEqual(['Spare']);
    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });
});
