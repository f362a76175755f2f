import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { ReportFontFiles } from '../../lib/pdf/report-fonts';

const require = createRequire(import.meta.url);
const read = (file: string) => new Uint8Array(readFileSync(require.resolve(file)));

/** The report's font files, every script's, read from the npm packages the extension takes them from. */
export const reportFontFiles = (): ReportFontFiles => ({
  text: read('@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf'),
  emoji: read('@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf'),
  scripts: {
    arabic: read('@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf'),
    hebrew: read('@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf'),
    thai: read('@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf'),
    cjk: read('@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf'),
    korean: read('@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf'),
  },
});
