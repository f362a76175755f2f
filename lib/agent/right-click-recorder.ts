import { createRightClickHistory, type RightClickHistory } from './right-click-history';

const RECORDER = Symbol.for('temoin.right-clicks');

/** Least time between two wake-up messages from one frame. */
const WAKE_INTERVAL_MS = 10_000;

/**
 * What a right-click tells the background: the agent channel's `rightClicked`, with nothing
 * of the page in it. It starts a stopped service worker and has it make the capture's first
 * reads while the person chooses in the menu. Written out, since the recorder loads no
 * messaging; its test checks the channel accepts it.
 */
export const RIGHT_CLICKED = { channel: 'temoin/agent', type: 'rightClicked', payload: {} };

interface Runtime {
  sendMessage(message: unknown): Promise<unknown> | undefined;
}

type RecordingWindow = Window & { [RECORDER]?: RightClickHistory };

/**
 * Starts remembering this frame's right-clicks, once per frame: the only thing Témoin runs on
 * a page before the user asks for a capture. Content scripts and injected scripts share one
 * world per frame, so the page agent injected after the menu click finds the history here.
 */
export function startRightClickRecorder(window: Window): RightClickHistory {
  const world = window as RecordingWindow;
  if (world[RECORDER]) return world[RECORDER];
  const history = createRightClickHistory();
  let lastWake = Number.NEGATIVE_INFINITY;
  window.document.addEventListener(
    'contextmenu',
    (event) => {
      const origin = event.composedPath()[0];
      // Its place too: a capture that shoots while the agent is injected checks it against
      // the place the agent measures, so the crop is known to match the shot.
      if (origin instanceof Element) history.remember(origin, origin.getBoundingClientRect());
      if (Date.now() - lastWake < WAKE_INTERVAL_MS) return;
      lastWake = Date.now();
      wakeBackground();
    },
    { capture: true, passive: true },
  );
  world[RECORDER] = history;
  return history;
}

/** The right-clicks recorded in this frame, if a recorder ran here before the agent. */
export function recordedRightClicks(window: Window): RightClickHistory | undefined {
  return (window as RecordingWindow)[RECORDER];
}

function wakeBackground(): void {
  const scope = globalThis as { browser?: { runtime?: Runtime }; chrome?: { runtime?: Runtime } };
  try {
    // Nobody may answer (a frame the background does not listen to): only the start matters.
    void (scope.browser ?? scope.chrome)?.runtime
      ?.sendMessage(RIGHT_CLICKED)
      ?.catch(() => undefined);
  } catch {
    // The extension was updated or removed: this page's scripts can no longer reach it.
  }
}
