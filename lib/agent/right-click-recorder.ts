import { createRightClickHistory, type RightClickHistory } from './right-click-history';

const RECORDER = Symbol.for('temoin.right-clicks');

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
  window.document.addEventListener(
    'contextmenu',
    (event) => {
      const origin = event.composedPath()[0];
      // Its place too: a capture that shoots while the agent is injected checks it against
      // the place the agent measures, so the crop is known to match the shot.
      if (origin instanceof Element) history.remember(origin, origin.getBoundingClientRect());
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
