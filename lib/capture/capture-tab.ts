import browser from 'webextension-polyfill';
import type { CaptureTrigger, CropOutcome, MenuContext } from '../evidence/capture-metadata';
import type { EvidenceDatabase } from '../evidence/database';
import { saveCapture, type CaptureFile } from '../evidence/save-capture';
import type { EnvironmentFacts } from '../environment/describe-environment';
import type { PageReport } from '../messaging/page-channel';
import { describeInstant } from '../time/describe-instant';
import { askPage, ensurePageAgent } from './ask-page';
import { CaptureError } from './capture-failure';
import { cropArea } from './crop-area';
import { forbiddenReason } from './forbidden-pages';
import {
  cropPicture,
  dataUrlToBlob,
  decodePicture,
  thumbnailOf,
  type Picture,
} from './image-files';
import type { SpacedQueue } from './spaced-queue';
import { takeScreenshot } from './take-screenshot';

export interface CaptureRequest {
  trigger: CaptureTrigger;
  tabId: number;
  requestedAt: Date;
  menuContext?: MenuContext;
  frameId?: number;
  frameUrl?: string;
  selectionText?: string;
  linkUrl?: string;
  mediaUrl?: string;
}

export interface CaptureContext {
  database: EvidenceDatabase;
  queue: SpacedQueue;
  ownOrigin: string;
  environment: () => Promise<EnvironmentFacts>;
  fileAccessAllowed: () => Promise<boolean>;
}

export interface StoredCapture {
  captureId: string;
  host: string;
  capturedAt: string;
  crop: CropOutcome;
  thumbnail: Blob;
}

/**
 * Captures a tab as evidence: describes the page and the post under the click, screenshots
 * the visible area through the spaced queue, crops the post, hashes and stores it all in one
 * transaction. Throws a CaptureError, with nothing stored, when the page cannot be captured.
 */
export async function captureTab(
  request: CaptureRequest,
  context: CaptureContext,
): Promise<StoredCapture> {
  const tab = await browser.tabs.get(request.tabId).catch(() => {
    throw new CaptureError('tab-closed');
  });
  const forbidden = forbiddenReason({
    url: tab.url,
    ownOrigin: context.ownOrigin,
    fileAccessAllowed: await context.fileAccessAllowed(),
  });
  if (forbidden) throw new CaptureError(forbidden);
  const startUrl = tab.url!;
  const captureId = crypto.randomUUID();
  const inFrame = (request.frameId ?? 0) !== 0;
  const agent = await ensurePageAgent(request.tabId);
  const report = agent
    ? await askPage(request.tabId, 'describe', {
        token: captureId,
        trigger: request.trigger,
        ...(inFrame ? {} : { linkUrl: request.linkUrl, mediaUrl: request.mediaUrl }),
      })
    : null;

  const { dataUrl, prepared: measurement } = await takeScreenshot(
    context.queue,
    tab.windowId!,
    async () => {
      await assertStillShown(request.tabId, startUrl);
      return report?.target && !inFrame
        ? askPage(request.tabId, 'measure', { token: captureId })
        : null;
    },
  );
  await assertStillShown(request.tabId, startUrl);
  const capturedAt = new Date();

  const pageBlob = dataUrlToBlob(dataUrl);
  const pageBitmap = await decodePicture(pageBlob);
  const page: Picture = { blob: pageBlob, width: pageBitmap.width, height: pageBitmap.height };
  let crop: CropOutcome = inFrame
    ? 'inside-frame'
    : report?.target
      ? 'page-changed'
      : agent === 'injected' && request.trigger === 'context-menu' && request.menuContext === 'page'
        ? 'site-not-enabled'
        : 'no-post-found';
  let post: Picture | undefined;
  if (measurement?.rectangle) {
    const area = cropArea({
      element: measurement.rectangle,
      viewport: measurement.viewport,
      image: page,
    });
    crop = area.outcome;
    if (area.outcome !== 'post-out-of-view') post = await cropPicture(pageBitmap, area.area);
  }
  const thumbnail = await thumbnailOf(post ? await decodePicture(post.blob) : pageBitmap);

  const files: CaptureFile[] = [
    { role: 'page-screenshot', ...page },
    ...(post ? [{ role: 'post-crop' as const, ...post }] : []),
    { role: 'thumbnail', ...thumbnail, derivedFrom: post ? 'post-crop' : 'page-screenshot' },
  ];
  const time = describeInstant(capturedAt);
  const viewport = measurement?.viewport ?? report?.viewport;
  const { metadata } = await saveCapture({
    database: context.database,
    files,
    metadata: {
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
      ...(request.menuContext ? { menuContext: request.menuContext } : {}),
      page: pageFacts(report, tab, page, viewport, request.frameUrl),
      target: {
        ...optional('selectionText', request.selectionText ?? report?.selectionText),
        ...optional('linkUrl', request.linkUrl),
        ...optional('mediaUrl', request.mediaUrl),
        ...(report?.target && measurement?.rectangle
          ? { element: { ...report.target, rectangle: measurement.rectangle } }
          : {}),
        crop,
      },
      environment: await context.environment(),
    },
  });
  return {
    captureId,
    host: new URL(metadata.page.url).hostname,
    capturedAt: metadata.time.capturedAt,
    crop,
    thumbnail: thumbnail.blob,
  };
}

async function assertStillShown(tabId: number, url: string): Promise<void> {
  const tab = await browser.tabs.get(tabId).catch(() => {
    throw new CaptureError('tab-closed');
  });
  if (tab.url !== url) throw new CaptureError('page-navigated');
  if (!tab.active) throw new CaptureError('tab-hidden');
}

function pageFacts(
  report: PageReport | null,
  tab: { url?: string; title?: string; width?: number; height?: number },
  page: Picture,
  viewport: PageReport['viewport'] | undefined,
  frameUrl: string | undefined,
) {
  const ratio = viewport?.devicePixelRatio ?? (tab.width ? page.width / tab.width : 1);
  return {
    url: report?.url ?? tab.url!,
    ...optional('canonicalUrl', report?.canonicalUrl),
    title: report?.title ?? tab.title ?? '',
    ...optional('language', report?.language),
    ...optional('frameUrl', frameUrl),
    viewport: {
      width: viewport?.width ?? tab.width ?? Math.round(page.width / ratio),
      height: viewport?.height ?? tab.height ?? Math.round(page.height / ratio),
    },
    devicePixelRatio: ratio,
  };
}

function optional<K extends string>(key: K, value: string | undefined): Partial<Record<K, string>> {
  return value ? ({ [key]: value } as Record<K, string>) : {};
}
