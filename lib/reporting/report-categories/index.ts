import type { ReportCategory } from '../category-schema';
import { AGAINST_PEOPLE } from './against-people';
import { SPEECH } from './speech';
import { TRADE_AND_FRAUD } from './trade-and-fraud';

/**
 * The PHAROS categories ("matières") and sub-choices of REPORTING.md, in plain words. Their
 * wording on the live form is unknown: `pharosLabel` is the documented one, the variants are
 * other wordings the filler may meet. Legal references are for orientation, not legal advice.
 */
export const REPORT_CATEGORIES: readonly ReportCategory[] = [
  ...AGAINST_PEOPLE,
  ...SPEECH,
  ...TRADE_AND_FRAUD,
];

export function categoryById(id: string | undefined): ReportCategory | undefined {
  return REPORT_CATEGORIES.find((category) => category.id === id);
}
