// The command line, run in-process on the project's fixtures: what it prints and its exit codes.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { sverka } from './run-cli';
import { tempDir } from './temp-db';

const FIXTURES = join(__dirname, '..', 'fixtures', 'cli');
const fixture = (name: string) => join(FIXTURES, name);

/** The locale of the shell the command runs in, as the three variables that decide its language. */
function locale(lcAll: string, lcMessages: string, lang: string) {
  vi.stubEnv('LC_ALL', lcAll);
  vi.stubEnv('LC_MESSAGES', lcMessages);
  vi.stubEnv('LANG', lang);
}

// Whatever the machine's locale, the messages are English unless a test says otherwise.
beforeEach(() => locale('', '', 'C.UTF-8'));
afterEach(() => {
  vi.restoreAllMocks();
  vi.unstubAllEnvs();
});

type Phrase = { key: string; params: Record<string, string | number>; text: string };

describe('sverka review', () => {
  it('prints the findings as JSON with rows, spans and fixes, and exits 1', async () => {
    const { code, stdout } = await sverka('review', fixture('ru.txt'), fixture('en.txt'), '--glossary', fixture('glossary.csv'), '--json');
    expect(code).toBe(1);
    const result = JSON.parse(stdout) as {
      rows: { row: number; source: { text: string }[]; target: { text: string }[] }[];
      findings: { check: string; severity: string; row: number; source: { text: string; start: number; end: number } | null; target: { text: string; start: number; end: number } | null; message: Phrase; fix: { label: Phrase } | null }[];
    };
    expect(result.rows).toHaveLength(7);
    expect(result.findings.map((f) => [f.check, f.row, f.target?.text])).toEqual([
      ['page-furniture', 0, 'Skip to main content'],
      ['page-furniture', 1, 'Advertisement'],
      ['forbidden-term', 2, 'Kiev'],
      ['forbidden-term', 3, 'Kiev'],
      ['forbidden-term', 4, 'Belgorod Region'],
      ['forbidden-term', 5, 'Andrey Kortunov'],
    ]);
    const belgorod = result.findings[4];
    const sentence = result.rows[4].source[0].text;
    expect(belgorod.source).toEqual({ text: 'Белгородской области', start: sentence.indexOf('Белгородской'), end: sentence.indexOf('.') });
    expect(result.rows[4].target[0].text.slice(belgorod.target!.start, belgorod.target!.end)).toBe('Belgorod Region');
    expect(belgorod.message).toEqual({
      key: 'findingMessages.forbidden-term.useApprovedFor',
      params: { forbidden: 'Belgorod Region', russian: 'Белгородская область', approved: 'Belgorod region' },
      text: '"Belgorod Region" is forbidden for Белгородская область; use "Belgorod region"',
    });
    expect(belgorod.fix?.label).toEqual({
      key: 'findingFixes.forbidden-term.replaceWith',
      params: { approved: 'Belgorod region' },
      text: 'Replace with "Belgorod region"',
    });
    // A capitalised title before a name is how English writes it: not flagged.
    expect(result.findings.some((f) => f.target?.text === 'Ambassador-at-Large')).toBe(false);
  });

  it('prints the findings in Russian with --lang ru and in English with --lang en', async () => {
    const args = ['review', fixture('ru.txt'), fixture('en.txt'), '--glossary', fixture('glossary.csv')];
    const russian = await sverka(...args, '--lang', 'ru');
    expect(russian.code).toBe(1);
    const lines = russian.stdout.trim().split('\n');
    expect(lines[0]).toMatch(/^row +1 +warning +page-furniture +Элемент страницы, не часть статьи: «Skip to main content»  \[fix: Удалить\]$/);
    expect(lines[2]).toMatch(/forbidden-term +Киев: вариант «Kiev» запрещён; нужно «Kyiv»  \[fix: Заменить на «Kyiv»\]$/);
    expect(russian.stdout).not.toMatch(/is forbidden|Replace with|Page furniture/);

    const english = await sverka(...args, '--lang', 'en');
    expect(english.stdout.trim().split('\n')[2]).toMatch(/forbidden-term +"Kiev" is forbidden for Киев; use "Kyiv"  \[fix: Replace with "Kyiv"\]$/);
    expect(english.stdout).not.toMatch(/запрещён|Заменить/);

    // The JSON keeps the key and parameters and renders the text in the language asked for.
    const json = JSON.parse((await sverka(...args, '--lang', 'ru', '--json')).stdout) as { findings: { message: Phrase; fix: { label: Phrase } | null }[] };
    expect(json.findings[2].message).toMatchObject({ key: 'findingMessages.forbidden-term.useApprovedFor', text: 'Киев: вариант «Kiev» запрещён; нужно «Kyiv»' });
    expect(json.findings[2].fix?.label.text).toBe('Заменить на «Kyiv»');
  });

  it('takes the language from LC_ALL, LC_MESSAGES or LANG without --lang, and refuses another one', async () => {
    const args = ['review', fixture('ru.txt'), fixture('en.txt'), '--glossary', fixture('glossary.csv')];
    locale('', '', 'ru_RU.UTF-8');
    expect((await sverka(...args)).stdout).toContain('Киев: вариант «Kiev» запрещён');
    locale('', 'ru_RU.UTF-8', 'en_GB.UTF-8');
    expect((await sverka(...args)).stdout).toContain('Киев: вариант «Kiev» запрещён');
    locale('en_US.UTF-8', 'ru_RU.UTF-8', 'ru_RU.UTF-8');
    expect((await sverka(...args)).stdout).toContain('"Kiev" is forbidden for Киев');
    locale('', '', 'de_DE.UTF-8');
    expect((await sverka(...args)).stdout).toContain('"Kiev" is forbidden for Киев');
    // --lang wins over the environment.
    locale('ru_RU.UTF-8', '', '');
    expect((await sverka(...args, '--lang', 'en')).stdout).toContain('"Kiev" is forbidden for Киев');

    const bad = await sverka(...args, '--lang', 'de');
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--lang must be en or ru, not "de"/);
    expect((await sverka('fix', fixture('ru.txt'), fixture('en.txt'), '--lang', 'ru')).code).toBe(2);
  });

  it('exits 0 with no findings on a clean translation', async () => {
    const { code, stdout } = await sverka('review', fixture('clean.ru.txt'), fixture('clean.en.txt'), '--glossary', fixture('glossary.csv'));
    expect(stdout.trim()).toBe('no findings');
    expect(code).toBe(0);
  });

  it('exits 2 with the file, line and reason for a bad glossary, a missing file or a bad option', async () => {
    const badGlossary = join(tempDir(), 'bad-glossary.csv');
    writeFileSync(badGlossary, 'source,target,type\nКиев,Kyiv,city\nМосква,Moscow,place\n');
    const bad = await sverka('review', fixture('ru.txt'), fixture('en.txt'), '--glossary', badGlossary);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/bad-glossary\.csv: line 2: unknown type "city"/);
    const missing = await sverka('review', fixture('ru.txt'), fixture('nowhere.txt'));
    expect(missing.code).toBe(2);
    expect(missing.stderr).toMatch(/nowhere\.txt: cannot read the file \(ENOENT\)/);
    const tbx = await sverka('review', fixture('ru.txt'), fixture('en.txt'), '--glossary', fixture('ru.txt'));
    expect(tbx.code).toBe(2);
    expect(tbx.stderr).toMatch(/ru\.txt: line 1: no line has a tab/);
    expect((await sverka('review', fixture('ru.txt'))).code).toBe(2);
    expect((await sverka('review', fixture('ru.txt'), fixture('en.txt'), '--nonsense')).code).toBe(2);
  });

  it('keeps the imported pair in the database given with --db', async () => {
    const db = join(tempDir(), 'review.db');
    await sverka('review', fixture('ru.txt'), fixture('en.txt'), '--db', db);
    const { stdout } = await sverka('glossary', 'list', '--db', db, '--json');
    expect(JSON.parse(stdout)).toEqual([]);
    const again = await sverka('review', fixture('ru.txt'), fixture('en.txt'), '--db', db, '--glossary', fixture('glossary.csv'));
    expect(again.code).toBe(1);
    const listed = JSON.parse((await sverka('glossary', 'list', '--db', db, '--json')).stdout) as unknown[];
    expect(listed).toHaveLength(4);
  });
});

describe('sverka fix', () => {
  it('applies every automatic fix and writes the corrected translation without furniture', async () => {
    const out = join(tempDir(), 'fixed.txt');
    const { code, stdout } = await sverka('fix', fixture('ru.txt'), fixture('en.txt'), '--glossary', fixture('glossary.csv'), '--out', out);
    expect(stdout).toContain('fixed 6: page-furniture 2, forbidden-term 4');
    expect(stdout).toContain('left for the editor: no findings');
    expect(code).toBe(0);
    const written = readFileSync(out, 'utf8');
    expect(written.trim().split(/\n\n/)).toEqual(readFileSync(fixture('clean.en.txt'), 'utf8').trim().split('\n'));
  });

  it('writes to standard output and the summary to the terminal without --out', async () => {
    const { code, stdout, stderr } = await sverka('fix', fixture('ru.txt'), fixture('en.txt'), '--glossary', fixture('glossary.csv'));
    expect(stdout).toMatch(/^Kyiv is preparing new strikes\n/);
    expect(stderr).toContain('fixed 6');
    expect(code).toBe(0);
  });
});

describe('sverka glossary', () => {
  it('adds, lists and searches terms in the database, in both scripts and with ё as е', async () => {
    const db = join(tempDir(), 'sverka.db');
    const added = await sverka('glossary', 'add', 'Наталья Хмелёва', 'Natalya Khmelyova', '--type', 'person', '--glossary', 'Newsroom', '--db', db);
    expect(added.code).toBe(0);
    expect(added.stdout).toContain('Наталья Хмелёва → Natalya Khmelyova  (person)  [Newsroom]');
    await sverka('glossary', 'add', 'Киев', 'Kyiv', '--type', 'place', '--forbidden', 'Kiev', '--note', 'house style', '--glossary', 'Newsroom', '--db', db);
    await sverka('glossary', 'import', fixture('glossary.csv'), '--db', db);

    const list = JSON.parse((await sverka('glossary', 'list', '--glossary', 'Newsroom', '--db', db, '--json')).stdout) as { type: string }[];
    expect(list.map((c) => c.type).sort()).toEqual(['person', 'place']);
    const places = (await sverka('glossary', 'list', '--type', 'place', '--db', db)).stdout.trim().split('\n');
    expect(places).toHaveLength(3);

    const search = await sverka('glossary', 'search', 'хмелев', '--db', db);
    expect(search.code).toBe(0);
    expect(search.stdout).toContain('Natalya Khmelyova');
    const english = await sverka('glossary', 'search', 'kie', '--db', db, '--json');
    expect((JSON.parse(english.stdout) as unknown[]).length).toBe(2);
    const none = await sverka('glossary', 'search', 'Вашингтон', '--db', db);
    expect(none.code).toBe(1);
  });

  it('refuses unknown types, glossaries and commands with exit code 2', async () => {
    const db = join(tempDir(), 'sverka.db');
    expect((await sverka('glossary', 'add', 'Киев', 'Kyiv', '--type', 'city', '--db', db)).stderr).toMatch(/unknown type "city"/);
    expect((await sverka('glossary', 'list', '--glossary', 'Nope', '--db', db)).code).toBe(2);
    expect((await sverka('glossary', 'rename', '--db', db)).code).toBe(2);
    expect((await sverka('glossary', 'add', 'Киев', '--db', db)).code).toBe(2);
  });
});
