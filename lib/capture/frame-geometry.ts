import type { Rectangle } from '../evidence/capture-metadata';
import type { Measurement, PageReport } from '../messaging/page-channel';

/** The post measured at the shot, in the top page's viewport, as the crop needs it. */
export interface ShotMeasurement {
  attached: boolean;
  rectangle?: Rectangle;
  /** The top page's viewport; unknown when only a frame could be measured. */
  viewport?: PageReport['viewport'];
  /** The part of the viewport the post can show through: its frame's content area. */
  visible?: Rectangle;
  /** The post is in a frame whose place in the page could not be found. */
  frameUnlocated?: true;
}

/**
 * Moves a post measured inside a frame into the top page's viewport: shifted by where the
 * frame's content is, and scaled when the frame is drawn larger or smaller than its own
 * viewport (a CSS transform). Without the frame's place, the post cannot be cropped.
 */
export function inTopViewport(
  inner: Measurement,
  frame: { area?: Rectangle; viewport: PageReport['viewport'] } | null,
): ShotMeasurement {
  const area = frame?.area;
  if (!area) return { attached: inner.attached, frameUnlocated: true };
  const scale = inner.viewport.width > 0 ? area.width / inner.viewport.width : 1;
  const post = inner.rectangle;
  return {
    attached: inner.attached,
    viewport: frame.viewport,
    visible: area,
    ...(post
      ? {
          rectangle: {
            x: area.x + post.x * scale,
            y: area.y + post.y * scale,
            width: post.width * scale,
            height: post.height * scale,
          },
        }
      : {}),
  };
}
