import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { callApi, importReviewFixture, newPage, openDocument, pageProblems, rowWithSource, useImportedFixture } from './harness';

// The pair in tests/fixtures/e2e/review: Киев rendered "Kiev" twice (forbidden by the glossary made
// below), Андрей Клинцевич as "Andrei" once and "Andrey" twice, Сергей Рябков as "Sergei" twice and
// "Sergey" once. One row per sentence.
const SOURCE = {
  kievConference: 'Конференция по региональной политике открылась в Киеве',
  kievParticipants: 'Участники из Киева',
  andreiSpoke: 'Андрей Клинцевич выступил',
  andreyPromised: 'Андрей Клинцевич пообещал',
  andreyAccording: 'По словам Андрея Клинцевича',
  sergeyAlso: 'Сергей Рябков также',
} as const;

let glossaryId: number;

interface Finding {
  check: string;
  key: string;
  dismissed: boolean;
  target?: { text: string };
}

const app = useImportedFixture(async (server) => {
  let documentId: number;
  ({ documentId, glossaryId } = await importReviewFixture(server, 'Regional policy conference'));
  return documentId;
});

const panel = (page: Page) => page.getByRole('tabpanel');
const checkCount = (page: Page, check: string) => panel(page).getByTestId(`count-${check}`);
const countOf = async (page: Page, check: string) => {
  const badge = checkCount(page, check);
  return (await badge.count()) === 0 ? 0 : Number(await badge.textContent());
};
const editor = (page: Page, source: string) => rowWithSource(page, source).locator('textarea');
const findingsOnServer = async () => (await callApi<{ findings: Finding[] }>(app.server, 'review.findings', { documentId: app.documentId })).findings;

describe('the findings panel', () => {
  it('fixes one finding, fixes a group after a preview, undoes, dismisses for good and learns from a hand edit', async () => {
    const { context, page } = await newPage(app.browser);
    await openDocument(page, app.server, app.documentId);

    // The glossary's forbidden rendering and the two inconsistent names are listed with counts.
    await expect.poll(() => countOf(page, 'forbidden-term')).toBe(2);
    expect(await countOf(page, 'inconsistent-rendering')).toBe(2);
    const total = () => panel(page).getByTestId('findings-total').textContent();
    const before = await total();
    expect(before).toMatch(/^\d+ findings$/);
    const hter = () => panel(page).getByTestId('measures-hter').textContent();
    expect(await hter()).toBe('HTER 0%');
    const forbiddenGroup = panel(page).locator('[data-check="forbidden-term"]');
    await expect.poll(() => forbiddenGroup.locator('.finding').first().textContent()).toContain('Replace with "Kyiv"');
    expect(await forbiddenGroup.locator('.severity').first().textContent()).toBe('Error');

    // Selecting it marks the Russian and the English words in the row; Enter applies its fix.
    const first = forbiddenGroup.locator('.finding__main').first();
    await first.click();
    expect(await first.getAttribute('aria-current')).toBe('true');
    const conference = rowWithSource(page, SOURCE.kievConference);
    await expect.poll(() => conference.locator('.row__source [data-hl="selected"]').textContent()).toBe('Киеве');
    expect(await conference.locator('.row__target [data-hl="selected"]').textContent()).toBe('Kiev');
    await page.keyboard.press('Enter');
    await expect.poll(() => editor(page, SOURCE.kievConference).inputValue()).toBe('A conference on regional policy opened in Kyiv on Tuesday.');
    await expect.poll(() => countOf(page, 'forbidden-term')).toBe(1);
    // The measures follow: the document has been post-edited, the row says by how much.
    await expect.poll(hter).not.toBe('HTER 0%');
    expect(await panel(page).getByTestId('measures-rows').textContent()).toBe('1 row edited');
    expect(await panel(page).getByTestId('measures-fixed').textContent()).toContain('Forbidden term 1');
    expect(await conference.locator('.row__hter').getAttribute('title')).toMatch(/^HTER 0\.\d\d · 2 characters$/);
    // The selection moved on to the finding now in its place, which keeps the keyboard focus.
    await expect.poll(() => page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).toBe('true');

    // Fix all on the inconsistent renderings: a preview with a word diff per sentence, then one edit.
    await panel(page).getByRole('button', { name: 'Fix all: Inconsistent rendering' }).click();
    const dialog = page.getByRole('dialog', { name: 'Fix all: Inconsistent rendering' });
    await expect.poll(() => dialog.locator('.fix-preview__change').count()).toBe(2);
    expect(await dialog.getByTestId('preview-summary').textContent()).toBe('2 sentences will change:');
    expect(await dialog.locator('.fix-preview__row').allTextContents()).toEqual(['Row 3', 'Row 8']);
    expect(await dialog.locator('del').allTextContents()).toEqual(['Andrei', 'Sergey']);
    expect(await dialog.locator('ins').allTextContents()).toEqual(['Andrey', 'Sergei']);
    await dialog.getByRole('button', { name: 'Apply 2 fixes' }).click();
    await expect.poll(() => editor(page, SOURCE.andreiSpoke).inputValue()).toMatch(/^Andrey Klintsevich spoke/);
    expect(await editor(page, SOURCE.sergeyAlso).inputValue()).toMatch(/^Sergei Ryabkov also/);
    await expect.poll(() => countOf(page, 'inconsistent-rendering')).toBe(0);
    expect(await panel(page).getByRole('status').textContent()).toBe('2 fixes applied.');

    // Undo takes the whole fix-all back in one step; the findings come back.
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => editor(page, SOURCE.andreiSpoke).inputValue()).toMatch(/^Andrei Klintsevich spoke/);
    expect(await editor(page, SOURCE.sergeyAlso).inputValue()).toMatch(/^Sergey Ryabkov also/);
    await expect.poll(() => countOf(page, 'inconsistent-rendering')).toBe(2);
    expect(await editor(page, SOURCE.kievConference).inputValue()).toContain('Kyiv');

    // The editor may keep the minority spelling instead: picked in the preview, the other places change.
    await panel(page).getByRole('button', { name: 'Fix all: Андрей Клинцевич' }).click();
    const pick = page.getByRole('dialog', { name: 'Fix all: Inconsistent rendering: Андрей Клинцевич' });
    await expect.poll(() => pick.locator('.fix-preview__change').count()).toBe(1);
    await pick.getByRole('radio', { name: 'Andrei' }).check();
    await expect.poll(() => pick.locator('.fix-preview__change').count()).toBe(2);
    expect(await pick.locator('del').allTextContents()).toEqual(['Andrey', 'Andrey']);
    await pick.getByRole('button', { name: 'Apply 2 fixes' }).click();
    await expect.poll(() => editor(page, SOURCE.andreyAccording).inputValue()).toMatch(/^According to Andrei Klintsevich,/);
    expect(await editor(page, SOURCE.andreiSpoke).inputValue()).toMatch(/^Andrei Klintsevich spoke/);
    await page.getByRole('button', { name: 'Undo' }).click();
    await expect.poll(() => editor(page, SOURCE.andreyAccording).inputValue()).toMatch(/^According to Andrey Klintsevich,/);
    await expect.poll(() => countOf(page, 'inconsistent-rendering')).toBe(2);

    // F8 walks the findings from anywhere.
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    await page.keyboard.press('F8');
    expect(await panel(page).locator('.finding__main[aria-current="true"]').count()).toBe(1);

    // Dismiss the other "Kiev": gone from the list, and still gone after a reload.
    const participants = forbiddenGroup.locator('.finding').filter({ hasText: 'Row 5' });
    await participants.getByRole('button', { name: 'Dismiss the finding in row 5' }).click();
    await expect.poll(() => countOf(page, 'forbidden-term')).toBe(0);
    expect((await findingsOnServer()).filter((f) => f.check === 'forbidden-term').map((f) => f.dismissed)).toEqual([true]);
    await page.reload();
    await page.locator('.row').first().waitFor();
    await expect.poll(() => countOf(page, 'inconsistent-rendering')).toBe(2);
    expect(await countOf(page, 'forbidden-term')).toBe(0);
    // Shown on request, greyed, with Restore.
    await panel(page).getByLabel('Show dismissed (1)').check();
    const dismissed = panel(page).locator('.finding.is-dismissed');
    await expect.poll(() => dismissed.count()).toBe(1);
    expect(await dismissed.textContent()).toContain('Row 5');
    expect(await dismissed.getByRole('button', { name: 'Restore the finding in row 5' }).isVisible()).toBe(true);
    await panel(page).getByLabel('Show dismissed (1)').uncheck();

    // A hand correction of a name: the panel offers to record it and fix the other place.
    const promised = editor(page, SOURCE.andreyPromised);
    await promised.click();
    await promised.fill((await promised.inputValue()).replace('Andrey', 'Andrei'));
    await page.locator('body').click({ position: { x: 5, y: 5 } });
    const prompt = panel(page).getByTestId('learn-prompt');
    await expect.poll(() => prompt.locator('.learn-prompt__question').textContent()).toBe(
      'Record “Andrei Klintsevich” (instead of “Andrey Klintsevich”) in the glossary and fix 1 other place?',
    );
    expect(await prompt.getByLabel('Glossary').inputValue()).toBe(String(glossaryId));
    await prompt.getByRole('button', { name: 'Record and fix' }).click();
    await expect.poll(() => editor(page, SOURCE.andreyAccording).inputValue()).toMatch(/^According to Andrei Klintsevich,/);
    expect(await prompt.count()).toBe(0);
    const concepts = await callApi<{ terms: { lang: string; text: string; status: string }[] }[]>(app.server, 'concepts.list', { glossaryIds: [glossaryId] });
    const learned = concepts.find((c) => c.terms.some((t) => t.text === 'Andrei Klintsevich'))!;
    expect(learned.terms.filter((t) => t.lang === 'en').map((t) => [t.text, t.status])).toEqual(
      expect.arrayContaining([
        ['Andrei Klintsevich', 'preferred'],
        ['Andrey Klintsevich', 'forbidden'],
      ]),
    );
    expect(learned.terms.some((t) => t.lang === 'ru')).toBe(true);
    // Every rendering of the name now agrees.
    await expect.poll(() => countOf(page, 'inconsistent-rendering')).toBe(1);
    expect((await findingsOnServer()).filter((f) => f.check === 'inconsistent-rendering' && !f.dismissed).map((f) => f.target?.text)).toEqual(['Sergey Ryabkov']);

    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });
});
