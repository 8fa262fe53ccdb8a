import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { callApi, createHouseStyle, FIXTURES, launchBrowser, newPage, pageProblems, startServer, type RunningServer } from './harness';

// tests/fixtures/e2e/glossary-exchange/update.csv, against the glossary made below:
//   Киев → Kyiv (Kiev forbidden)       the same as ours: identical
//   Андрей Клинцевич → Andrei …        ours says "Andrey Klintsevich": a conflict (no common export)
//   Сергей Рябков → Sergei Ryabkov     not in ours: new
//   Центробанк (type "institution")    line 5, refused
const UPDATE = join(FIXTURES, 'glossary-exchange', 'update.csv');
const BROKEN = join(FIXTURES, 'glossary-exchange', 'broken.tbx');

interface Concept {
  id: number;
  type: string;
  domain: string | null;
  note: string | null;
  terms: { id: number; lang: string; text: string; status: string; caseSensitive: boolean; partOfSpeech: string | null; note: string | null }[];
}

let server: RunningServer;
let browser: Browser;
let glossaryId: number;

beforeAll(async () => {
  [server, browser] = await Promise.all([startServer(), launchBrowser()]);
  glossaryId = await createHouseStyle(server);
  await callApi(server, 'concepts.create', {
    glossaryId,
    type: 'person',
    terms: [
      { lang: 'ru', text: 'Андрей Клинцевич', status: 'preferred' },
      { lang: 'en', text: 'Andrey Klintsevich', status: 'preferred' },
    ],
  });
});

afterAll(async () => {
  await browser?.close();
  await server?.stop();
});

const concepts = (id = glossaryId) => callApi<Concept[]>(server, 'concepts.list', { glossaryIds: [id] });
const termsOf = (list: Concept[], ru: string) =>
  list
    .find((c) => c.terms.some((t) => t.lang === 'ru' && t.text === ru))
    ?.terms.map((t) => `${t.lang}:${t.text}:${t.status}`)
    .sort();

async function openGlossaries(page: Page) {
  await page.goto(`${server.url}#/glossaries`);
  await page.getByRole('heading', { name: 'Glossaries' }).waitFor();
}

/** Clicks a button that opens the file picker and picks the file. */
async function pickFile(page: Page, button: Locator, path: string) {
  const [chooser] = await Promise.all([page.waitForEvent('filechooser'), button.click()]);
  await chooser.setFiles(path);
}

const glossaryRow = (page: Page, name: string) => page.locator('tbody tr', { has: page.locator('td', { hasText: new RegExp(`^${name}$`) }) });
const count = (dialog: Locator, id: string) => dialog.getByTestId(`count-${id}`).locator('dd').textContent();

describe('sharing glossaries', () => {
  it('previews a file against a glossary, shows the conflict field by field and takes theirs', async () => {
    const { context, page } = await newPage(browser);
    await openGlossaries(page);
    const row = glossaryRow(page, 'House style');
    expect(await row.locator('td').nth(1).textContent()).toBe('2 terms');

    await pickFile(page, row.getByRole('button', { name: 'Import a file into “House style”' }), UPDATE);
    const dialog = page.getByRole('dialog', { name: 'Import “update.csv”' });
    await dialog.getByTestId('count-new').waitFor();
    expect(await dialog.locator('.glossary-import__target').textContent()).toBe('Into the glossary “House style”.');
    expect(await dialog.locator('.glossary-import__facts').textContent()).toBe('CSV (.csv) · 3 concepts in the file');
    expect([await count(dialog, 'new'), await count(dialog, 'identical'), await count(dialog, 'merged'), await count(dialog, 'conflicts'), await count(dialog, 'refused')]).toEqual(['1', '1', '0', '1', '1']);

    // The refused row, where and why; Apply waits for "Import the rest".
    expect(await dialog.locator('.refused-list li').allTextContents()).toEqual(['line 5: unknown type "institution" (one of person, title, organization, place, other)']);
    const apply = dialog.getByRole('button', { name: 'Apply' });
    expect(await apply.isDisabled()).toBe(true);
    await dialog.getByLabel('Import the rest').check();
    expect(await apply.isEnabled()).toBe(true);

    // The conflict, side by side: ours said "Andrey", the file makes it forbidden and adds "Andrei".
    const card = dialog.locator('.conflict-card');
    expect(await card.count()).toBe(1);
    expect(await card.getByRole('heading').textContent()).toBe('Андрей Клинцевич → Andrey Klintsevich');
    expect(await card.locator('thead th').allTextContents()).toEqual(['Field', 'Ours', 'Theirs (the file)', 'Changed']);
    const field = (name: string) => card.locator(`tr[data-field="${name}"]`);
    const cells = async (name: string) => [await field(name).locator('th').textContent(), ...(await field(name).locator('td').allTextContents())];
    expect(await cells('type')).toEqual(['Type', 'Person', 'Person', '']);
    // No common export yet: a difference is not put down to either side.
    expect(await cells('en:Andrey Klintsevich')).toEqual(['English “Andrey Klintsevich”', 'Preferred', 'Forbidden', 'differs']);
    expect(await cells('en:Andrei Klintsevich')).toEqual(['English “Andrei Klintsevich”', '—absent', 'Preferred', 'differs']);
    expect(await field('en:Andrey Klintsevich').locator('td.is-changed').count()).toBe(2);
    expect(await field('type').locator('td.is-changed').count()).toBe(0);
    // Nothing of ours is lost by default.
    expect(await card.getByRole('radio', { name: 'Keep ours' }).isChecked()).toBe(true);
    await card.getByRole('radio', { name: 'Take theirs' }).check();
    await page.screenshot({ path: '/tmp/sverka-glossary-import-dialog.png' });

    await apply.click();
    const summary = dialog.getByTestId('import-summary');
    await summary.waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual(['1 concept added', '1 concept updated', '1 already in the glossary', '1 part left out']);
    await page.screenshot({ path: '/tmp/sverka-glossary-import-summary.png' });
    // The list behind the dialog already shows the new count.
    await expect.poll(() => row.locator('td').nth(1).textContent()).toBe('3 terms');
    await dialog.getByRole('button', { name: 'Done' }).click();
    await dialog.waitFor({ state: 'detached' });

    const after = await concepts();
    expect(after).toHaveLength(3);
    expect(termsOf(after, 'Андрей Клинцевич')).toEqual(['en:Andrei Klintsevich:preferred', 'en:Andrey Klintsevich:forbidden', 'ru:Андрей Клинцевич:preferred']);
    expect(termsOf(after, 'Сергей Рябков')).toEqual(['en:Sergei Ryabkov:preferred', 'en:Sergey Ryabkov:forbidden', 'ru:Сергей Рябков:preferred']);
    expect(after.find((c) => c.terms.some((t) => t.text === 'Сергей Рябков'))?.note).toBe('Deputy Foreign Minister');
    expect(termsOf(after, 'Киев')).toEqual(['en:Kiev:forbidden', 'en:Kyiv:preferred', 'ru:Киев:preferred']);
    expect(termsOf(after, 'Центробанк')).toBeUndefined();

    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('shows why a malformed file cannot be read, and changes nothing', async () => {
    const { context, page } = await newPage(browser);
    const before = { glossaries: await callApi(server, 'glossaries.list', {}), concepts: await concepts() };
    await openGlossaries(page);

    await pickFile(page, glossaryRow(page, 'House style').getByRole('button', { name: 'Import a file into “House style”' }), BROKEN);
    const dialog = page.getByRole('dialog', { name: 'Import “broken.tbx”' });
    const alert = dialog.getByRole('alert');
    await alert.waitFor();
    expect(await alert.textContent()).toBe("broken.tbx: line 10, column 37: Expected closing tag 'termSec' (opened in line 10, col 11) instead of closing tag 'langSec'");
    expect(await dialog.textContent()).toContain('Nothing was imported.');
    expect(await dialog.getByRole('button', { name: 'Apply' }).count()).toBe(0);
    await page.screenshot({ path: '/tmp/sverka-glossary-import-error.png' });
    await dialog.getByRole('button', { name: 'Close' }).click();
    await dialog.waitFor({ state: 'detached' });

    // As a new glossary, the same: no glossary appears.
    await pickFile(page, page.getByRole('button', { name: 'Import a glossary…' }), BROKEN);
    await page.getByRole('dialog', { name: 'Import “broken.tbx”' }).getByRole('alert').waitFor();
    await page.keyboard.press('Escape');

    expect(await callApi(server, 'glossaries.list', {})).toEqual(before.glossaries);
    expect(await concepts()).toEqual(before.concepts);
    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('exports a glossary from the keyboard, and the file reads back as identical; imports a file as a new glossary', async () => {
    const { context, page } = await newPage(browser);
    await openGlossaries(page);
    const row = glossaryRow(page, 'House style');

    // Export menu by keyboard: Enter opens it on TBX v3, ↓ moves to TBX v2, Enter exports.
    await row.getByRole('button', { name: 'Export “House style”' }).focus();
    await page.keyboard.press('Enter');
    expect(await page.getByRole('menuitem', { name: 'TBX v3 (.tbx)' }).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    const [tbx2] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(tbx2.suggestedFilename()).toBe('House style.tbx');
    const v2 = await readFile((await tbx2.path())!, 'utf8');
    expect(v2).toContain('<martif');
    expect(v2).toContain('Andrei Klintsevich');
    await expect.poll(() => page.getByTestId('save-outcome').textContent()).toBe('“House style.tbx” downloaded.');

    const [tbx] = await Promise.all([
      page.waitForEvent('download'),
      (async () => {
        await row.getByRole('button', { name: 'Export “House style”' }).click();
        await page.getByRole('menuitem', { name: 'TBX v3 (.tbx)' }).click();
      })(),
    ]);
    const v3Path = (await tbx.path())!;
    expect(await readFile(v3Path, 'utf8')).toMatch(/<tbx [^>]*xmlns="urn:iso:std:iso:30042:ed-2"/);

    // What was just exported comes back as the same three concepts.
    await pickFile(page, row.getByRole('button', { name: 'Import a file into “House style”' }), v3Path);
    const again = page.getByRole('dialog', { name: /^Import “/ });
    await again.getByTestId('count-identical').waitFor();
    expect([await count(again, 'new'), await count(again, 'identical'), await count(again, 'conflicts')]).toEqual(['0', '3', '0']);
    expect(await again.textContent()).toContain('Everything in the file is already in the glossary.');
    await again.getByRole('button', { name: 'Cancel' }).click();
    await again.waitFor({ state: 'detached' });

    // Page level: a new glossary, named as the editor likes.
    await pickFile(page, page.getByRole('button', { name: 'Import a glossary…' }), UPDATE);
    const dialog = page.getByRole('dialog', { name: 'Import “update.csv”' });
    await dialog.getByTestId('count-new').waitFor();
    expect(await dialog.locator('.glossary-import__target').textContent()).toBe('As a new glossary.');
    expect(await dialog.getByLabel('Name of the new glossary').inputValue()).toBe('update');
    await dialog.getByLabel('Name of the new glossary').fill('Agency names');
    expect(await count(dialog, 'new')).toBe('3');
    await dialog.getByLabel('Import the rest').check();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => dialog.getByTestId('import-summary').locator('li').allTextContents()).toEqual(['3 concepts added', '1 part left out']);
    await dialog.getByRole('button', { name: 'Done' }).click();
    await expect.poll(() => glossaryRow(page, 'Agency names').locator('td').nth(1).textContent()).toBe('3 terms');
    const created = (await callApi<{ id: number; name: string }[]>(server, 'glossaries.list', {})).find((g) => g.name === 'Agency names')!;
    expect(termsOf(await concepts(created.id), 'Андрей Клинцевич')).toEqual(['en:Andrei Klintsevich:preferred', 'en:Andrey Klintsevich:forbidden', 'ru:Андрей Клинцевич:preferred']);

    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });

  it('merges a file changed since its export three ways: one side merges itself, both sides ask', async () => {
    const { context, page } = await newPage(browser);
    // The common ancestor: an export. Then the file and the glossary each change.
    const exported = await callApi<{ data: string }>(server, 'glossaries.export', { id: glossaryId, format: 'tbx' });
    const theirs = exported.data
      .replace('<note>Deputy Foreign Minister</note>', '<note>Deputy Minister of Foreign Affairs</note>')
      .replace('<descrip type="conceptType">place</descrip>', '<descrip type="conceptType">organization</descrip>')
      .replace(/(<term>Andrei Klintsevich<\/term>\s*<termNote type="administrativeStatus">)preferredTerm-admn-sts/, '$1admittedTerm-admn-sts');
    expect(theirs.match(/admittedTerm-admn-sts|organization<|Minister of Foreign Affairs/g)).toHaveLength(3);
    const path = join(server.dataDir, 'house-style-edited.tbx');
    await writeFile(path, theirs);
    const ours = await concepts();
    const update = async (ru: string, change: (c: Concept) => Partial<Concept>) => {
      const c = ours.find((x) => x.terms.some((t) => t.text === ru))!;
      await callApi(server, 'concepts.update', { id: c.id, type: c.type, domain: c.domain, note: c.note, terms: c.terms, ...change(c) });
    };
    await update('Киев', () => ({ type: 'other' }));
    await update('Андрей Клинцевич', (c) => ({ terms: c.terms.map((t) => (t.text === 'Andrei Klintsevich' ? { ...t, caseSensitive: true } : t)) }));

    await openGlossaries(page);
    await pickFile(page, glossaryRow(page, 'House style').getByRole('button', { name: 'Import a file into “House style”' }), path);
    const dialog = page.getByRole('dialog', { name: 'Import “house-style-edited.tbx”' });
    await dialog.getByTestId('count-new').waitFor();
    expect(await dialog.locator('.glossary-import__facts').textContent()).toBe('TBX v3 (.tbx) · 3 concepts in the file');
    expect([await count(dialog, 'new'), await count(dialog, 'identical'), await count(dialog, 'merged'), await count(dialog, 'conflicts'), await count(dialog, 'refused')]).toEqual(['0', '0', '1', '2', '0']);

    // Changed in the file only: merged without asking, shown with what it was.
    await dialog.getByText('1 merged automatically').click();
    const merged = dialog.locator('.merged-entry');
    expect(await merged.getByRole('heading').textContent()).toBe('Сергей Рябков → Sergei Ryabkov');
    expect(await merged.locator('tbody tr').count()).toBe(1);
    expect(await merged.locator('tbody tr td').allTextContents()).toEqual(['Deputy Foreign Minister', 'Deputy Minister of Foreign Affairs', 'Deputy Foreign Minister', 'theirs']);

    // Changed on both sides: the base column says what it was.
    const card = (label: string) => dialog.locator('.conflict-card', { has: page.getByRole('heading', { name: label, exact: true }) });
    const kyiv = card('Киев → Kyiv');
    const andrei = card('Андрей Клинцевич → Andrei Klintsevich');
    expect(await kyiv.locator('thead th').allTextContents()).toEqual(['Field', 'Ours', 'Theirs (the file)', 'Before (last shared)', 'Changed']);
    expect(await kyiv.locator('tr[data-field="type"] td').allTextContents()).toEqual(['Other', 'Organisation', 'Place', 'both']);
    expect(await andrei.locator('tr[data-field="en:Andrei Klintsevich"] td').allTextContents()).toEqual(['Preferred, case-sensitive', 'Admitted', 'Preferred', 'both']);

    // One choice for all, then one exception.
    await dialog.getByRole('button', { name: 'Take theirs for every conflict' }).click();
    expect(await andrei.getByRole('radio', { name: 'Take theirs' }).isChecked()).toBe(true);
    expect(await kyiv.getByRole('radio', { name: 'Take theirs' }).isChecked()).toBe(true);
    await kyiv.getByRole('radio', { name: 'Keep ours' }).check();
    await dialog.getByRole('button', { name: 'Apply' }).click();
    await expect.poll(() => dialog.getByTestId('import-summary').locator('li').allTextContents()).toEqual(['2 concepts updated', '1 conflict kept as ours']);
    await dialog.getByRole('button', { name: 'Done' }).click();

    const after = await concepts();
    const find = (ru: string) => after.find((c) => c.terms.some((t) => t.text === ru))!;
    expect(find('Киев').type).toBe('other');
    expect(find('Андрей Клинцевич').terms.find((t) => t.text === 'Andrei Klintsevich')).toMatchObject({ status: 'admitted', caseSensitive: false });
    expect(find('Сергей Рябков').note).toBe('Deputy Minister of Foreign Affairs');
    expect(pageProblems(page)).toEqual([]);
    await context.close();
  });
});
