/**
 * Fields the filler never touches, whatever the plan says: a person answers a captcha, and
 * Témoin never solves one; a statement on one's honour is the person's alone to make (a
 * knowingly false report is punished, code pénal art. 226-10) (REPORTING.md, safety rules).
 */
export const NEVER_TOUCH_LABELS: readonly string[] = [
  'captcha',
  'code de securite',
  'code de verification',
  'recopiez',
  'caracteres affiches',
  'je ne suis pas un robot',
  'security code',
  'verification code',
  'not a robot',
  'je certifie',
  "j'atteste",
  "sur l'honneur",
  'i certify',
];

/** The same, in ids, names and classes: excluding by an id is safe where matching by one is not. */
export const NEVER_TOUCH_ATTRIBUTES = /captcha|recaptcha|hcaptcha|turnstile/i;
