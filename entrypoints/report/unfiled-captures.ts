import type { Annotation } from '../../lib/evidence/annotation';
import type { ReportAnswers } from '../../lib/reporting/report-answers';

/**
 * The captures not yet filed under the chosen category and sub-choice: filing is recorded in
 * the custody log once per change, not each time the results are shown again.
 */
export function unfiledCaptures(
  evidence: ReadonlyArray<{ capture: { id: string }; annotation: Annotation | undefined }>,
  answers: Pick<ReportAnswers, 'categoryId' | 'subChoiceId'>,
): string[] {
  return evidence
    .filter(({ annotation }) => {
      const filedAs = annotation?.category;
      return (
        filedAs?.categoryId !== answers.categoryId || filedAs.subChoiceId !== answers.subChoiceId
      );
    })
    .map(({ capture }) => capture.id);
}
