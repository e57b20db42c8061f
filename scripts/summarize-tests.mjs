// Adds up the runners' own JSON results (Vitest projects and Playwright) into the one closing line
// CI reads: `tests: N passed, N failed[, N skipped]`. A runner whose results file is missing counts
// as one failure, so a crashed runner can never look like a green run.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? '.vitest-results';
let passed = 0;
let failed = 0;
let skipped = 0;

for (const name of ['unit', 'browser']) {
  const file = join(dir, `${name}.json`);
  if (!existsSync(file)) { console.log(`${name}: no results (runner did not finish)`); failed += 1; continue; }
  const r = JSON.parse(readFileSync(file, 'utf8'));
  passed += r.numPassedTests;
  failed += r.numFailedTests;
  skipped += r.numPendingTests + (r.numTodoTests ?? 0);
  if (r.numFailedTestSuites > 0 && r.numFailedTests === 0) failed += r.numFailedTestSuites;
}

const e2eFile = join(dir, 'e2e.json');
if (!existsSync(e2eFile)) { console.log('e2e: no results (runner did not finish)'); failed += 1; }
else {
  const s = JSON.parse(readFileSync(e2eFile, 'utf8')).stats;
  passed += s.expected + s.flaky;
  failed += s.unexpected;
  skipped += s.skipped;
}

console.log(`tests: ${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ''}`);
process.exit(failed > 0 ? 1 : 0);
