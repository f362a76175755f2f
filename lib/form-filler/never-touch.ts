/**
 * Fields the filler never touches, whatever the plan says: a person answers a captcha, and
 * Témoin never solves one (REPORTING.md, safety rules).
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
];

/** The same, in ids, names and classes: excluding by an id is safe where matching by one is not. */
export const NEVER_TOUCH_ATTRIBUTES = /captcha|recaptcha|hcaptcha|turnstile/i;
