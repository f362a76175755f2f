// Checks the running Node.js against package.json's "engines" before anything is built, so that
// a too-old Node gets an instruction instead of a build error. Kept to syntax and APIs that old
// Node versions still run.
import { readFileSync } from 'node:fs';

const packageJson = new URL('../package.json', import.meta.url);

/** True when `version` ("20.19.1") is in `range`: "||" between "^x.y.z" and ">=x.y.z". */
export function satisfies(version, range) {
  const actual = parse(version);
  return range.split('||').some((alternative) => {
    const match = /^(\^|>=)\s*(\d+(?:\.\d+){0,2})$/.exec(alternative.trim());
    if (!match) throw new Error(`Unsupported Node range in package.json: "${alternative}"`);
    const [, operator, minimum] = match;
    const wanted = parse(minimum);
    return compare(actual, wanted) >= 0 && (operator === '>=' || actual[0] === wanted[0]);
  });
}

/** Exits with what to do when this Node.js is older than package.json asks. */
export function exitIfNodeTooOld(version = process.versions.node) {
  const range = JSON.parse(readFileSync(packageJson, 'utf8')).engines.node;
  if (satisfies(version, range)) return;
  console.error(`Témoin needs Node.js ${range.split(/\s*\|\|\s*/).join(' or ')}; this is Node.js ${version}.
Install a current long-term-support Node.js (22 or 24, for example with "nvm install --lts"),
then run "npm install && npm start" again.`);
  process.exit(1);
}

function parse(version) {
  const [major = 0, minor = 0, patch = 0] = version.split('.').map(Number);
  return [major, minor, patch];
}

function compare(left, right) {
  return left[0] - right[0] || left[1] - right[1] || left[2] - right[2];
}
