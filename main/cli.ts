// `npx sverka …`: the command line, on the same services as the app.
import { basename } from 'node:path';
import { parseArgs } from 'node:util';
import { alignParagraphs, alignSentences, beadsToLadder, formatLadder, readPresegmented } from '../shared/align';
import type { Bead, Paragraph, RowKind } from '../shared/model';
import { segmentBlocks } from '../shared/text/segment';
import { exportCommand } from './cli-export';
import { fix, review } from './cli-review';
import { glossary } from './cli-glossary';
import { isBadInput, readBytes, UsageError } from './cli-usage';
import { ImportError, readArticle } from './import';

export { UsageError };

const USAGE = `usage: sverka <command> [options]

commands:
  align A B [--presegmented] [--ladder | --json | --tsv]
      Align the sentences of A (the original) and B (the translation).
      --presegmented   each line of A and B is one sentence; a line <p> marks a paragraph
      --ladder         one rung "i j" a line; the last rung is the two sentence counts
      --json           {"rows":[{"source":[{"text","kind"}],"target":[…]}]}
      --tsv            one row a line: source<TAB>target (the default)

  review RU EN [--glossary FILE]… [--json] [--lang en|ru] [--db PATH]
      Import the pair (into a temporary database, or PATH) and print the findings.
      --glossary FILE  a glossary file: TBX (v3 or v2), CSV (source,target,type,forbidden,note)
                       or OmegaT TSV; repeatable; a file with unreadable entries is refused
      --json           {"rows":[…],"findings":[{check,severity,row,source,target,message,fix}]};
                       message and fix.label are {key,params,text}
      --lang en|ru     the language of the messages (default: from LC_ALL, LC_MESSAGES, LANG)

  fix RU EN [--glossary FILE]… [--out FILE] [--db PATH]
      Apply every automatic fix and write the corrected translation (furniture dropped)
      to FILE or standard output; a summary of the changes goes to the terminal.
      Exit code 1 when findings are left for the editor.

  export DOC --format FORMAT --out FILE [--db PATH] [--furniture] [--no-captions] [--lang en|ru]
  export RU EN [--glossary FILE]… --format FORMAT --out FILE [same options]
      Write document DOC of the database (the app's unless --db), or the pair RU EN
      imported with every automatic fix applied (in a temporary database unless --db).
      --format         txt, md, html, docx: the corrected article; xliff (2.0), xliff12,
                       tmx: bilingual, every row with its state; report: the change report (HTML)
      --out FILE       where to write; - for standard output (not for docx)
      --furniture      keep page furniture in the article (left out by default)
      --no-captions    leave photo captions and credits out of the article
      --lang en|ru     the language of the report (default: from LC_ALL, LC_MESSAGES, LANG)

  glossary list [--glossary NAME] [--type TYPE] [--json] [--db PATH]
  glossary search QUERY [--glossary NAME] [--json] [--db PATH]
  glossary add RU EN [--glossary NAME] [--type TYPE] [--forbidden EN]… [--note TEXT] [--db PATH]
  glossary export --format tbx|tbx2|csv|tsv [--glossary NAME] [--out FILE] [--db PATH]
  glossary import FILE [--glossary NAME] [--format F] [--on-conflict keep|theirs|both]
                  [--dry-run] [--accept-refused] [--db PATH]
      The app's glossaries (its database unless --db). "add" creates the glossary NAME
      (default "Default") when it does not exist.
      export: --format from --out's extension when absent; standard output without --out.
      import merges FILE into the glossary NAME (else the one the file names, else one
      named after the file; created when missing), matching concepts by id, else by the
      Russian term. A field changed on one side only since the last export or import is
      taken; changed on both, it is a conflict: keep (the default) leaves ours, theirs
      takes the file's, both keeps ours and adds the file's terms as variants.
      --dry-run        print what the import would do, field by field, and change nothing
      --accept-refused import the rest of a file with unreadable entries (exit 2 otherwise)

exit codes: 0 success, 1 findings (review), 2 bad input`;

interface Sentence {
  text: string;
  kind: RowKind;
}

async function readSide(path: string, lang: 'ru' | 'en'): Promise<Paragraph[]> {
  const bytes = readBytes(path);
  const file = await readArticle({ name: basename(path), bytes });
  return segmentBlocks(file.blocks, lang);
}

function readLines(path: string): string[] {
  return readPresegmented(readBytes(path).toString('utf8'));
}

async function align(args: string[]) {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      presegmented: { type: 'boolean', default: false },
      ladder: { type: 'boolean', default: false },
      json: { type: 'boolean', default: false },
      tsv: { type: 'boolean', default: false },
    },
  });
  if (positionals.length !== 2) throw new UsageError('align needs two files: the original and the translation');
  if ([values.ladder, values.json, values.tsv].filter(Boolean).length > 1) throw new UsageError('choose one of --ladder, --json, --tsv');
  const [a, b] = positionals;
  let source: Sentence[];
  let target: Sentence[];
  let beads: Bead[];
  if (values.presegmented) {
    const toSentence = (text: string): Sentence => ({ text, kind: 'text' });
    const aLines = readLines(a);
    const bLines = readLines(b);
    source = aLines.map(toSentence);
    target = bLines.map(toSentence);
    beads = alignSentences(aLines, bLines);
  } else {
    const aParas = await readSide(a, 'ru');
    const bParas = await readSide(b, 'en');
    const flat = (ps: Paragraph[]) => ps.flatMap((p) => p.sentences.map((text) => ({ text, kind: p.kind })));
    source = flat(aParas);
    target = flat(bParas);
    beads = alignParagraphs(aParas, bParas);
  }
  if (values.ladder) {
    process.stdout.write(formatLadder(beadsToLadder(beads, source.length, target.length)));
    return 0;
  }
  const rows = beads.map((bead) => ({
    source: source.slice(bead.sourceStart, bead.sourceEnd),
    target: target.slice(bead.targetStart, bead.targetEnd),
  }));
  if (values.json) {
    process.stdout.write(`${JSON.stringify({ rows })}\n`);
    return 0;
  }
  const cell = (sentences: Sentence[]) => sentences.map((s) => s.text.replace(/[\t\n]/g, ' ')).join(' ');
  process.stdout.write(rows.map((r) => `${cell(r.source)}\t${cell(r.target)}\n`).join(''));
  return 0;
}

const COMMANDS: Record<string, (args: string[]) => Promise<number>> = { align, review, fix, export: exportCommand, glossary };

export async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  if (!command || command === '--help' || command === '-h' || command === 'help') {
    console.log(USAGE);
    return command ? 0 : 2;
  }
  const run = COMMANDS[command];
  if (!run) {
    console.error(`sverka: unknown command "${command}"\n\n${USAGE}`);
    return 2;
  }
  try {
    return await run(rest);
  } catch (error) {
    if (isBadInput(error) || error instanceof ImportError) {
      console.error(`sverka ${command}: ${error.message}`);
      return 2;
    }
    const code = (error as { code?: unknown }).code;
    if (typeof code === 'string' && code.startsWith('ERR_PARSE_ARGS')) {
      console.error(`sverka ${command}: ${(error as Error).message}`);
      return 2;
    }
    throw error;
  }
}
