/**
 * The scripts the report draws with a font of their own, beyond Noto Sans (Latin, Greek,
 * Cyrillic, Devanagari, each shaped by fontkit) and Noto Emoji, in the order their fonts are tried. A font is read only when the
 * report's text has a letter of its script, so a script never met costs nothing.
 */
export const REPORT_SCRIPTS = [
  { script: 'arabic', letters: /[\p{Script=Arabic}]/u },
  { script: 'hebrew', letters: /[\p{Script=Hebrew}]/u },
  { script: 'thai', letters: /[\p{Script=Thai}]/u },
  // Chinese and Japanese: Noto Sans SC has the Han characters, simplified and traditional,
  // and the kana (and the Han characters Korean sometimes writes).
  { script: 'cjk', letters: /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u },
  { script: 'korean', letters: /[\p{Script=Hangul}]/u },
] as const;

export type ReportScript = (typeof REPORT_SCRIPTS)[number]['script'];

/** The scripts of REPORT_SCRIPTS that the texts have a character of, in the table's order. */
export function scriptsIn(texts: Iterable<string>): ReportScript[] {
  const found = new Set<ReportScript>();
  for (const text of texts)
    for (const { script, letters } of REPORT_SCRIPTS)
      if (!found.has(script) && letters.test(text)) found.add(script);
  return REPORT_SCRIPTS.map(({ script }) => script).filter((script) => found.has(script));
}

/**
 * The scripts a report of these captures prints: found in everything it prints of them (the
 * sealed details, notes, tags and logs) and in `more` (the case's name).
 */
export function reportScripts(
  captures: ReadonlyArray<{
    capture: { metadata: unknown };
    annotation: unknown;
    custody: unknown;
  }>,
  more: readonly string[] = [],
): ReportScript[] {
  return scriptsIn([
    ...more,
    ...captures.map(({ capture, annotation, custody }) =>
      JSON.stringify([capture.metadata, annotation, custody]),
    ),
  ]);
}
