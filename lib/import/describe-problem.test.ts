import { problemMessagesFr } from '../i18n/problem-messages-fr';
import type { BundleReason } from './bundle-problem';
import { describeProblem } from './describe-problem';

const reasons = Object.keys(problemMessagesFr).filter(
  (key) => key !== 'truncatedAt',
) as BundleReason[];

describe('describeProblem', () => {
  it.each(reasons)('explains %s in French and English', (reason) => {
    const problem = { reason, path: 'captures/x/custody.jsonl', entry: 3, line: 4, found: 'y' };
    const fr = describeProblem(problem, 'fr');
    const en = describeProblem(problem, 'en');
    expect(fr).toMatch(/[.!]$/);
    expect(en).toMatch(/[.!]$/);
    expect(fr).not.toBe(en);
    expect(`${fr} ${en}`).not.toMatch(/undefined/);
  });

  it.each([
    [undefined, "L'archive est tronquée."],
    ['captures/x/page-screenshot.png', "L'archive est tronquée (captures/x/page-screenshot.png)."],
  ])('names the truncated file when known: %s', (path, text) => {
    expect(describeProblem({ reason: 'truncated', ...(path ? { path } : {}) }, 'fr')).toBe(text);
  });
});
