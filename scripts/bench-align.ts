// Sentence-aligner benchmark: aligns each hand-aligned bitext of the bench folder and scores
// the result the way the bench's score.mjs does (precision, recall and F1 over ladder rungs).
//
//   npx tsx scripts/bench-align.ts            (bench at ../shared/align-bench)
//   SVERKA_ALIGN_BENCH=/path npx tsx scripts/bench-align.ts
//
// A bench set is a folder holding hand.ladder, en.sen (the target side) and one other .sen
// file (the source side), one sentence a line, "<p>" for a paragraph boundary.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { alignSentences, beadsToLadder, formatLadder, readPresegmented } from '../shared/align';

const RUNS = 3;

function benchFolder(): string {
  const repo = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  return process.env.SVERKA_ALIGN_BENCH ?? join(repo, '..', 'shared', 'align-bench');
}

/** The rungs of a ladder text, read exactly as score.mjs reads them. */
function rungSet(text: string): Set<string> {
  return new Set(
    text
      .split('\n')
      .map((line) => line.trim().split(/\s+/).slice(0, 2))
      .filter((cols) => cols.length === 2 && cols.every((c) => /^\d+$/.test(c)))
      .map(([i, j]) => `${Number(i)} ${Number(j)}`),
  );
}

export interface RungScore {
  precision: number;
  recall: number;
  f1: number;
}

export function scoreLadders(autoText: string, handText: string): RungScore {
  const auto = rungSet(autoText);
  const hand = rungSet(handText);
  let hit = 0;
  for (const rung of auto) if (hand.has(rung)) hit += 1;
  const precision = auto.size ? hit / auto.size : 0;
  const recall = hand.size ? hit / hand.size : 0;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

interface BenchSet {
  name: string;
  source: string;
  target: string;
  hand: string;
}

function findSets(folder: string): BenchSet[] {
  if (!existsSync(folder) || !statSync(folder).isDirectory()) {
    throw new Error(
      `align bench folder not found: ${folder} (set SVERKA_ALIGN_BENCH to the folder holding the hand-aligned sets)`,
    );
  }
  const sets: BenchSet[] = [];
  for (const name of readdirSync(folder).sort()) {
    const dir = join(folder, name);
    if (!statSync(dir).isDirectory()) continue;
    const files = readdirSync(dir);
    const source = files.find((f) => f.endsWith('.sen') && f !== 'en.sen');
    if (!files.includes('hand.ladder') || !files.includes('en.sen') || !source) continue;
    sets.push({ name, source: join(dir, source), target: join(dir, 'en.sen'), hand: join(dir, 'hand.ladder') });
  }
  if (sets.length === 0) throw new Error(`no bench sets (hand.ladder, en.sen and a source .sen) under ${folder}`);
  return sets;
}

const mb = (bytes: number) => (bytes / 1024 / 1024).toFixed(1);

export async function benchAlign(): Promise<void> {
  for (const set of findSets(benchFolder())) {
    const source = readPresegmented(readFileSync(set.source, 'utf8'));
    const target = readPresegmented(readFileSync(set.target, 'utf8'));
    const hand = readFileSync(set.hand, 'utf8');
    const times: number[] = [];
    let ladder = '';
    let heapGrowth = 0;
    for (let run = 0; run < RUNS; run++) {
      const heapBefore = process.memoryUsage().heapUsed;
      const start = performance.now();
      const beads = alignSentences(source, target);
      times.push(performance.now() - start);
      heapGrowth = Math.max(heapGrowth, process.memoryUsage().heapUsed - heapBefore);
      ladder = formatLadder(beadsToLadder(beads, source.length, target.length));
    }
    times.sort((a, b) => a - b);
    const { precision, recall, f1 } = scoreLadders(ladder, hand);
    const peakRss = process.resourceUsage().maxRSS * 1024;
    console.log(
      `align ${set.name}: f1=${f1.toFixed(4)} precision=${precision.toFixed(4)} recall=${recall.toFixed(4)} ` +
        `time=${times[Math.floor(RUNS / 2)].toFixed(0)}ms sentences=${source.length}/${target.length} ` +
        `heap+=${mb(heapGrowth)}MB peakRSS=${mb(peakRss)}MB`,
    );
  }
}

const isMain = process.argv[1] !== undefined && import.meta.url === pathToFileURL(resolve(process.argv[1])).href;
if (isMain) {
  benchAlign().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
