/**
 * `npm test`: every level (unit, integration, browser) in one Vitest run, closing with one line
 * "N passed, N failed". Extra arguments go to Vitest, e.g. `npm test -- --project unit`.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { ensureBrowser } from './ensure-browser';

interface JsonReport {
  numPassedTests: number;
  numFailedTests: number;
  numPendingTests: number;
  numTodoTests: number;
  numFailedTestSuites: number;
  success: boolean;
}

const args = process.argv.slice(2);
const runsBrowser =
  !args.includes('--project') ||
  args.some((arg, i) => args[i - 1] === '--project' && arg === 'browser');
if (runsBrowser) ensureBrowser();

const reportFile = path.resolve('test-results/vitest.json');
mkdirSync(path.dirname(reportFile), { recursive: true });
rmSync(reportFile, { force: true });

const started = Date.now();
const run = spawnSync(
  'npx',
  [
    'vitest',
    'run',
    '--passWithNoTests',
    '--reporter=default',
    '--reporter=json',
    `--outputFile.json=${reportFile}`,
    ...args,
  ],
  { stdio: 'inherit' },
);
const seconds = ((Date.now() - started) / 1000).toFixed(1);

let report: JsonReport;
try {
  report = JSON.parse(readFileSync(reportFile, 'utf8')) as JsonReport;
} catch {
  console.error(
    `Vitest wrote no report (exit code ${run.status ?? run.signal}); see the output above.`,
  );
  console.log('0 passed, 1 failed');
  process.exit(1);
}

// A file that fails to load has no tests to count; count it as a failure so it is never hidden.
const failed =
  report.numFailedTests + (report.numFailedTests === 0 ? report.numFailedTestSuites : 0);
const skipped = report.numPendingTests + report.numTodoTests;
console.log(`\nAll levels took ${seconds} s.`);
console.log(
  `${report.numPassedTests} passed, ${failed} failed${skipped > 0 ? `, ${skipped} skipped` : ''}`,
);
process.exit(failed === 0 && run.status === 0 ? 0 : 1);
