// Runs every check: types, lint and format, unused code (knip), unit tests, Chrome and Firefox
// builds, Mozilla's linter, and the end-to-end tests in real Chromium. Ends with one
// "N passed, N failed" line.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const reports = path.join(root, 'test-reports');
mkdirSync(reports, { recursive: true });
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
];

let failedSteps = 0;
for (const [name, command, args] of steps) {
  console.log(`\n▶ ${name}`);
  const env = { ...process.env };
  if (name === 'end to end') env.PLAYWRIGHT_JSON_OUTPUT_NAME = `${reports}/e2e.json`;
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', env });
  if (result.status !== 0) {
    failedSteps += 1;
    console.log(`✖ ${name} failed`);
  }
}

const unit = readJson('unit.json');
const endToEnd = readJson('e2e.json');
const passed = (unit?.numPassedTests ?? 0) + (endToEnd?.stats?.expected ?? 0);
const failed = (unit?.numFailedTests ?? 0) + (endToEnd?.stats?.unexpected ?? 0) + failedSteps;
const skipped = (unit?.numPendingTests ?? 0) + (endToEnd?.stats?.skipped ?? 0);
console.log(`\n${failedSteps} of ${steps.length} steps failed`);
console.log(`tests: ${passed} passed, ${failed} failed, ${skipped} skipped`);
process.exit(failed > 0 || passed === 0 ? 1 : 0);

function readJson(file) {
  const full = path.join(reports, file);
  return existsSync(full) ? JSON.parse(readFileSync(full, 'utf8')) : null;
}
