import { translatorIn, type Locale } from '../i18n/catalogue';
import { authorPdfMessagesEn } from '../i18n/author-pdf-messages-en';
import { authorPdfMessagesFr } from '../i18n/author-pdf-messages-fr';
import { dateTimeFormat } from '../i18n/translate';
import type { AuthorGroup } from '../library/author-dossier';
import { countsText, drawAuthorSection, type Say, type SectionTools } from './author-section';
import { PageFlow } from './page-flow';
import { PdfWriter } from './pdf-writer';

export interface AuthorReportOptions {
  groups: readonly AuthorGroup[];
  language: Locale;
  exportedAt: Date;
  extensionVersion: string;
  platformName: (platform: string) => string;
  picture: SectionTools['picture'];
}

/**
 * The report grouped by author: a first page listing the authors and how to check the
 * hashes, then a section per author (`author-section.ts`), drawn with the evidence report's
 * own page flow and writer.
 */
export async function authorReportPdf(options: AuthorReportOptions): Promise<Blob> {
  const { language, exportedAt, groups } = options;
  const say: Say = translatorIn({ fr: authorPdfMessagesFr, en: authorPdfMessagesEn }, language);
  const format = dateTimeFormat(language, { dateStyle: 'long', timeStyle: 'medium' });
  const when = (iso: string) => `${format.format(new Date(iso))} (${iso})`;
  const day = dateTimeFormat(language, { dateStyle: 'long' }).format(exportedAt);
  const writer = new PdfWriter();
  const flow = new PageFlow(writer, (page, count) => say('footer', { date: day, page, count }));
  flow.text(say('title'), { font: 'bold', size: 18 });
  flow.text(say('subtitle'), { grey: 0.3 });
  flow.space(8);
  flow.field(say('exportedAt'), when(exportedAt.toISOString()));
  flow.text(say('authors'), { font: 'bold', size: 12 });
  for (const group of groups)
    flow.text(
      `${group.author || say('unknownAuthor')} (${options.platformName(group.platform)}) : ${countsText(say, group)}`,
      { indent: 12 },
    );
  flow.space(8);
  flow.text(say('verify'), { size: 9, grey: 0.3 });
  const tools = { say, when, platformName: options.platformName, picture: options.picture };
  const added = new Map<string, string>();
  for (const [index, group] of groups.entries())
    await drawAuthorSection(flow, writer, group, { index, count: groups.length }, tools, added);
  flow.finish();
  return writer.finish({
    title: say('title'),
    creator: `Témoin ${options.extensionVersion}`,
    createdAt: exportedAt,
  });
}
