import type { Font } from 'fontkit';
import { EmbeddedTypesetter } from './embedded-typesetter';
import { standardTypesetter, type Typesetter } from './typesetter';

/**
 * The font files the report embeds, read only when a report is made: Noto Sans (Latin, Greek,
 * Cyrillic), Noto Sans Arabic and Noto Emoji (monochrome), under the SIL Open Font License.
 */
export interface ReportFontFiles {
  text: Uint8Array;
  arabic: Uint8Array;
  emoji: Uint8Array;
}

/**
 * Embedded fonts when their files are given; the standard fonts otherwise. The font engine is
 * loaded here, when a report is made, so no page carries it before.
 */
export async function reportTypesetter(files: ReportFontFiles | undefined): Promise<Typesetter> {
  if (!files) return standardTypesetter;
  const { create } = await import('fontkit');
  const parse = (bytes: Uint8Array) => create(bytes as Parameters<typeof create>[0]) as Font;
  return new EmbeddedTypesetter([parse(files.text), parse(files.arabic), parse(files.emoji)]);
}
