// `npm run bench`: every speed and accuracy figure, each benchmark in its own process so that one
// does not warm up or burden the next.
import { spawnSync } from 'node:child_process';

const BENCHMARKS = [
  ['aligner: F1 on ../shared/align-bench, time and memory', 'scripts/bench-align.ts'],
  ['segmentation: 1 MB of Russian and of English', 'scripts/bench-segment.ts'],
  ['term matching: 100,000-concept glossary, 10,000-word article', 'scripts/bench-terms.ts', '--az'],
  ['learning from an edit: the word diff of a 24,000-token segment', 'scripts/bench-learn.ts'],
  ['one click on a 5,000-row document through the dispatcher: fix, dismiss, the findings after', 'scripts/bench-click.ts'],
  ['glossary search and review on a database file: 100,000 concepts, 10,000-word article', 'scripts/bench-review.ts'],
  ['glossary exchange: a 100,000-line CSV imported and merged, exported to TBX and back', 'scripts/bench-exchange.ts'],
];

let failed = 0;
for (const [title, script, ...args] of BENCHMARKS) {
  console.log(`\n== ${title}`);
  const result = spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { stdio: 'inherit' });
  if (result.status !== 0) failed += 1;
}
process.exit(failed === 0 ? 0 : 1);
