// Runs every check: types, lint and format, unused code (knip), unit tests, Chrome and Firefox
// builds, Mozilla's linter, and the end-to-end tests in real Chromium and real Firefox. Ends with one
// "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'test-reports');
mkdirSync(reports, { recursive: true });
// Where each end-to-end step writes its JSON results. Results of an earlier run are removed
// first, so a step that dies before writing counts as nothing passed.
const endToEndReports = { 'end to end': 'e2e.json', 'end to end firefox': 'e2e-firefox.json' };
for (const file of ['unit.json', ...Object.values(endToEndReports)]) {
  rmSync(path.join(reports, file), { force: true });
}
process.env.PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD = '1';

const steps = [
  ['typecheck', 'npx', ['tsc', '--noEmit']],
  ['lint', 'npx', ['eslint', '.']],
  ['format', 'npx', ['prettier', '--check', '.']],
  ['unused code and dependencies', 'npx', ['knip']],
  [
    'unit',
    'npx',
    ['vitest', 'run', '--reporter=default', '--reporter=json', `--outputFile=${reports}/unit.json`],
  ],
  ['build chrome', 'npx', ['wxt', 'build']],
  ['build firefox', 'npx', ['wxt', 'build', '-b', 'firefox']],
  [
    'lint firefox',
    'npx',
    ['web-ext', 'lint', '--source-dir', '.output/firefox-mv2', '--self-hosted'],
  ],
  ['end to end', 'npx', ['playwright', 'test', '--reporter=list,json']],
  [
    'end to end firefox',
    'npx',
    ['playwright', 'test', '--config=playwright.firefox.config.ts', '--reporter=list,json'],
  ],
];

let failedSteps = 0;
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const env = { ...process.env };
  if (endToEndReports[name]) {
    env.PLAYWRIGHT_JSON_OUTPUT_NAME = `${reports}/${endToEndReports[name]}`;
  }
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    failedSteps += 1;
    console.log(`✖ ${name} failed`);
  }
}

const unit = readJson('unit.json');
const endToEnd = Object.values(endToEndReports).map((file) => readJson(file)?.stats ?? {});
const sum = (count) => endToEnd.reduce((total, stats) => total + (stats[count] ?? 0), 0);
const passed = (unit?.numPassedTests ?? 0) + sum('expected');
const failed = (unit?.numFailedTests ?? 0) + sum('unexpected') + failedSteps;
const skipped = (unit?.numPendingTests ?? 0) + sum('skipped');
console.log(`\n${failedSteps} of ${steps.length} steps failed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function readJson(file) {
  const full = path.join(reports, file);
  return existsSync(full) ? JSON.parse(readFileSync(full, 'utf8')) : null;
}
