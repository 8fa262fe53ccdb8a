// Glossary exchange on a real database file: a 100,000-line CSV imported into a new glossary (the
// bulk path), the same file merged into it again (every concept matched and compared), and the
// glossary exported to TBX and imported back.
// Run: npx tsx scripts/bench-exchange.ts
// Goal: the 100,000-line import in < 3 s.

import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '../main/db/open';
import { createServices } from '../main/services';
import type { ExchangeConcept } from '../shared/formats/glossary-exchange';
import { formatGlossaryFile } from '../shared/formats/glossary-files';
import { sourceKey } from '../shared/formats/glossary-merge';
import { transliterate } from '../shared/terms';
import { generateGlossary } from '../tests/fixtures/generated-glossary';

const LINES = 100_000;

/** Wall time, and the CPU time of this process (the fairer figure on a machine others are using too). */
function time<T>(run: () => T): [T, string] {
  const t = performance.now();
  const cpu = process.cpuUsage();
  const value = run();
  const used = process.cpuUsage(cpu);
  return [value, `${((performance.now() - t) / 1000).toFixed(2)} s (CPU ${((used.user + used.system) / 1e6).toFixed(2)} s)`];
}

/** 100,000 distinct Russian terms (the generator repeats a few names), each with its English and a forbidden spelling. */
function generatedCsv(): string {
  const seen = new Set<string>();
  const concepts: ExchangeConcept[] = [];
  for (let seed = 1; concepts.length < LINES; seed++) {
    for (const c of generateGlossary(LINES, seed)) {
      const ru = c.terms[0].text;
      if (seen.has(sourceKey(ru)) || concepts.length >= LINES) continue;
      seen.add(sourceKey(ru));
      const en = transliterate(ru, 'house');
      const term = (lang: 'ru' | 'en', text: string, status: 'preferred' | 'forbidden') => ({ uuid: null, lang, text, status, caseSensitive: false, partOfSpeech: null, note: null });
      concepts.push({
        uuid: null,
        type: c.type,
        domain: null,
        note: concepts.length % 10 === 0 ? 'house style' : null,
        createdAt: null,
        createdBy: null,
        updatedAt: null,
        updatedBy: null,
        terms: [term('ru', ru, 'preferred'), term('en', en, 'preferred'), ...(concepts.length % 3 === 0 ? [term('en', `${en}e`, 'forbidden')] : [])],
      });
    }
  }
  return formatGlossaryFile('csv', { name: null, uuid: null, sourceLang: 'ru', targetLang: 'en', concepts });
}

console.log(`machine: ${cpus().length} cores, load average ${loadavg()[0].toFixed(1)}`);
const dir = mkdtempSync(join(tmpdir(), 'sverka-bench-'));
try {
  const db = openDatabase(join(dir, 'sverka.db'));
  const { glossaryExchange: exchange, glossary } = createServices(db);
  const content = generatedCsv();
  console.log(`file: ${LINES} lines of CSV, ${(content.length / 1e6).toFixed(1)} M characters`);

  const [preview, previewMs] = time(() => exchange.importPreview({ fileName: 'generated.csv', content }));
  console.log(`exchange: preview into a new glossary: ${previewMs} (${preview.addedCount} new, ${preview.refused.length} refused)`);

  const [first, importMs] = time(() => exchange.importApply({ fileName: 'generated.csv', content }));
  console.log(`exchange: import ${LINES} lines into a new glossary, one transaction: ${importMs} (goal < 3 s; ${first.added} concepts)`);

  const [again, againMs] = time(() => exchange.importApply({ glossaryId: first.glossaryId, fileName: 'generated.csv', content }));
  console.log(`exchange: the same file merged again (every concept matched, compared): ${againMs} (${again.identical} identical, ${again.added} new)`);

  const [tbx, exportMs] = time(() => exchange.export(first.glossaryId, 'tbx'));
  console.log(`exchange: export to TBX (with the bases recorded): ${exportMs} (${(tbx.data.length / 1e6).toFixed(0)} M characters)`);

  const [back, backMs] = time(() => exchange.importApply({ glossaryId: first.glossaryId, fileName: tbx.fileName, content: tbx.data }));
  console.log(`exchange: the TBX merged back: ${backMs} (${back.identical} identical)`);

  const found = glossary.concepts({ query: 'house', glossaryIds: [first.glossaryId], limit: 5 });
  if (found.length === 0 || first.added !== LINES || again.identical !== LINES || back.identical !== LINES) throw new Error('the imported glossary is not what the file says');
  db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
