import { evidenceItemOf } from '../../lib/evidence/evidence-item-of';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import type { Locale } from '../../lib/i18n/translate';
import type { FillPlan } from '../../lib/messaging/fill-plan';
import { reportAnswersSchema } from '../../lib/messaging/report-schemas';
import { buildPharosPlan } from '../../lib/pharos/pharos-plan';
import { categoryById } from '../../lib/reporting/report-categories';

/**
 * The plan for the training form, built from a practice capture and the pupil's answers by
 * the plan builder the real PHAROS form gets. No identity is ever typed here: the training form
 * may be on a classroom's screen. Null when the address names no practice capture.
 */
export async function loadTrainingPlan(
  database: EvidenceDatabase,
  address: string,
  locale: Locale,
  practiceName: string,
): Promise<FillPlan | null> {
  const parameters = new URLSearchParams(new URL(address).hash.slice(1));
  const captureId = parameters.get('capture');
  let answers: unknown;
  try {
    answers = JSON.parse(parameters.get('answers') ?? 'null');
  } catch {
    return null;
  }
  const parsed = reportAnswersSchema.safeParse(answers);
  if (!captureId || !parsed.success) return null;
  const capture = await database.captures.get(captureId);
  if (!capture) return null;
  // As the real flow does once images are deleted under the child-abuse rule.
  const imagesDeleted = Boolean(categoryById(parsed.data.categoryId)?.childAbuse);
  const item = evidenceItemOf(capture, imagesDeleted);
  return buildPharosPlan({
    answers: parsed.data,
    items: [item.platform ? item : { ...item, siteLabel: practiceName }],
    identity: null,
    locale,
  });
}
