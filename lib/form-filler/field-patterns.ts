/** How the filler recognizes one field of a form; each form has its table (`lib/pharos/`). */
export interface FieldPatterns {
  /** Normalized label phrases (see normalizeLabel), strongest first; the last are the generic ones. */
  labels: readonly string[];
  /** Words that rule a label out for this key, e.g. a date key never takes a field about the hour. */
  unless?: readonly string[];
  /**
   * The field is recognized by its options (the plan's `choices`) even when its question does
   * not match: the categories' wording on the live form is unknown.
   */
  byOptions?: boolean;
}
