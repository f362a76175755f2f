import type { Locale, Translate } from '../i18n/translate';
import { describeProblem } from '../import/describe-problem';
import type { EvidenceProblem } from '../verification/evidence-problem';

/**
 * A problem « Vérifier » found in a capture of the library, in the same sentence a bundle's
 * check gives, naming what it is about in words where a bundle names its file.
 */
export function describeEvidenceProblem(
  problem: EvidenceProblem,
  t: Translate,
  locale: Locale,
): string {
  const { subject, ...details } = problem;
  return describeProblem({ ...details, path: t(`hash.${subject}`) }, locale);
}
