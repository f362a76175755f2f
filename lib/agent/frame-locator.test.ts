// @vitest-environment happy-dom
import { contentArea } from './frame-locator';

/** A frame element as the browser lays it out: its box, border and padding. */
function laidOutFrame(layout: {
  box: { x: number; y: number; width: number; height: number };
  border: number;
  padding: [number, number];
  drawnAt?: number;
}): HTMLIFrameElement {
  const frame = document.createElement('iframe');
  document.body.append(frame);
  const scale = layout.drawnAt ?? 1;
  const [vertical, horizontal] = layout.padding;
  frame.style.padding = `${vertical}px ${horizontal}px`;
  Object.defineProperties(frame, {
    getBoundingClientRect: { value: () => layout.box },
    offsetWidth: { value: layout.box.width / scale },
    clientLeft: { value: layout.border },
    clientTop: { value: layout.border },
    clientWidth: { value: layout.box.width / scale - 2 * layout.border },
    clientHeight: { value: layout.box.height / scale - 2 * layout.border },
  });
  return frame;
}

describe('contentArea', () => {
  beforeEach(() => {
    document.body.innerHTML = '';
  });

  it.each([
    [
      'a frame without border or padding',
      {
        box: { x: 808, y: 24, width: 420, height: 560 },
        border: 0,
        padding: [0, 0] as [number, number],
      },
      { x: 808, y: 24, width: 420, height: 560 },
    ],
    [
      'a frame with a border and padding (the watch page fixture)',
      {
        box: { x: 808, y: 24, width: 436, height: 584 },
        border: 5,
        padding: [7, 3] as [number, number],
      },
      { x: 816, y: 36, width: 420, height: 560 },
    ],
    [
      'a frame drawn at half its size',
      {
        box: { x: 100, y: 100, width: 210, height: 290 },
        border: 5,
        padding: [0, 0] as [number, number],
        drawnAt: 0.5,
      },
      { x: 102.5, y: 102.5, width: 205, height: 285 },
    ],
  ])('places the content of %s', (_name, layout, expected) => {
    expect(contentArea([laidOutFrame(layout)])).toEqual(expected);
  });
});
