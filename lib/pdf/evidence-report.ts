import { dateTimeFormat } from '../i18n/translate';
import { PageFlow } from './page-flow';
import { PdfWriter } from './pdf-writer';
import { drawCapturePage } from './report-capture-page';
import { reportContext, type EvidenceReportOptions } from './report-context';
import { reportTypesetter } from './report-fonts';
import { screenshotReads } from './report-pictures';
import { drawSummary } from './report-summary';

/**
 * The PDF report for a complaint: a summary of the captures, then each capture on its own
 * page with the post, the screenshot, the address, author, times, hashes, the user's notes
 * and its custody log, and how the evidence was collected and can be checked.
 */
export async function evidenceReportPdf(options: EvidenceReportOptions): Promise<Blob> {
  const { language, exportedAt } = options;
  // In the order they were made: the order a reader follows the events in.
  const captures = [...options.captures].sort((left, right) =>
    left.capture.capturedAt.localeCompare(right.capture.capturedAt),
  );
  const context = reportContext(options);
  const { say } = context;

  const writer = new PdfWriter();
  const day = dateTimeFormat(language, { dateStyle: 'long' }).format(exportedAt);
  const typesetter = await reportTypesetter(options.fonts);
  const flow = new PageFlow(
    writer,
    (page, count) =>
      [options.mark, say('footer', { date: day, page, count })].filter(Boolean).join(' · '),
    typesetter,
  );
  drawSummary(flow, captures, options, context);
  const screenshots = screenshotReads(captures);
  for (const [index, item] of captures.entries()) {
    options.signal?.throwIfAborted();
    flow.newPage();
    const place = { index, count: captures.length, screenshot: screenshots(index) };
    await drawCapturePage(flow, writer, item, place, options, context);
    options.onProgress?.(index + 1);
  }
  flow.finish();
  return writer.finish(
    {
      title: options.caseName ? `${say('title')}, ${options.caseName}` : say('title'),
      creator: `Témoin ${options.extensionVersion}`,
      createdAt: exportedAt,
    },
    await typesetter.fonts(),
  );
}
