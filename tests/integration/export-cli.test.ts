// `sverka export`, spawned as a user runs it (bin/sverka.js): both forms, every format once, the
// options, the exit codes, and that nothing is written but the --out file.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { describe, expect, it, vi } from 'vitest';
import { main } from '../../main/cli';
import type { ArticleFormat } from '../../shared/export/types';
import { EDITED_TO, editedArticle } from './export-scenario';
import { tempDir } from './temp-db';

const ROOT = join(__dirname, '..', '..');
const CLI = join(ROOT, 'bin', 'sverka.js');
const FIXTURES = join(ROOT, 'tests', 'fixtures', 'cli');
const fixture = (name: string) => join(FIXTURES, name);

interface Run {
  code: number | null;
  stdout: Buffer;
  stderr: string;
}

/** The temporary databases of the RU EN form: each must be gone when its run ends. */
const temporaryDatabases = () => new Set(readdirSync(tmpdir()).filter((name) => name.startsWith('sverka-review-')));

/** A sandbox: its own working folder and data folder, to see what a run leaves. */
function sandbox() {
  const root = tempDir();
  const dirs = { cwd: join(root, 'cwd'), data: join(root, 'data'), out: join(root, 'out') };
  const before = temporaryDatabases();
  for (const dir of Object.values(dirs)) mkdirSync(dir);
  const run = (...args: string[]) =>
    new Promise<Run>((resolve, reject) => {
      const child = spawn(process.execPath, [CLI, ...args], {
        cwd: dirs.cwd,
        env: { ...process.env, SVERKA_DATA_DIR: dirs.data, LANG: 'C.UTF-8', LC_ALL: '', LC_MESSAGES: '' },
      });
      const out: Buffer[] = [];
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => out.push(chunk));
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
      child.on('error', reject);
      child.on('close', (code) => resolve({ code, stdout: Buffer.concat(out), stderr }));
    });
  const left = () => ({
    cwd: readdirSync(dirs.cwd),
    data: readdirSync(dirs.data),
    tmp: [...temporaryDatabases()].filter((name) => !before.has(name)),
    out: readdirSync(dirs.out).sort(),
  });
  return { dirs, run, left };
}

/** Two at a time: the runs are separate processes, and the machine is shared. */
async function inPairs<T>(jobs: (() => Promise<T>)[]): Promise<T[]> {
  const results: T[] = [];
  for (let i = 0; i < jobs.length; i += 2) results.push(...(await Promise.all(jobs.slice(i, i + 2).map((job) => job()))));
  return results;
}

describe('sverka export RU EN', () => {
  it(
    'imports, fixes and writes txt, md, docx and tmx, leaving nothing but the --out files',
    async () => {
      const box = sandbox();
      const formats: ArticleFormat[] = ['txt', 'md', 'docx', 'tmx'];
      const runs = await inPairs(
        formats.map((format) => () =>
          box.run('export', fixture('ru.txt'), fixture('en.txt'), '--glossary', fixture('glossary.csv'), '--format', format, '--out', join(box.dirs.out, `a.${format}`)),
        ),
      );
      for (const [i, run] of runs.entries()) {
        expect(run.code, `${formats[i]}: ${run.stderr}`).toBe(0);
        expect(run.stderr).toContain('fixed 6: page-furniture 2, forbidden-term 4');
        expect(run.stderr).toContain(`wrote ${join(box.dirs.out, `a.${formats[i]}`)} (${formats[i]}, `);
      }
      const read = (format: string) => readFileSync(join(box.dirs.out, `a.${format}`));
      const clean = readFileSync(fixture('clean.en.txt'), 'utf8').trim().split('\n');
      expect(read('txt').toString('utf8').trim().split('\n\n')).toEqual(clean);
      expect(read('md').toString('utf8')).toMatch(/^# Kyiv is preparing new strikes\n\n/);
      const docx = (await mammoth.convertToHtml({ buffer: read('docx') })).value;
      expect(docx).toContain('<h1>Kyiv is preparing new strikes</h1>');
      expect(docx).toContain('Andrei Kortunov');
      const tmx = read('tmx').toString('utf8');
      expect(tmx).toContain('<prop type="x-sverka-mt">Expert Andrey Kortunov believes that the negotiations will continue.</prop>');
      expect(tmx).toContain('<seg>Expert Andrei Kortunov believes that the negotiations will continue.</seg>');
      expect(box.left()).toEqual({ cwd: [], data: [], tmp: [], out: ['a.docx', 'a.md', 'a.tmx', 'a.txt'] });
    },
    180_000,
  );
});

describe('sverka export DOC', () => {
  it(
    'writes html, xliff, xliff12 and the report of a document in the database, and text to standard output',
    async () => {
      const s = await editedArticle();
      s.db.close();
      const box = sandbox();
      const out = (name: string) => join(box.dirs.out, name);
      const id = String(s.documentId);
      const [html, xliff, xliff12, report, stdout, furniture] = await inPairs([
        () => box.run('export', id, '--db', s.path, '--format', 'html', '--out', out('a.html')),
        () => box.run('export', id, '--db', s.path, '--format', 'xliff', '--out', out('a.xlf')),
        () => box.run('export', id, '--db', s.path, '--format', 'xliff12', '--out', out('a.xliff12.xlf')),
        () => box.run('export', id, '--db', s.path, '--format', 'report', '--lang', 'ru', '--out', out('a.report.html')),
        () => box.run('export', id, '--db', s.path, '--format', 'txt', '--out', '-', '--no-captions'),
        () => box.run('export', id, '--db', s.path, '--format', 'md', '--out', '-', '--furniture'),
      ]);
      for (const run of [html, xliff, xliff12, report, stdout, furniture]) expect(run.code, run.stderr).toBe(0);
      const read = (name: string) => readFileSync(out(name), 'utf8');
      expect(read('a.html')).toMatch(/^<!DOCTYPE html>\n<html lang="en">/);
      expect(read('a.html')).toContain(EDITED_TO);
      expect(read('a.xlf')).toContain('xmlns="urn:oasis:names:tc:xliff:document:2.0"');
      expect(read('a.xlf')).toContain(`<target>${EDITED_TO}</target>`);
      expect(read('a.xliff12.xlf')).toContain('<alt-trans origin="machine translation">');
      expect(read('a.report.html')).toContain('<html lang="ru">');
      expect(read('a.report.html')).toContain('Исправлены (1)');
      const text = stdout.stdout.toString('utf8');
      expect(text).toMatch(/^The renovated Starovolzhsky Bridge will be opened in Tver\n\n/);
      expect(text).toContain('Alexey Ogonkov');
      expect(text).not.toContain('Photo: TASS');
      expect(stdout.stderr).toContain('wrote standard output (txt, ');
      expect(furniture.stdout.toString('utf8')).toMatch(/^Skip to main content\n\nAdvertisement\n\n/);
      expect(box.left()).toEqual({ cwd: [], data: [], tmp: [], out: ['a.html', 'a.report.html', 'a.xlf', 'a.xliff12.xlf'] });
    },
    180_000,
  );
});

describe('sverka export with bad input', () => {
  it(
    'exits 2 with the reason for an unknown document or format, and writes nothing',
    async () => {
      const s = await editedArticle();
      s.db.close();
      const box = sandbox();
      const out = join(box.dirs.out, 'x');
      const [unknownId, unknownFormat] = await inPairs([
        () => box.run('export', '999', '--db', s.path, '--format', 'txt', '--out', out),
        () => box.run('export', String(s.documentId), '--db', s.path, '--format', 'pdf', '--out', out),
      ]);
      expect([unknownId.code, unknownFormat.code]).toEqual([2, 2]);
      expect(unknownId.stderr).toContain('sverka export: document 999 does not exist');
      expect(unknownFormat.stderr).toContain('unknown format "pdf" (one of txt, md, html, docx, xliff, xliff12, tmx, report)');
      expect(unknownId.stdout.length + unknownFormat.stdout.length).toBe(0);
      expect(box.left()).toEqual({ cwd: [], data: [], tmp: [], out: [] });
    },
    180_000,
  );

  it('exits 2 for every other misuse, saying which (run in-process)', async () => {
    const s = await editedArticle();
    s.db.close();
    const box = sandbox();
    const out = join(box.dirs.out, 'x');
    const id = String(s.documentId);
    const cases: [string[], string][] = [
      [['export', fixture('ru.txt'), fixture('en.txt'), '--format', 'docx', '--out', '-'], 'a DOCX file is binary'],
      [['export', '1', '--format', 'txt', '--out', out], `no database at ${join(box.dirs.data, 'sverka.db')}`],
      [['export', id, '--db', s.path, '--format', 'txt'], 'export needs --out FILE'],
      [['export', id, '--db', s.path, '--out', out], 'export needs --format'],
      [['export', id, '--db', s.path, '--glossary', fixture('glossary.csv'), '--format', 'txt', '--out', out], '--glossary belongs to the RU EN form'],
      [['export', id, '--db', s.path, '--format', 'report', '--lang', 'de', '--out', out], '--lang must be en or ru, not "de"'],
      [['export', 'latest', '--db', s.path, '--format', 'txt', '--out', out], '"latest" is not a document id'],
      [['export', fixture('ru.txt'), fixture('en.txt'), fixture('en.txt'), '--format', 'txt', '--out', out], 'export needs a document id (DOC) or two files (RU EN)'],
      [['export', fixture('ru.txt'), fixture('missing.txt'), '--format', 'txt', '--out', out], 'missing.txt: cannot read the file (ENOENT)'],
      [['export', id, '--db', s.path, '--format', 'txt', '--out', join(box.dirs.out, 'no', 'such', 'dir.txt')], 'cannot write the file (ENOENT)'],
    ];
    const data = process.env.SVERKA_DATA_DIR;
    process.env.SVERKA_DATA_DIR = box.dirs.data;
    try {
      for (const [argv, message] of cases) {
        let stderr = '';
        const log = vi.spyOn(console, 'error').mockImplementation((...args) => void (stderr += `${args.join(' ')}\n`));
        const write = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
        try {
          expect(await main(argv), argv.join(' ')).toBe(2);
        } finally {
          log.mockRestore();
          write.mockRestore();
        }
        expect(stderr, argv.join(' ')).toContain(message);
      }
    } finally {
      if (data === undefined) delete process.env.SVERKA_DATA_DIR;
      else process.env.SVERKA_DATA_DIR = data;
    }
    expect(existsSync(out)).toBe(false);
    expect(box.left()).toEqual({ cwd: [], data: [], tmp: [], out: [] });
  });
});
