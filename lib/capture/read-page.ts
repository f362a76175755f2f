import type { PageFacts, PageReport } from '../messaging/page-channel';
import { askAgent, askFrameOf } from './ask-page';
import { describeTopFrame, type Shot } from './early-shot';
import type { CaptureRequest } from './capture-request';
import { inTopViewport, type ShotMeasurement } from './frame-geometry';

/** The page as the capture records it: the top page's facts, the clicked frame's post. */
export type CaptureReport = Omit<PageReport, 'viewport'> & {
  viewport?: PageReport['viewport'];
};

export interface PageReading {
  report: CaptureReport;
  /** The clicked frame's agent could not be reached: nothing inside the frame is known. */
  frameUnreached?: true;
  /** Measures the pinned post again at the shot, in the top page's viewport. */
  measure(): Promise<ShotMeasurement>;
}

/**
 * Asks the page agents what a capture is about. The clicked frame's agent (the top frame's
 * for a shortcut or a click outside frames) describes the page and the post under the click;
 * for a click inside a frame, the top frame's agent describes the page first and, at the
 * shot, says where the frame is, so the post can be cropped from the top-level screenshot.
 * Null when no agent can run in the page.
 */
export async function readPage(
  request: CaptureRequest,
  token: string,
  tab: { url: string; title?: string },
  shoot: () => Promise<string>,
): Promise<{ reading: PageReading | null; shot?: Shot }> {
  const { tabId } = request;
  const frameId = request.frameId ?? 0;
  const frameUrl = frameId === 0 ? tab.url : request.frameUrl;
  const question = (announceFrame: boolean) => ({
    token,
    trigger: request.trigger,
    requestedAt: request.requestedAt.getTime(),
    ...(request.linkUrl ? { linkUrl: request.linkUrl } : {}),
    ...(request.mediaUrl ? { mediaUrl: request.mediaUrl } : {}),
    ...(request.picked ? { picked: request.picked } : {}),
    ...(announceFrame ? { announceFrame } : {}),
  });
  const describe = (announceFrame: boolean) =>
    askAgent(tabId, frameId, 'describe', question(announceFrame), frameUrl).catch(() => null);
  const measureIn = async (id: number) => {
    try {
      return await askFrameOf(tabId, id)('measure', { token });
    } catch {
      return null; // The frame's document is gone: the post cannot be found at the shot.
    }
  };

  if (frameId === 0) {
    // Only a right-click can be checked to have stayed still while the shot was taken.
    const { report, shot } =
      request.trigger === 'context-menu'
        ? await describeTopFrame({ id: tabId, url: tab.url }, question(false), shoot)
        : { report: await describe(false) };
    const reading = report && {
      report,
      measure: async () => (await measureIn(0)) ?? { attached: false, viewport: report.viewport },
    };
    return { reading, ...(shot ? { shot } : {}) };
  }
  // The top frame must listen before the clicked frame announces itself.
  const top = await askAgent(tabId, 0, 'watchFrame', { token }, tab.url).catch(() => null);
  const framed = await describe(top !== null);
  const page: PageFacts | Pick<PageFacts, 'url' | 'title'> = top ?? {
    url: tab.url,
    title: tab.title ?? '',
  };
  if (!framed) {
    return {
      reading: {
        report: { ...page, recorder: false },
        frameUnreached: true,
        measure: async () => ({ attached: false, frameUnlocated: true }),
      },
    };
  }
  return {
    reading: {
      report: { ...postOf(framed), ...page },
      async measure() {
        const [inner, frame] = await Promise.all([
          measureIn(frameId),
          top
            ? askFrameOf(tabId, 0)('measureFrame', { token }).catch(() => null)
            : Promise.resolve(null),
        ]);
        if (inner) return inTopViewport(inner, frame);
        return { attached: false, ...(frame ? { viewport: frame.viewport } : {}) };
      },
    },
  };
}

/** What a frame says about the post, without its own address, title and viewport. */
function postOf(report: PageReport) {
  const {
    url: _url,
    canonicalUrl: _canonical,
    title: _title,
    language: _language,
    viewport: _viewport,
    recognized: _recognized,
    ...post
  } = report;
  return post;
}
