// `npm test`: type-check, unit and integration tests, then end-to-end tests in Chromium.
// Ends with one line "N passed, N failed" (also written to test-results/summary.txt).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';

mkdirSync('test-results', { recursive: true });
let passed = 0;
let failed = 0;

function step(name, args) {
  console.log(`\n== ${name}`);
  return spawnSync(process.execPath, args, { stdio: 'inherit', env: process.env }).status === 0;
}

function vitest(name, config, report) {
  rmSync(report, { force: true });
  const ok = step(name, ['node_modules/vitest/vitest.mjs', 'run', ...(config ? ['-c', config] : []), '--reporter=default', '--reporter=json', `--outputFile=${report}`]);
  if (!existsSync(report)) {
    failed += 1;
    console.log(`${name}: the test runner produced no report`);
    return;
  }
  const result = JSON.parse(readFileSync(report, 'utf8'));
  passed += result.numPassedTests;
  failed += result.numFailedTests;
  // A suite that fails to load has no failed test of its own; count it so it cannot pass silently.
  const brokenSuites = result.testResults.filter((s) => s.status === 'failed' && s.assertionResults.every((a) => a.status !== 'failed')).length;
  failed += brokenSuites;
  if (!ok && result.numFailedTests === 0 && brokenSuites === 0) failed += 1;
}

if (step('typecheck (main, renderer, shared, tests)', ['node_modules/typescript/bin/tsc', '-p', 'tsconfig.json', '--noEmit'])) passed += 1;
else failed += 1;
vitest('unit and integration tests', null, 'test-results/unit.json');
vitest('end-to-end tests (Chromium)', 'vitest.e2e.config.ts', 'test-results/e2e.json');

const summary = `${passed} passed, ${failed} failed`;
writeFileSync('test-results/summary.txt', `${summary}\n`);
console.log(`\n${summary}`);
process.exit(failed === 0 ? 0 : 1);
