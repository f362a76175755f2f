import type { ComponentChildren } from 'preact';
import type { Translate } from '../lib/i18n/translate';
import { MAX_ZOOM, MIN_ZOOM, type Size } from '../lib/layout/zoom-math';

/** The zoom controls above a picture: out, the level, in, fit to width, 100 %, its size. */
export function ZoomToolbar({
  zoom,
  fitted,
  actualSize,
  image,
  t,
  onStep,
  onFit,
  onActualSize,
  end,
}: {
  zoom: number;
  /** The picture follows the box's width (no zoom chosen). */
  fitted: boolean;
  actualSize: boolean;
  image: Size | null;
  t: Translate;
  /** One step out (-1) or in (1). */
  onStep: (direction: -1 | 1) => void;
  onFit: () => void;
  onActualSize: () => void;
  /** Drawn at the end, e.g. a close button. */
  end?: ComponentChildren;
}) {
  return (
    <div class="row wrap viewer-toolbar" role="group" aria-label={t('viewer.tools')}>
      <button
        type="button"
        aria-label={t('viewer.zoomOut')}
        disabled={zoom <= MIN_ZOOM + 1e-9}
        onClick={() => onStep(-1)}
      >
        −
      </button>
      <output class="viewer-zoom" aria-live="polite" aria-label={t('viewer.zoomLevel')}>
        {t('viewer.percent', { value: Math.round(zoom * 100) })}
      </output>
      <button
        type="button"
        aria-label={t('viewer.zoomIn')}
        disabled={zoom >= MAX_ZOOM - 1e-9}
        onClick={() => onStep(1)}
      >
        +
      </button>
      <button
        type="button"
        class="zoom-toggle"
        aria-pressed={fitted}
        aria-label={t('viewer.fitWidth')}
        onClick={onFit}
      >
        {t('viewer.fit')}
      </button>
      <button
        type="button"
        class="zoom-toggle"
        aria-pressed={actualSize}
        title={t('viewer.actualSize')}
        onClick={onActualSize}
      >
        {t('viewer.percent', { value: 100 })}
      </button>
      {image && (
        <span class="muted viewer-size">
          {t('viewer.size', { width: image.width, height: image.height })}
        </span>
      )}
      {end}
    </div>
  );
}
