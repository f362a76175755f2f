import type { PlannedValue } from '../messaging/fill-plan';

/** The moment a date or time field asks about: when the content was published, or seen. */
export type Instant = 'published' | 'observed';

/** How the filler recognizes one field of a form; each form has its table (`lib/pharos/`). */
export interface FieldPatterns {
  /** The kind of value the key holds: a field of another shape is never its own. */
  kind: PlannedValue['kind'];
  /** Normalized label phrases (see normalizeLabel), strongest first; the last are the generic ones. */
  labels: readonly string[];
  /** Words that rule a label out for this key, e.g. a person's name never in a platform's name. */
  unless?: readonly string[];
  /**
   * Words of the wording around a field (its legend, or its step's heading) that rule it out:
   * « Nom » under « Coordonnées de l'auteur » is not the reporter's.
   */
  unlessAround?: readonly string[];
  /**
   * The field is recognized by its options (the plan's `choices`) even when its question does
   * not match: the categories' wording on the live form is unknown.
   */
  byOptions?: boolean;
  /** Dates and times are recognized by the moment they ask about, not by phrases. */
  instant?: Instant;
  /** Words of a field that asks the same value again (« Confirmez votre courriel »). */
  confirmedBy?: readonly string[];
}

/**
 * The words that tell which moment a date or time field asks about. A field says it in its own
 * label (« Date de publication »), or its label is bare (« Date ») and the wording of its group
 * says it (« Quand avez-vous constaté ce contenu ? »).
 */
export interface InstantWords {
  published: readonly string[];
  observed: readonly string[];
  /** Words of a bare date or time label: the part asked, articles, format marks. */
  bare: readonly string[];
  date: readonly string[];
  time: readonly string[];
}

/** Everything the filler knows of one form's wording. */
export interface FormPatterns {
  fields: Readonly<Record<PlannedValue['key'], FieldPatterns>>;
  instants: InstantWords;
}
