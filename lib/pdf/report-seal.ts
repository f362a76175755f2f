import { CAPTURE_SEAL_NAME, captureFolder } from '../export/bundle-format';
import { utcText } from '../time/utc-text';
import type { PageFlow } from './page-flow';
import type { EvidenceReportOptions, ReportCapture, ReportContext } from './report-context';

/** A seal obtained more than this after the capture states its own, later time. */
const LATE_AFTER_MS = 10 * 60_000;

/**
 * A capture's seal: who sealed it and when, whether the timestamp is eIDAS qualified (said
 * only when a qualified authority answered), what the seal proves and what it does not.
 */
export function drawCaptureSeal(
  flow: PageFlow,
  { capture, seal }: ReportCapture,
  { say, when }: ReportContext,
): void {
  flow.space(6);
  flow.text(say('seal'), { font: 'bold', size: 11 });
  if (!seal) {
    flow.text(say('sealNone'), { size: 9.5 });
    return;
  }
  flow.field(
    say('sealAuthority'),
    `${seal.authorityName}, ${say(seal.eidasQualified ? 'sealQualified' : 'sealNotQualified')}\n` +
      seal.authorityUrl,
  );
  flow.field(say('sealTime'), `${when(seal.genTime)} (${utcText(seal.genTime)})`);
  flow.field(say('sealDigest'), seal.digestHex, { mono: true });
  flow.field(
    say('sealFile'),
    `${captureFolder(capture.id, capture.capturedAt)}/${CAPTURE_SEAL_NAME}`,
  );
  if (Date.parse(seal.genTime) - Date.parse(capture.capturedAt) > LATE_AFTER_MS)
    flow.text(say('sealLater'), { size: 9.5 });
  flow.text(say('sealProves'), { size: 9.5 });
  flow.text(say('sealDoesNotProve'), { size: 9.5 });
}

/** The export's own seal, asked for after this report is written: who was asked, and how to check. */
export function drawExportSeal(
  flow: PageFlow,
  { exportSeal }: EvidenceReportOptions,
  { say }: ReportContext,
): void {
  if (exportSeal === undefined) return;
  flow.space(8);
  flow.text(say('exportSeal'), { font: 'bold', size: 13 });
  flow.rule();
  flow.text(
    exportSeal
      ? say('exportSealText', { authority: exportSeal.authorityName })
      : say('exportUnsealed'),
    { size: 9.5 },
  );
  if (exportSeal) {
    flow.space(4);
    flow.text(say('sealProves'), { size: 9.5 });
    flow.text(say('sealDoesNotProve'), { size: 9.5 });
  }
}
