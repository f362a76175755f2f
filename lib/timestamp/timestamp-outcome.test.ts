import { readFileSync } from 'node:fs';
import { FAILURE_REASONS } from './timestamp-outcome';

describe('failure reasons', () => {
  it('are unique, and each is explained in the README for those who word them', () => {
    expect(new Set(FAILURE_REASONS).size).toBe(FAILURE_REASONS.length);
    const readme = readFileSync('lib/timestamp/README.md', 'utf8');
    const documented = [...readme.matchAll(/^\| `([a-z-]+)` +\| /gm)].map((match) => match[1]);
    expect(documented).toEqual(expect.arrayContaining([...FAILURE_REASONS]));
  });
});
