import { problemMessagesFr } from '../i18n/problem-messages-fr';
import type { BundleReason } from './bundle-problem';
import { describeProblem } from './describe-problem';

/** Keys that are another wording of a reason, chosen by its details. */
const WORDINGS = ['truncatedAt', 'hiddenDataNear', 'custody-bad-entry'];
const reasons = Object.keys(problemMessagesFr).filter(
  (key) => !WORDINGS.includes(key),
) as BundleReason[];

describe('describeProblem', () => {
  it.each(reasons)('explains %s in French and English', (reason) => {
    const problem = {
      reason,
      path: 'captures/x/custody.jsonl',
      entry: 3,
      line: 4,
      found: 'y',
      other: 'captures/x/thumbnail.jpg',
      size: 1 << 30,
      limit: 128 << 20,
    };
    const fr = describeProblem(problem, 'fr');
    const en = describeProblem(problem, 'en');
    expect(fr).toMatch(/[.!]$/);
    expect(en).toMatch(/[.!]$/);
    expect(fr).not.toBe(en);
    expect(`${fr} ${en}`).not.toMatch(/undefined|\?/);
  });

  it.each([
    [{ reason: 'truncated' }, "L'archive est tronquée."],
    [
      { reason: 'truncated', path: 'captures/x/page-screenshot.png' },
      "L'archive est tronquée (captures/x/page-screenshot.png).",
    ],
    [
      { reason: 'custody-bad-line', path: 'Journal de conservation', entry: 2 },
      "Journal de conservation : l'entrée 2 est illisible.",
    ],
    [
      { reason: 'hidden-data', size: 4096 },
      "L'archive contient 4,1 ko hors de tout fichier : d'autres outils pourraient y lire d'autres fichiers.",
    ],
    [
      {
        reason: 'entry-too-large',
        path: 'captures/x/page-screenshot.png',
        size: 2 ** 31,
        limit: 128 * 2 ** 20,
      },
      'captures/x/page-screenshot.png fait 2,1 Go une fois décompressé : un export Témoin n’en contient jamais de plus de 134,2 Mo.',
    ],
    [
      { reason: 'ratio-too-high', path: 'report.pdf', found: '1031', limit: 100 },
      'report.pdf se décompresserait 1031 fois plus gros qu’il n’est stocké (plus de 100 fois) : c’est une bombe de décompression.',
    ],
  ] as const)('words %j with its details', (problem, text) => {
    // Numbers are spaced with the narrow no-break spaces French typography asks for.
    expect(describeProblem(problem, 'fr').replace(/\s/g, ' ')).toBe(text);
  });
});
