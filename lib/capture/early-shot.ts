import type { Rectangle } from '../evidence/capture-metadata';
import type { RequestOf } from '../messaging/define-channel';
import type { pageChannel, PageReport } from '../messaging/page-channel';
import { askFrameOf, injectAgent, noAgentIn } from './ask-page';
import type { ShotMeasurement } from './frame-geometry';
import { markStage } from './stage-marks';

type DescribeRequest = RequestOf<typeof pageChannel.protocol, 'describe'>;

export interface Shot {
  dataUrl: string;
  /** The post measured at the shot; null when no agent could run in the page. */
  prepared: ShotMeasurement | null;
}

export interface TopFrameReading {
  /** Null when no agent can run in the page (a browser page, no permission). */
  report: PageReport | null;
  /** A shot taken while the agent was injected, when its crop is known to match it. */
  shot?: Shot;
}

/**
 * Describes the top frame after a right-click. When its agent is there already, it only asks
 * it. When the agent must first be injected (the first capture on a page), the screenshot is
 * taken meanwhile instead of after: injecting and compiling the agent is then no longer added
 * to the capture's time. Nothing of Témoin's can be on that screen (only the top frame's
 * agent draws the confirmation, and there was none). The shot is kept only if its crop is
 * known to match it: the right-clicked element was at the agent's reading where it was at
 * the click, and the post is still where the agent read it once the shot is back; then the
 * post did not move from the click to after the shot. Otherwise it is thrown away, and the
 * caller shoots again, measuring the post at the shot.
 */
export async function describeTopFrame(
  tab: { id: number; url: string },
  request: DescribeRequest,
  shoot: () => Promise<string>,
): Promise<TopFrameReading> {
  const tabId = tab.id;
  const ask = askFrameOf(tabId, 0);
  try {
    return { report: await ask('describe', request) };
  } catch (error) {
    if (!noAgentIn(error)) return { report: null };
  }
  markStage('no-agent-answered');
  // The shot is asked for first: starting the injection takes the worker a few milliseconds.
  const shooting = shoot();
  const describing = injectAgent(tabId, 0, tab.url)
    .then(() => ask('describe', request))
    .catch(() => null)
    .finally(() => markStage('agent-described'));
  const [dataUrl, report] = await Promise.all([shooting, describing]);
  if (!report) return { report, shot: { dataUrl, prepared: null } };
  const target = report.target?.rectangle;
  if (!target)
    return { report, shot: { dataUrl, prepared: { attached: false, viewport: report.viewport } } };
  if (!report.clickUnmoved) return { report };
  // Kept pinned: if the post moved, the caller's shot measures it again.
  const after = await ask('measure', { token: request.token, keep: true }).catch(() => null);
  markStage('measured-after-shot');
  const still =
    after?.attached === true &&
    after.rectangle !== undefined &&
    sameBox(after.rectangle, target) &&
    after.viewport.width === report.viewport.width &&
    after.viewport.height === report.viewport.height &&
    after.viewport.devicePixelRatio === report.viewport.devicePixelRatio;
  return still ? { report, shot: { dataUrl, prepared: after } } : { report };
}

function sameBox(one: Rectangle, other: Rectangle): boolean {
  return (
    one.x === other.x &&
    one.y === other.y &&
    one.width === other.width &&
    one.height === other.height
  );
}
