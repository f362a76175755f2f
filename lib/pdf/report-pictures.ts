import type { PageFlow } from './page-flow';
import { pngForPdf } from './pdf-image';
import type { PdfWriter } from './pdf-writer';
import type { EvidenceReportOptions, ReportCapture, ReportContext } from './report-context';

/** A screenshot's bytes, asked for before its page is drawn (`screenshotReads`). */
export type ScreenshotRead = Promise<ArrayBuffer>;

/** The stored screenshot the report draws for a capture, if it draws one. */
export function screenshotOf({ annotation, files }: ReportCapture): Blob | undefined {
  if (annotation?.imagesDeletedAt) return undefined;
  return files.find((file) => file.role === 'page-screenshot')?.blob;
}

/**
 * Starts reading the screenshots of the captures from `index` on, a few ahead of the one
 * being drawn, so the store's latency is hidden behind the drawing; each read once.
 */
export function screenshotReads(captures: readonly ReportCapture[], ahead = 8) {
  const reads = new Map<number, ScreenshotRead>();
  return (index: number): ScreenshotRead | undefined => {
    for (let next = index; next < Math.min(captures.length, index + ahead + 1); next += 1) {
      const blob = reads.has(next) ? undefined : screenshotOf(captures[next]!);
      if (!blob) continue;
      const read = blob.arrayBuffer();
      // An export cancelled meanwhile leaves reads nobody awaits: not an error.
      read.catch(() => undefined);
      reads.set(next, read);
    }
    const read = reads.get(index);
    reads.delete(index);
    return read;
  };
}

/**
 * A capture's pictures: the post cut from the screenshot, then the whole screenshot, both
 * drawn from the one sealed image; or why there are none.
 */
export async function drawPictures(
  flow: PageFlow,
  writer: PdfWriter,
  { capture, annotation, files }: ReportCapture,
  { toJpeg }: EvidenceReportOptions,
  { say }: ReportContext,
  read?: ScreenshotRead,
): Promise<void> {
  if (annotation?.imagesDeletedAt) {
    flow.space(6);
    flow.text(say('noImages'), { font: 'bold', size: 10 });
    return;
  }
  const screenshot = files.find((file) => file.role === 'page-screenshot');
  if (!screenshot) {
    flow.text(say('noScreenshot'), { size: 10, grey: 0.3 });
    return;
  }
  const image =
    (await pngForPdf(screenshot.blob, read)) ??
    (await toJpeg?.(screenshot.blob).catch(() => null)) ??
    null;
  if (!image) {
    flow.text(say('noScreenshot'), { size: 10, grey: 0.3 });
    return;
  }
  const name = writer.addImage(image);
  // Scales from the sealed screenshot to the picture drawn (a JPEG copy may be smaller).
  const sealed = capture.metadata.files.find((file) => file.role === 'page-screenshot');
  const factor = sealed ? image.width / sealed.width : 1;
  const area = capture.metadata.target.cropArea;
  if (area && files.some((file) => file.role === 'post-crop')) {
    flow.space(6);
    flow.figure(say('crop'), name, image, {
      maxHeight: 260,
      area: {
        x: area.x * factor,
        y: area.y * factor,
        width: area.width * factor,
        height: area.height * factor,
      },
    });
  }
  flow.space(6);
  flow.figure(say('screenshot'), name, image, { maxHeight: 360, minHeight: 220 });
}
