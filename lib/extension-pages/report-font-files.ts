import text from '@expo-google-fonts/noto-sans/400Regular/NotoSans_400Regular.ttf?url';
import arabic from '@expo-google-fonts/noto-sans-arabic/400Regular/NotoSansArabic_400Regular.ttf?url';
import emoji from '@expo-google-fonts/noto-emoji/400Regular/NotoEmoji_400Regular.ttf?url';
import type { ReportFontFiles } from '../pdf/report-fonts';

async function read(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`Cannot read the report font ${url}: ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/**
 * The report's fonts, files of the extension (copied from their npm packages at build), read
 * when a report is made and never before.
 */
export async function reportFontFiles(): Promise<ReportFontFiles> {
  const [textFile, arabicFile, emojiFile] = await Promise.all([
    read(text),
    read(arabic),
    read(emoji),
  ]);
  return { text: textFile, arabic: arabicFile, emoji: emojiFile };
}
