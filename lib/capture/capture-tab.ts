import browser from 'webextension-polyfill';
import type { CaptureMetadata, CropOutcome, Rectangle } from '../evidence/capture-metadata';
import type { EvidenceDatabase } from '../evidence/database';
import { saveCapture } from '../evidence/save-capture';
import { isPracticeAddress } from '../practice/practice-store';
import type { EnvironmentFacts } from '../environment/describe-environment';
import { CaptureError } from './capture-failure';
import type { CaptureRequest } from './capture-request';
import { composeMetadata } from './compose-metadata';
import { cropArea } from './crop-area';
import type { ShotMeasurement } from './frame-geometry';
import { DEFAULT_PREFERENCES, type CapturePreferences } from '../settings/preferences';
import { forbiddenReason } from './forbidden-pages';
import { hashedScreenshot, type Picture } from './image-files';
import { readPage, type CaptureReport } from './read-page';
import type { SpacedQueue } from './spaced-queue';
import { markStage } from './stage-marks';
import { takeScreenshot } from './take-screenshot';

export type { CaptureRequest } from './capture-request';

export interface CaptureContext {
  database: EvidenceDatabase;
  /** Where captures of the extension's own pages go: never among the evidence. */
  practiceDatabase: EvidenceDatabase;
  queue: SpacedQueue;
  ownOrigin: string;
  environment: () => Promise<EnvironmentFacts>;
  fileAccessAllowed: () => Promise<boolean>;
  /** Takes the screenshot; the browser's captureVisibleTab unless a test gives another. */
  screenshot?: (windowId: number) => Promise<string>;
  /** What to record beyond the screenshot; everything when not given. */
  capturePreferences?: () => Promise<CapturePreferences>;
  /** Puts a stored capture in line for its seal, when the seal is on. */
  queueSeal?: (capture: { id: string; metadataSha256: string }) => Promise<void>;
}

export interface StoredCapture {
  captureId: string;
  /** Made on one of the extension's own pages, and stored in the practice database. */
  practice: boolean;
  /** The sealed metadata, which names the capture in the confirmation. */
  metadata: CaptureMetadata;
  metadataSha256: string;
  capturedAt: string;
  crop: CropOutcome;
  /** On a site not enabled, the platform its markup showed and the post under the pointer. */
  recognized?: CaptureReport['recognized'];
  screenshot: Picture;
  /** Where the post is in the screenshot, when it can be cropped. */
  cropArea?: Rectangle;
}

/**
 * Captures a tab as evidence: describes the page and the post under the click, screenshots
 * the visible area through the spaced queue, locates the post in it, hashes and stores it all
 * in one transaction. Throws a CaptureError, with nothing stored, when the page cannot be captured.
 */
export async function captureTab(
  request: CaptureRequest,
  context: CaptureContext,
): Promise<StoredCapture> {
  const tab = await shownTab(request.tabId);
  markStage('tab-read');
  const url = tab.url ?? '';
  const forbidden = forbiddenReason({
    url: tab.url,
    ownOrigin: context.ownOrigin,
    fileAccessAllowed: url.startsWith('file:') ? await context.fileAccessAllowed() : true,
  });
  if (forbidden) throw new CaptureError(forbidden);
  // Chosen from the same address the shot is checked against, so a tab that navigates between
  // the two cannot send a practice capture to the evidence or the other way round.
  const practice = isPracticeAddress(url, context.ownOrigin);
  const captureId = crypto.randomUUID();
  const inFrame = (request.frameId ?? 0) !== 0;
  // Each shot is decoded and hashed as soon as it is back, while the page is measured again
  // and the tab checked: the hash is over the very bytes stored.
  let decoding: { dataUrl: string; picture: ReturnType<typeof hashedScreenshot> } | undefined;
  const pictureOf = (dataUrl: string) => {
    if (decoding?.dataUrl !== dataUrl) {
      decoding = { dataUrl, picture: hashedScreenshot(dataUrl) };
      // A shot thrown away is never awaited: its failure must not go unhandled.
      decoding.picture.catch(() => undefined);
    }
    return decoding.picture;
  };
  const shoot = async <Prepared>(prepare: () => Promise<Prepared>) => {
    const taken = await takeScreenshot(context.queue, tab.windowId!, prepare, context.screenshot);
    void pictureOf(taken.dataUrl);
    return taken;
  };
  const [{ reading, shot: early }, wanted] = await Promise.all([
    readPage(request, captureId, { url, title: tab.title }, async () => {
      const { dataUrl } = await shoot(() => assertStillShown(request.tabId, url));
      return dataUrl;
    }),
    context.capturePreferences?.() ?? DEFAULT_PREFERENCES.capture,
  ]);
  markStage(early ? 'described-with-early-shot' : 'described');
  const report = reading?.report ?? null;

  const shot =
    early ??
    (await shoot(async () => {
      await assertStillShown(request.tabId, url);
      // Measured again at the shot: the page may have scrolled since the click.
      return reading ? reading.measure() : null;
    }));
  const capturedAt = new Date();
  markStage('shot-ready');
  // Checked again after the shot, while the picture is decoded: a failed check stores nothing.
  const [screenshot] = await Promise.all([
    pictureOf(shot.dataUrl),
    assertStillShown(request.tabId, url),
  ]);
  markStage('decoded-and-hashed');
  const { crop, area } = wanted.postCrop
    ? locatePost(screenshot, shot.prepared, {
        frameUnreached: inFrame && (!reading || reading.frameUnreached === true),
        hadTarget: Boolean(report?.target),
        // The right-click could not have been seen: no recorder ran in the clicked frame.
        clickUnseen:
          report?.recorder === false &&
          request.trigger === 'context-menu' &&
          request.menuContext === 'page',
      })
    : { crop: 'turned-off' as const, area: undefined };
  markStage('located');
  const { metadata, metadataSha256 } = await saveCapture({
    database: practice ? context.practiceDatabase : context.database,
    files: [{ role: 'page-screenshot', ...screenshot }],
    metadata: composeMetadata({
      captureId,
      request,
      capturedAt,
      tab: { ...tab, url },
      report: wanted.postDetails || !report ? report : withoutPost(report),
      measurement: shot.prepared,
      screenshot,
      element:
        report?.target && shot.prepared?.rectangle && area
          ? { ...report.target, rectangle: shot.prepared.rectangle }
          : undefined,
      crop,
      cropArea: area,
      environment: await context.environment(),
    }),
  });
  return {
    captureId,
    practice,
    metadata,
    metadataSha256,
    capturedAt: metadata.time.capturedAt,
    crop,
    screenshot,
    ...(area ? { cropArea: area } : {}),
    ...(report?.recognized ? { recognized: report.recognized } : {}),
  };
}

/** The page's description without the post's details, when the user chose not to keep them. */
function withoutPost<T extends { post?: unknown }>(report: T): Omit<T, 'post'> {
  const { post: _post, ...rest } = report;
  return rest;
}

/** Where the post is in the screenshot, or why it cannot be cropped. */
function locatePost(
  screenshot: Picture,
  measurement: ShotMeasurement | null,
  facts: { frameUnreached: boolean; hadTarget: boolean; clickUnseen: boolean },
): { crop: CropOutcome; area?: Rectangle } {
  if (facts.frameUnreached) return { crop: 'inside-frame' };
  if (!facts.hadTarget) return { crop: facts.clickUnseen ? 'site-not-enabled' : 'no-post-found' };
  if (measurement?.frameUnlocated) return { crop: 'inside-frame' };
  if (!measurement?.rectangle || !measurement.viewport) return { crop: 'page-changed' };
  const located = cropArea({
    element: measurement.rectangle,
    viewport: measurement.viewport,
    ...(measurement.visible ? { visible: measurement.visible } : {}),
    image: screenshot,
  });
  return located.outcome === 'post-out-of-view'
    ? { crop: located.outcome }
    : { crop: located.outcome, area: located.area };
}

export async function shownTab(tabId: number) {
  try {
    const tab = await browser.tabs.get(tabId);
    if (tab) return tab;
  } catch {
    // No tab with that id any more: closed.
  }
  throw new CaptureError('tab-closed');
}

export async function assertStillShown(tabId: number, url: string): Promise<void> {
  const tab = await shownTab(tabId);
  if (tab.url !== url) throw new CaptureError('page-navigated');
  if (!tab.active) throw new CaptureError('tab-hidden');
}
