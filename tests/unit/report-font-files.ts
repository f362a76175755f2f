import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportFontFiles } from '../../lib/pdf/report-fonts';

const require = createRequire(import.meta.url);
const read = (file: string) => new Uint8Array(readFileSync(require.resolve(file)));

/** The report's font files, read from the npm packages the extension takes them from. */
export const reportFontFiles = (): ReportFontFiles => ({
  text: read('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  arabic: read('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
  emoji: read('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'),
});
