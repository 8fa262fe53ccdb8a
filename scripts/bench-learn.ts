// Learning from a hand edit on a very long segment: the word diff behind it must stay fast and
// small however long the segment is.
// Run: npx tsx scripts/bench-learn.ts
// Goal: a 24,000-token segment with a name changed at both ends: well under 1 s and under 100 MB.

import type { Row } from '../shared/model';
import { learnFromEdit } from '../shared/review/learn';

const TOKENS = 24_000;
const words = ['the', 'minister', 'said', 'that', 'talks', 'in', 'Geneva', 'would', 'go', 'on', 'next', 'week', ','];
const parts: string[] = [];
for (let i = 0; parts.length < TOKENS; i++) parts.push(words[i % words.length]);
// The name near both ends: the two changes are far apart, so no common head or tail shortcuts the diff.
const before = ['Andrey', 'Kortunov', ...parts, 'Andrey', 'Kortunov'].join(' ');
const after = before.replaceAll('Andrey Kortunov', 'Andrei Kortunov');

const row: Row = {
  beadId: 1,
  position: 0,
  source: [{ id: 1, side: 'source', position: 0, paragraph: 0, kind: 'text', original: 'Андрей Кортунов сказал.', current: 'Андрей Кортунов сказал.' }],
  target: [{ id: 2, side: 'target', position: 0, paragraph: 0, kind: 'text', original: before, current: after }],
};

globalThis.gc?.();
const rssBefore = process.memoryUsage().rss;
let peak = rssBefore;
const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 5);
const times: number[] = [];
for (let run = 0; run < 5; run++) {
  const t = performance.now();
  const learned = learnFromEdit({ rows: [row], segmentId: 2, before, after });
  times.push(performance.now() - t);
  peak = Math.max(peak, process.memoryUsage().rss);
  if (run === 0) console.log(`  (learned ${JSON.stringify(learned?.approved ?? null)})`);
}
clearInterval(sampler);
const median = [...times].sort((a, b) => a - b)[2];
const grew = (peak - rssBefore) / 2 ** 20;
console.log(`learn from an edit in a ${TOKENS}-token segment: median ${median.toFixed(0)} ms (goal < 1000 ms, ${(median / 1000).toFixed(2)}× the goal)`);
console.log(`  memory grown while diffing: ${grew.toFixed(0)} MB (goal < 100 MB)`);
