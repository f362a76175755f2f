import type { CropOutcome, Rectangle, TargetElement } from '../evidence/capture-metadata';
import type { UnsealedMetadata } from '../evidence/save-capture';
import type { EnvironmentFacts } from '../environment/describe-environment';
import type { ShotMeasurement } from './frame-geometry';
import type { CaptureReport } from './read-page';
import { describeInstant } from '../time/describe-instant';
import type { CaptureRequest } from './capture-request';
import type { Picture } from './image-files';

/** Everything known about a capture, in the sealed metadata's shape, before its files. */
export function composeMetadata({
  captureId,
  request,
  capturedAt,
  tab,
  report,
  measurement,
  screenshot,
  element,
  crop,
  cropArea,
  environment,
}: {
  captureId: string;
  request: CaptureRequest;
  capturedAt: Date;
  tab: { url: string; title?: string; width?: number; height?: number };
  report: (Omit<CaptureReport, 'post'> & { post?: CaptureReport['post'] }) | null;
  measurement: ShotMeasurement | null;
  screenshot: Picture;
  element: TargetElement | undefined;
  crop: CropOutcome;
  cropArea: Rectangle | undefined;
  environment: EnvironmentFacts;
}): UnsealedMetadata {
  const time = describeInstant(capturedAt);
  const viewport = measurement?.viewport ?? report?.viewport;
  // Without a page agent the ratio is read off the screenshot against the tab's size.
  const ratio = viewport?.devicePixelRatio ?? (tab.width ? screenshot.width / tab.width : 1);
  return {
    schema: 'temoin.capture/1',
    id: captureId,
    time: {
      capturedAt: time.iso,
      requestedAt: request.requestedAt.toISOString(),
      timeZone: time.timeZone,
      utcOffset: time.utcOffset,
      localTime: time.localTime,
      source: 'device-clock',
    },
    trigger: request.trigger,
    ...present('menuContext', request.menuContext),
    page: {
      url: report?.url ?? tab.url,
      ...present('canonicalUrl', report?.canonicalUrl),
      title: report?.title ?? tab.title ?? '',
      ...present('language', report?.language),
      ...present('frameUrl', request.frameUrl),
      viewport: {
        width: viewport?.width ?? Math.round(screenshot.width / ratio),
        height: viewport?.height ?? Math.round(screenshot.height / ratio),
      },
      devicePixelRatio: ratio,
    },
    target: {
      ...present('selectionText', request.selectionText ?? report?.selectionText),
      ...present('linkUrl', request.linkUrl),
      ...present('mediaUrl', request.mediaUrl),
      ...(element ? { element } : {}),
      crop,
      ...(cropArea ? { cropArea } : {}),
    },
    ...(report?.post ? { post: report.post } : {}),
    environment,
  };
}

function present<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value ? ({ [key]: value } as Record<K, V>) : {};
}
