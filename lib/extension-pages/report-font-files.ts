import text from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import arabic from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import hebrew from '@expo-google-fonts/noto-sans-hebrew/400Regular/NotoSansHebrew_400Regular.ttf?url';
import cjk from '@expo-google-fonts/noto-sans-sc/400Regular/NotoSansSC_400Regular.ttf?url';
import korean from '@expo-google-fonts/noto-sans-kr/400Regular/NotoSansKR_400Regular.ttf?url';
import thai from '@expo-google-fonts/noto-sans-thai/400Regular/NotoSansThai_400Regular.ttf?url';
import emoji from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { ReportFontFiles } from '../pdf/report-fonts';
import type { ReportScript } from '../pdf/report-scripts';

const SCRIPT_FONTS: Record<ReportScript, string> = { arabic, hebrew, thai, cjk, korean };

async function read(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot read the report font ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The report's fonts, files of the extension (copied from their npm packages at build), read
 * when a report is made and never before; of the scripts' fonts, only those of `scripts`.
 */
export async function reportFontFiles(
  scripts: readonly ReportScript[] = [],
): Promise<ReportFontFiles> {
  const [textFile, emojiFile, ...scriptFiles] = await Promise.all([
    read(text),
    read(emoji),
    ...scripts.map((script) => read(SCRIPT_FONTS[script])),
  ]);
  return {
    text: textFile!,
    emoji: emojiFile!,
    scripts: Object.fromEntries(scripts.map((script, index) => [script, scriptFiles[index]!])),
  };
}
