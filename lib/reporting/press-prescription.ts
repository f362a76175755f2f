import type { PublicationTime } from '../sites/post-details';

export type PrescriptionTerm = 'three-months' | 'one-year';

export interface PrescriptionDeadline {
  /** The last moment to act, UTC ISO 8601. */
  deadline: string;
  /** Whole days left from `now`; negative once past. */
  daysLeft: number;
  /**
   * What the deadline counts from: the publication instant, the earliest instant a relative
   * label allows, or, when the date is unknown, the capture (the real deadline is then sooner).
   */
  basis: 'published' | 'published-earliest' | 'captured';
}

const DAY_MS = 86_400_000;

/** Adds calendar months, keeping the day or falling back to the month's last day. */
export function addMonths(from: Date, months: number): Date {
  const target = new Date(from.getTime());
  const day = from.getUTCDate();
  target.setUTCDate(1);
  target.setUTCMonth(target.getUTCMonth() + months);
  const lastDay = new Date(
    Date.UTC(target.getUTCFullYear(), target.getUTCMonth() + 1, 0),
  ).getUTCDate();
  target.setUTCDate(Math.min(day, lastDay));
  return target;
}

/**
 * When the press-law limitation (loi du 29 juillet 1881: three months for insult and
 * defamation, one year when discriminatory) ends for a post, counted from the earliest moment
 * it can have been published: the safe side for the person who wants to act.
 */
export function prescriptionDeadline(
  published: PublicationTime,
  capturedAt: string,
  term: PrescriptionTerm,
  now: Date,
): PrescriptionDeadline {
  const [start, basis]: [string, PrescriptionDeadline['basis']] =
    published.kind === 'absolute'
      ? [published.at, 'published']
      : published.kind === 'range'
        ? [published.earliest, 'published-earliest']
        : [capturedAt, 'captured'];
  const deadline = addMonths(new Date(start), term === 'three-months' ? 3 : 12);
  return {
    deadline: deadline.toISOString(),
    daysLeft: Math.floor((deadline.getTime() - now.getTime()) / DAY_MS),
    basis,
  };
}
