import { annotationFromLog, type Annotation } from '../evidence/annotation';
import { canonicalJson } from '../evidence/canonical-json';
import type { CustodyEntry } from '../evidence/custody-entry';
import type { EvidenceProblem } from './evidence-problem';

/** The copy of the annotation kept beside a log, in the fields its container keeps. */
export interface AnnotationCopy {
  copy: Partial<Annotation>;
  fields: ReadonlyArray<Exclude<keyof Annotation, 'captureId'>>;
}

/**
 * Compares the kept copy of an annotation (the library's record, or the category, tags, notes
 * and reports written in metadata.json) with the one the custody log gives: the copy is what
 * people read, the log is the record, so they must say the same. Names the fields that differ.
 */
export function checkAnnotation(
  { copy, fields }: AnnotationCopy,
  captureId: string,
  log: readonly CustodyEntry[],
): EvidenceProblem[] {
  const replayed = annotationFromLog(captureId, log);
  const differing = fields.filter((field) => !sameJson(copy[field], replayed[field]));
  return differing.length > 0
    ? [{ reason: 'annotation-mismatch', subject: 'annotation', found: differing.join(', ') }]
    : [];
}

/** Whether two values write the same canonical JSON; text that has none is never the same. */
function sameJson(left: unknown, right: unknown): boolean {
  try {
    return canonicalJson(left ?? null) === canonicalJson(right ?? null);
  } catch {
    return false;
  }
}
