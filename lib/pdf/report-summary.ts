import { captureName } from '../evidence/capture-name';
import { utcText } from '../time/utc-text';
import type { PageFlow } from './page-flow';
import type { EvidenceReportOptions, ReportCapture, ReportContext } from './report-context';
import { drawExportSeal } from './report-seal';

/**
 * The report's first page: the case, when it was exported, one line per capture, how the
 * evidence was collected and how anyone can check it.
 */
export function drawSummary(
  flow: PageFlow,
  captures: readonly ReportCapture[],
  options: EvidenceReportOptions,
  context: ReportContext,
): void {
  const { say, when, language } = context;
  const exportedAt = options.exportedAt.toISOString();
  if (options.mark) flow.text(options.mark, { font: 'bold', size: 20 });
  flow.text(say('title'), { font: 'bold', size: 20 });
  flow.space(4);
  flow.text(say('subtitle'), { size: 11, grey: 0.3 });
  flow.space(10);
  if (options.caseName) flow.field(say('caseName'), options.caseName);
  flow.field(say('exportedAt'), `${when(exportedAt)} (${utcText(exportedAt)})`);
  flow.field(say('count'), String(captures.length));
  if (captures.length > 0) {
    const times = captures.map(({ capture }) => capture.capturedAt).sort();
    flow.field(say('period'), `${utcText(times[0]!)} – ${utcText(times[times.length - 1]!)}`);
    const environment = captures[0]!.capture.metadata.environment;
    flow.field(say('browser'), `${environment.browserName} ${environment.browserVersion}`);
  }
  flow.field(say('tool'), `Témoin ${options.extensionVersion}`);
  flow.space(8);
  flow.text(say('summary'), { font: 'bold', size: 13 });
  flow.rule();
  captures.forEach(({ capture }, index) => {
    const address = capture.metadata.post?.permalink ?? capture.metadata.page.url;
    flow.field(
      `${index + 1}. ${utcText(capture.capturedAt)}`,
      `${captureName(capture.metadata, language)}\n${address}`,
      { labelWidth: 150 },
    );
  });
  flow.space(10);
  flow.text(say('method'), { font: 'bold', size: 13 });
  flow.rule();
  flow.text(say('methodText'), { size: 9.5 });
  flow.space(8);
  flow.text(say('verify'), { font: 'bold', size: 13 });
  flow.rule();
  flow.text(say('verifyText'), { size: 9.5 });
  drawExportSeal(flow, options, context);
}
