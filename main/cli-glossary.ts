// `sverka glossary list|search|add|export|import`: the app's glossaries from scripts.
import { parseArgs } from 'node:util';
import { CONCEPT_TYPES, type Concept, type ConceptType } from '../shared/model';
import { approvedRendering, forbiddenRenderings, russianTerm } from '../shared/terms/renderings';
import { createAppContext, type AppContext } from './app-context';
import { exportGlossary, importGlossary } from './cli-glossary-exchange';
import { UsageError } from './cli-usage';

const OPTIONS = {
  glossary: { type: 'string' },
  type: { type: 'string' },
  forbidden: { type: 'string', multiple: true, default: [] as string[] },
  note: { type: 'string' },
  json: { type: 'boolean', default: false },
  db: { type: 'string' },
  limit: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string' },
  'on-conflict': { type: 'string' },
  'dry-run': { type: 'boolean', default: false },
  'accept-refused': { type: 'boolean', default: false },
} as const;

const DEFAULT_GLOSSARY = 'Default';

function conceptType(value: string | undefined): ConceptType | undefined {
  if (value === undefined) return undefined;
  if (!(CONCEPT_TYPES as readonly string[]).includes(value)) {
    throw new UsageError(`unknown type "${value}" (one of ${CONCEPT_TYPES.join(', ')})`);
  }
  return value as ConceptType;
}

function glossaryNamed(app: AppContext, name: string) {
  return app.services.glossary.glossaries().find((g) => g.name === name);
}

function line(concept: Concept, glossaryName: string): string {
  const forbidden = forbiddenRenderings(concept).map((t) => t.text);
  const parts = [`${russianTerm(concept)} → ${approvedRendering(concept) ?? '?'}`, `(${concept.type})`];
  if (forbidden.length) parts.push(`not: ${forbidden.join(' | ')}`);
  if (concept.note) parts.push(`— ${concept.note}`);
  parts.push(`[${glossaryName}]`);
  return parts.join('  ');
}

function print(app: AppContext, concepts: Concept[], json: boolean) {
  if (json) {
    process.stdout.write(`${JSON.stringify(concepts)}\n`);
    return;
  }
  const names = new Map(app.services.glossary.glossaries().map((g) => [g.id, g.name]));
  for (const c of concepts) process.stdout.write(`${line(c, names.get(c.glossaryId) ?? '?')}\n`);
  process.stderr.write(`${concepts.length} concept${concepts.length === 1 ? '' : 's'}\n`);
}

function limitOf(value: string | undefined): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--limit must be a positive whole number, not "${value}"`);
  return n;
}

export async function glossary(args: string[]): Promise<number> {
  const [sub, ...rest] = args;
  const { values, positionals } = parseArgs({ args: rest, allowPositionals: true, options: OPTIONS });
  const app = createAppContext('cli', values.db);
  try {
    const scope = () => {
      if (!values.glossary) return undefined;
      const found = glossaryNamed(app, values.glossary);
      if (!found) throw new UsageError(`no glossary named "${values.glossary}"`);
      return [found.id];
    };
    switch (sub) {
      case 'list': {
        if (positionals.length) throw new UsageError('list takes no arguments; to search, use "glossary search QUERY"');
        const concepts = app.services.glossary.concepts({ glossaryIds: scope(), type: conceptType(values.type), limit: limitOf(values.limit) });
        print(app, concepts, values.json);
        return 0;
      }
      case 'search': {
        const query = positionals.join(' ').trim();
        if (!query) throw new UsageError('search needs a query');
        const concepts = app.services.glossary.concepts({ query, glossaryIds: scope(), type: conceptType(values.type), limit: limitOf(values.limit) });
        print(app, concepts, values.json);
        return concepts.length > 0 ? 0 : 1;
      }
      case 'add': {
        if (positionals.length !== 2) throw new UsageError('add needs the Russian term and its English rendering');
        const [ru, en] = positionals;
        const name = values.glossary ?? DEFAULT_GLOSSARY;
        const target = glossaryNamed(app, name) ?? app.services.glossary.createGlossary(name);
        const concept = app.services.glossary.createConcept({
          glossaryId: target.id,
          type: conceptType(values.type) ?? 'other',
          note: values.note ?? null,
          terms: [
            { lang: 'ru', text: ru, status: 'preferred' },
            { lang: 'en', text: en, status: 'preferred' },
            ...values.forbidden.map((text) => ({ lang: 'en' as const, text, status: 'forbidden' as const })),
          ],
        });
        print(app, [concept], values.json);
        return 0;
      }
      case 'export':
        return exportGlossary(app, values, positionals);
      case 'import':
        return importGlossary(app, values, positionals);
      default:
        throw new UsageError(sub ? `unknown glossary command "${sub}" (list, search, add, export, import)` : 'glossary needs a command: list, search, add, export, import');
    }
  } finally {
    app.close();
  }
}
