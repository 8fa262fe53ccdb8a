// `sverka glossary export|import` and glossary files of any format in `review`, run in-process
// on a real database file: what they print, what they write, and their exit codes.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { sverka } from './run-cli';
import { parseGlossaryFile } from '../../shared/formats/glossary-files';
import type { GlossaryFormat } from '../../shared/formats/glossary-exchange';
import { tempDir } from './temp-db';

const FIXTURES = join(__dirname, '..', 'fixtures', 'cli');

afterEach(() => vi.restoreAllMocks());

/** A database with the glossary "Newsroom": Kyiv (Kiev forbidden, a note) and Natalya Khmelyova. */
async function newsroom() {
  const dir = tempDir();
  const db = join(dir, 'sverka.db');
  await sverka('glossary', 'add', 'Киев', 'Kyiv', '--type', 'place', '--forbidden', 'Kiev', '--note', 'house style', '--glossary', 'Newsroom', '--db', db);
  await sverka('glossary', 'add', 'Наталья Хмелёва', 'Natalya Khmelyova', '--type', 'person', '--glossary', 'Newsroom', '--db', db);
  return { dir, db };
}

type Listed = { note: string | null; terms: { text: string; status: string }[] }[];
const list = async (db: string, glossary = 'Newsroom') => JSON.parse((await sverka('glossary', 'list', '--glossary', glossary, '--db', db, '--json')).stdout) as Listed;

describe('sverka glossary export', () => {
  it.each([
    ['tbx', 'newsroom.tbx'],
    ['tbx2', 'newsroom-v2.tbx'],
    ['csv', 'newsroom.csv'],
    ['tsv', 'newsroom.tsv'],
  ] as [GlossaryFormat, string][])('writes %s to the file given', async (format, name) => {
    const { dir, db } = await newsroom();
    const out = join(dir, name);
    const { code, stdout } = await sverka('glossary', 'export', '--format', format, '--glossary', 'Newsroom', '--out', out, '--db', db);
    expect(code).toBe(0);
    expect(stdout).toContain(`exported 2 concepts of "Newsroom" as ${format} to ${out}`);
    const read = parseGlossaryFile(format, readFileSync(out, 'utf8'));
    expect(read.refused).toEqual([]);
    const kyiv = read.glossary.concepts.find((c) => c.terms.some((t) => t.text === 'Киев'))!;
    expect(kyiv.terms.map((t) => [t.text, t.status])).toEqual([
      ['Киев', 'preferred'],
      ['Kyiv', 'preferred'],
      ['Kiev', 'forbidden'],
    ]);
    expect(kyiv.note).toBe('house style');
  });

  it('takes the format from --out, the glossary when there is only one, and writes to standard output without --out', async () => {
    const { dir, db } = await newsroom();
    const out = join(dir, 'x.csv');
    expect((await sverka('glossary', 'export', '--out', out, '--db', db)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toMatch(/^source,target,type,forbidden,note/);
    const stdout = await sverka('glossary', 'export', '--format', 'tbx', '--db', db);
    expect(stdout.stdout).toMatch(/^<\?xml/);
  });

  it('exits 2 without a format, with an unknown glossary or format', async () => {
    const { dir, db } = await newsroom();
    await sverka('glossary', 'add', 'Москва', 'Moscow', '--glossary', 'Other', '--db', db);
    const noFormat = await sverka('glossary', 'export', '--glossary', 'Newsroom', '--db', db);
    expect([noFormat.code, noFormat.stderr]).toEqual([2, expect.stringMatching(/export needs --format tbx\|tbx2\|csv\|tsv/)]);
    const which = await sverka('glossary', 'export', '--format', 'csv', '--db', db);
    expect([which.code, which.stderr]).toEqual([2, expect.stringMatching(/choose the glossary with --glossary NAME \("Newsroom", "Other"\)/)]);
    expect((await sverka('glossary', 'export', '--format', 'xlsx', '--glossary', 'Newsroom', '--db', db)).code).toBe(2);
    expect((await sverka('glossary', 'export', '--format', 'csv', '--glossary', 'Nope', '--db', db)).code).toBe(2);
    expect(existsSync(join(dir, 'x.csv'))).toBe(false);
  });
});

describe('sverka glossary import', () => {
  /** Kyiv as another newsroom has it: a different note and one more forbidden spelling. */
  function theirs(dir: string) {
    const path = join(dir, 'Newsroom.csv');
    writeFileSync(path, 'source,target,type,forbidden,note\nкиев,Kyiv,place,Kiev|Kiew,столица Украины\nМосква,Moscow,place,,\n');
    return path;
  }

  it('--dry-run shows the conflict field by field and changes nothing', async () => {
    const { dir, db } = await newsroom();
    const before = await list(db);
    const { code, stdout } = await sverka('glossary', 'import', theirs(dir), '--dry-run', '--db', db);
    expect(code).toBe(0);
    expect(stdout).toContain('2 concepts in the file (csv) into the glossary "Newsroom":');
    expect(stdout).toContain('new 1, identical 0, merged 0, conflicts 1, refused 0');
    expect(stdout).toContain('conflict: Киев → Kyiv (matched by Russian term; no common base)');
    expect(stdout).toContain('    note: ours "house style", theirs "столица Украины"');
    expect(stdout).toContain('    ru:Киев: ours "preferred", theirs —');
    expect(stdout).toContain('    en:Kiew: ours —, theirs "forbidden"');
    expect(await list(db)).toEqual(before);
  });

  it('keep (the default) leaves ours, and the same file later has nothing new', async () => {
    const { dir, db } = await newsroom();
    const kept = await sverka('glossary', 'import', theirs(dir), '--db', db);
    expect(kept.code).toBe(0);
    expect(kept.stdout).toContain('imported into the glossary "Newsroom": new 1, updated 0, identical 0, kept 1, refused 0');
    expect((await list(db)).find((c) => c.terms[0].text === 'Киев')!.note).toBe('house style');
    // The file is the common base now: nothing in it changed since, so nothing is in conflict.
    const again = await sverka('glossary', 'import', theirs(dir), '--on-conflict', 'theirs', '--db', db);
    expect(again.stdout).toContain('new 0, updated 0, identical 2, kept 0');
    expect(await list(db)).toHaveLength(3);
  });

  it('--on-conflict theirs applies the file', async () => {
    const { dir, db } = await newsroom();
    const applied = await sverka('glossary', 'import', theirs(dir), '--on-conflict', 'theirs', '--db', db);
    expect(applied.code).toBe(0);
    expect(applied.stdout).toContain('new 1, updated 1, identical 0, kept 0');
    const kyiv = (await list(db)).find((c) => c.terms.some((t) => t.text === 'Kyiv'))!;
    expect(kyiv.note).toBe('столица Украины');
    expect(kyiv.terms.map((t) => `${t.text}:${t.status}`)).toEqual(['Kyiv:preferred', 'Kiev:forbidden', 'киев:preferred', 'Kiew:forbidden']);
    expect(await list(db)).toHaveLength(3);
  });

  it('exits 2 listing the refusals unless --accept-refused, and for a malformed file or bad option', async () => {
    const { dir, db } = await newsroom();
    const path = join(dir, 'mixed.csv');
    writeFileSync(path, 'source,target,type\nМосква,Moscow,place\nТула,Tula,city\nМосква,Moskva,place\n');
    const refused = await sverka('glossary', 'import', path, '--glossary', 'Newsroom', '--db', db);
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('mixed.csv: line 3: unknown type "city"');
    expect(refused.stderr).toMatch(/mixed\.csv: line 4: .*Москва/);
    expect(refused.stderr).toContain('2 parts of the file cannot be imported; nothing was imported');
    expect(await list(db)).toHaveLength(2);
    const dry = await sverka('glossary', 'import', path, '--glossary', 'Newsroom', '--dry-run', '--db', db);
    expect(dry.code).toBe(2);
    expect(dry.stdout).toContain('refused: line 3: unknown type "city"');

    const accepted = await sverka('glossary', 'import', path, '--glossary', 'Newsroom', '--accept-refused', '--db', db);
    expect(accepted.code).toBe(0);
    expect(accepted.stdout).toContain('new 1, updated 0, identical 0, kept 0, refused 2');
    expect(await list(db)).toHaveLength(3);

    const broken = join(dir, 'broken.tbx');
    writeFileSync(broken, '<?xml version="1.0"?>\n<!DOCTYPE tbx [<!ENTITY x "x">]>\n<tbx/>');
    const malformed = await sverka('glossary', 'import', broken, '--db', db);
    expect(malformed.code).toBe(2);
    expect(malformed.stderr).toMatch(/broken\.tbx: line 2, column \d+: a <!DOCTYPE …> declaration is not accepted/);
    expect((await sverka('glossary', 'import', path, '--on-conflict', 'mine', '--db', db)).code).toBe(2);
    expect((await sverka('glossary', 'import', join(dir, 'nowhere.tbx'), '--db', db)).code).toBe(2);
    expect(await list(db)).toHaveLength(3);
  });

  it('round-trips through TBX into another database with --format forced', async () => {
    const { dir, db } = await newsroom();
    const out = join(dir, 'export.xml');
    await sverka('glossary', 'export', '--format', 'tbx2', '--glossary', 'Newsroom', '--out', out, '--db', db);
    const other = join(dir, 'other.db');
    const imported = await sverka('glossary', 'import', out, '--format', 'tbx2', '--db', other);
    expect(imported.code).toBe(0);
    expect(imported.stdout).toContain('imported into the glossary "Newsroom": new 2');
    expect(await list(other)).toEqual(await list(db));
  });
});

describe('review and fix with a glossary of any format', () => {
  it('finds the same as with the CSV glossary when it is given as TBX or OmegaT TSV', async () => {
    const dir = tempDir();
    const db = join(dir, 'sverka.db');
    await sverka('glossary', 'import', join(FIXTURES, 'glossary.csv'), '--db', db);
    const args = ['review', join(FIXTURES, 'ru.txt'), join(FIXTURES, 'en.txt'), '--lang', 'en', '--glossary'];
    const fromCsv = await sverka(...args, join(FIXTURES, 'glossary.csv'));
    expect(fromCsv.code).toBe(1);
    for (const format of ['tbx', 'tbx2'] as const) {
      const path = join(dir, `glossary-${format}.tbx`);
      await sverka('glossary', 'export', '--format', format, '--glossary', 'glossary', '--out', path, '--db', db);
      const fromTbx = await sverka(...args, path);
      expect(fromTbx.stdout).toBe(fromCsv.stdout);
    }
    const tsv = join(dir, 'glossary.tsv');
    await sverka('glossary', 'export', '--format', 'tsv', '--glossary', 'glossary', '--out', tsv, '--db', db);
    const fromTsv = await sverka('fix', join(FIXTURES, 'ru.txt'), join(FIXTURES, 'en.txt'), '--glossary', tsv);
    // OmegaT's TSV has no concept types: the title is a plain term there, so its capitalised form
    // before a name is fixed too (one more than with the CSV).
    expect(fromTsv.stderr).toContain('fixed 7: page-furniture 2, forbidden-term 5');
    expect(fromTsv.stderr).toContain('left for the editor: no findings');
  });
});
