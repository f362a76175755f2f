import type { Font } from 'fontkit';
import { EmbeddedTypesetter } from './embedded-typesetter';
import { REPORT_SCRIPTS, type ReportScript } from './report-scripts';
import { standardTypesetter, type Typesetter } from './typesetter';

/**
 * The font files the report embeds, read only when a report is made, all under the SIL Open
 * Font License: Noto Sans (Latin, Greek, Cyrillic, Devanagari), Noto Emoji (monochrome), and the fonts of
 * the other scripts the report's text has (`report-scripts.ts`), only those.
 */
export interface ReportFontFiles {
  text: Uint8Array;
  emoji: Uint8Array;
  scripts: Partial<Record<ReportScript, Uint8Array>>;
}

/**
 * Embedded fonts when their files are given; the standard fonts otherwise. The font engine is
 * loaded here, when a report is made, so no page carries it before. Fonts are tried in order:
 * Noto Sans, each script's, then the emoji font, which must stay last (embedded-typesetter.ts).
 */
export async function reportTypesetter(files: ReportFontFiles | undefined): Promise<Typesetter> {
  if (!files) return standardTypesetter;
  const { create } = await import('fontkit');
  const parse = (bytes: Uint8Array) => create(bytes as Parameters<typeof create>[0]) as Font;
  const scripts = REPORT_SCRIPTS.flatMap(({ script }) => files.scripts[script] ?? []);
  return new EmbeddedTypesetter([files.text, ...scripts, files.emoji].map(parse));
}
