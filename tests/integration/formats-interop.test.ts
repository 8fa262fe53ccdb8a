// The glossary files against real peers: Translate Toolkit (python3-translate: the TBX v2 and
// OmegaT readers Weblate and Pootle use) and libxml2's xmllint.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { ExchangeConcept } from '../../shared/formats/glossary-exchange';
import { formatGlossaryFile, parseGlossaryFile } from '../../shared/formats/glossary-files';
import { fullGlossary } from '../fixtures/glossary/full-glossary';
import { tempDir } from './temp-db';

const PYTHON = '/usr/bin/python3';
const XMLLINT = '/usr/bin/xmllint';

function missingToolkit(): string | null {
  if (!existsSync(PYTHON)) return `${PYTHON} is not installed`;
  const probe = spawnSync(PYTHON, ['-c', 'import translate.storage.tbx, translate.storage.omegat'], { encoding: 'utf8' });
  return probe.status === 0 ? null : 'python3-translate (Translate Toolkit) is not installed';
}
const toolkitMissing = missingToolkit();
const xmllintMissing = existsSync(XMLLINT) ? null : 'xmllint (libxml2-utils) is not installed';
const skipped = (reason: string | null) => (reason ? ` (skipped: ${reason})` : '');

function python(script: string, ...args: string[]): unknown {
  const run = spawnSync(PYTHON, ['-c', script, ...args], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(`python3 failed: ${run.stderr}`);
  return JSON.parse(run.stdout);
}

function xmllint(...args: string[]) {
  return spawnSync(XMLLINT, args, { encoding: 'utf8' });
}

const READ_UNITS = `
import json, sys
from translate.storage.tbx import tbxfile
from translate.storage.omegat import OmegaTFile
kind, path = sys.argv[1], sys.argv[2]
with open(path, 'rb') as f:
    store = tbxfile(f) if kind == 'tbx' else OmegaTFile(f)
units = [{'id': u.getid() if kind == 'tbx' else None, 'source': u.source, 'target': u.target, 'notes': u.getnotes()} for u in store.units]
print(json.dumps(units, ensure_ascii=False))
`;

interface Unit {
  id: string | null;
  source: string;
  target: string | null;
  notes: string;
}

const textsOf = (c: ExchangeConcept, lang: 'ru' | 'en', ...statuses: string[]) =>
  statuses.flatMap((s) => c.terms.filter((t) => t.lang === lang && t.status === s).map((t) => t.text));

describe(`Translate Toolkit reads our files${skipped(toolkitMissing)}`, () => {
  it.skipIf(toolkitMissing !== null)('TBX v2: one unit per concept, Russian source, preferred English target, our notes and ids', () => {
    const glossary = fullGlossary();
    const path = join(tempDir(), 'glossary.tbx');
    writeFileSync(path, formatGlossaryFile('tbx2', glossary));
    const units = python(READ_UNITS, 'tbx', path) as Unit[];
    expect(units).toHaveLength(glossary.concepts.length);
    glossary.concepts.forEach((c, i) => {
      const unit = units[i];
      expect(unit.source).toBe(textsOf(c, 'ru', 'preferred')[0]);
      expect(unit.target).toBe(textsOf(c, 'en', 'preferred')[0] ?? null);
      expect(unit.id).toBe(c.uuid ? `c-${c.uuid}` : unit.source);
      // Translate Toolkit joins every <note> of the entry: the concept's, then the terms'.
      // The note with a Windows line end keeps its "\r": it is written as &#13;.
      for (const note of [c.note, ...c.terms.map((t) => t.note)]) if (note) expect(unit.notes).toContain(note);
    });
  });

  it.skipIf(toolkitMissing !== null)('OmegaT TSV: one unit per Russian × acceptable English term, forbidden ones in the comment', () => {
    const glossary = fullGlossary();
    const path = join(tempDir(), 'glossary.utf8');
    writeFileSync(path, formatGlossaryFile('tsv', glossary));
    // OmegaT skips "#" lines; Translate Toolkit's reader returns them as units.
    const units = (python(READ_UNITS, 'tsv', path) as Unit[]).filter((u) => !u.source.startsWith('#'));
    const expected = glossary.concepts.flatMap((c) => {
      const targets = textsOf(c, 'en', 'preferred', 'admitted');
      const forbidden = textsOf(c, 'en', 'forbidden');
      return textsOf(c, 'ru', 'preferred', 'admitted', 'forbidden').flatMap((source) =>
        (targets.length ? targets : ['']).map((target) => ({ source, target, forbidden })),
      );
    });
    expect(units.map((u) => [u.source, u.target ?? ''])).toEqual(expected.map((e) => [e.source, e.target]));
    units.forEach((u, i) => {
      if (expected[i].forbidden.length) expect(u.notes).toMatch(new RegExp(`^not: ${expected[i].forbidden.join(' \\| ')}(; |$)`));
    });
  });
});

describe(`we read what Translate Toolkit writes${skipped(toolkitMissing)}`, () => {
  const WRITE = `
import sys
from translate.storage.tbx import tbxfile
from translate.storage.omegat import OmegaTFile, OmegaTUnit
kind, path, source_lang = sys.argv[1], sys.argv[2], sys.argv[3] if len(sys.argv) > 3 else None
rows = [('Киев', 'Kyiv', 'not: Kiev; house style'), ('клуб «Валдай»', 'Valdai Discussion Club', ''), ("Луганская Народная Республика", "Luhansk People's Republic & <co>", 'note "quoted"')]
if kind == 'tbx':
    store = tbxfile(sourcelanguage='ru', targetlanguage='en')
    for source, target, note in rows:
        unit = store.addsourceunit(source)
        if source_lang:
            unit.setsource(source, sourcelang=source_lang)
        unit.settarget(target, lang='en')
        if note:
            unit.addnote(note)
else:
    store = OmegaTFile()
    for source, target, note in rows:
        unit = OmegaTUnit(source)
        unit.target = target
        unit.addnote(note)
        store.addunit(unit)
with open(path, 'wb') as f:
    store.serialize(f)
`;

  it.skipIf(toolkitMissing !== null)('an OmegaT glossary', () => {
    const path = join(tempDir(), 'toolkit.utf8');
    python(`${WRITE}\nprint('[]')`, 'tsv', path);
    const { glossary, refused } = parseGlossaryFile('tsv', readFileSync(path, 'utf8'));
    expect(refused).toEqual([]);
    expect(glossary.concepts.map((c) => [c.note, ...c.terms.map((t) => `${t.lang}:${t.text}:${t.status}`)])).toEqual([
      ['house style', 'ru:Киев:preferred', 'en:Kyiv:preferred', 'en:Kiev:forbidden'],
      [null, 'ru:клуб «Валдай»:preferred', 'en:Valdai Discussion Club:preferred'],
      ['note "quoted"', 'ru:Луганская Народная Республика:preferred', "en:Luhansk People's Republic & <co>:preferred"],
    ]);
  });

  it.skipIf(toolkitMissing !== null)('a TBX file the toolkit writes, DOCTYPE line and all, is read in full', () => {
    const dir = tempDir();
    // By default the toolkit labels the source langSet xml:lang="en" whatever its language.
    python(`${WRITE}\nprint('[]')`, 'tbx', join(dir, 'default.tbx'));
    const mislabelled = parseGlossaryFile('tbx2', readFileSync(join(dir, 'default.tbx'), 'utf8'));
    expect(mislabelled.glossary.concepts).toEqual([]);
    expect(mislabelled.refused).toEqual([1, 2, 3].map((n) => ({ where: `termEntry ${n}`, reason: 'there is no Russian term' })));

    python(`${WRITE}\nprint('[]')`, 'tbx', join(dir, 'toolkit.tbx'), 'ru');
    const written = readFileSync(join(dir, 'toolkit.tbx'), 'utf8');
    expect(written).toMatch(/<!DOCTYPE martif/);
    const { glossary, refused } = parseGlossaryFile('tbx2', written);
    expect(refused).toEqual([]);
    expect(glossary.concepts.map((c) => [c.note, ...c.terms.map((t) => `${t.lang}:${t.text}:${t.status}`)])).toEqual([
      ['not: Kiev; house style', 'ru:Киев:preferred', 'en:Kyiv:preferred'],
      [null, 'ru:клуб «Валдай»:preferred', 'en:Valdai Discussion Club:preferred'],
      ['note "quoted"', 'ru:Луганская Народная Республика:preferred', "en:Luhansk People's Republic & <co>:preferred"],
    ]);
  });
});

describe(`xmllint on our TBX${skipped(xmllintMissing)}`, () => {
  it.skipIf(xmllintMissing !== null)('finds TBX v3 and v2 well-formed', () => {
    const dir = tempDir();
    for (const format of ['tbx', 'tbx2'] as const) {
      const path = join(dir, `${format}.tbx`);
      writeFileSync(path, formatGlossaryFile(format, fullGlossary()));
      const run = xmllint('--noout', path);
      expect(run.stderr, format).toBe('');
      expect(run.status, format).toBe(0);
    }
  });

  it.skipIf(xmllintMissing !== null)('sees TBX v3 structure: root, namespace, required attributes, ids, languages and status values', () => {
    const glossary = fullGlossary();
    const path = join(tempDir(), 'v3.tbx');
    writeFileSync(path, formatGlossaryFile('tbx', glossary));
    const xpath = (expression: string) => {
      const run = xmllint('--xpath', expression, path);
      expect(run.status, `${expression}: ${run.stderr}`).toBe(0);
      return run.stdout.trim();
    };
    const ns = "namespace-uri(/*)";
    expect(xpath(`concat(local-name(/*), ' ', ${ns}, ' ', /*/@type, ' ', /*/@style, ' ', /*/@xml:lang)`)).toBe('tbx urn:iso:std:iso:30042:ed-2 TBX-Basic dca en');
    const count = (e: string) => Number(xpath(`count(${e})`));
    expect(count("/*/*[local-name()='text']/*[local-name()='body']/*[local-name()='conceptEntry']")).toBe(glossary.concepts.length);
    expect(count("//*[local-name()='conceptEntry'][@id]")).toBe(glossary.concepts.filter((c) => c.uuid).length);
    expect(count("//*[local-name()='conceptEntry'][@id and not(starts-with(@id, 'c-'))]")).toBe(0);
    expect(count("//*[local-name()='termSec'][@id and not(starts-with(@id, 't-'))]")).toBe(0);
    expect(count("//*[local-name()='langSec'][not(@xml:lang='ru' or @xml:lang='en')]")).toBe(0);
    expect(count("//*[local-name()='termSec'][count(*[local-name()='term'])!=1]")).toBe(0);
    const statuses = "//*[local-name()='termNote'][@type='administrativeStatus']";
    expect(count(statuses)).toBe(glossary.concepts.reduce((n, c) => n + c.terms.length, 0));
    expect(
      count(`${statuses}[not(.='preferredTerm-admn-sts' or .='admittedTerm-admn-sts' or .='deprecatedTerm-admn-sts')]`),
    ).toBe(0);
    expect(count(`${statuses}[.='deprecatedTerm-admn-sts']`)).toBe(glossary.concepts.reduce((n, c) => n + c.terms.filter((t) => t.status === 'forbidden').length, 0));
    // <date> is an xs:date in TBX v3.
    expect(count("//*[local-name()='date'][string-length(.)!=10 or substring(.,5,1)!='-' or substring(.,8,1)!='-']")).toBe(0);
    expect(xpath("string(//*[local-name()='conceptEntry'][1]/*[local-name()='transacGrp'][1]/*[local-name()='transac'])")).toBe('origination');
  });
});
