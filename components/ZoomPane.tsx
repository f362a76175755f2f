import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/translate';
import {
  canPan,
  clampPan,
  fitView,
  fitWidthZoom,
  PAN_STEP,
  panBy,
  sameView,
  stepZoom,
  wheelZoom,
  zoomAt,
  type Point,
  type Size,
  type View,
} from '../lib/layout/zoom-math';
import { useBoxSize } from './use-box-size';
import { ZoomToolbar } from './ZoomToolbar';

export interface ZoomPaneProps {
  src: string;
  alt: string;
  /** The picture's own size, if known; read from the picture once loaded otherwise. */
  naturalWidth?: number;
  naturalHeight?: number;
  t: Translate;
  /** Fill the parent's height (a flex column, as in a dialog) instead of the fitted picture's. */
  fill?: boolean;
  /** Drawn at the end of the zoom controls, e.g. a close button. */
  toolbarEnd?: ComponentChildren;
  /** Take the focus when drawn, so the keys work at once (the dialog's viewer). */
  autoFocus?: boolean;
}

/** Before the picture and the box are measured: drawn at the box's width, an ordinary image. */
const UNFITTED: View = { zoom: 1, x: 0, y: 0 };

/**
 * An evidence picture that can be zoomed and moved: fitted to the width at first; zoomed by the
 * buttons, the + − 0 1 keys or Ctrl+wheel (around the pointer); moved by dragging, the wheel
 * or the arrow keys. Above 100 % the pixels are drawn square, as they were captured, never
 * smoothed.
 */
export function ZoomPane({
  src,
  alt,
  naturalWidth,
  naturalHeight,
  t,
  fill = false,
  toolbarEnd,
  autoFocus = false,
}: ZoomPaneProps) {
  const viewport = useRef<HTMLDivElement>(null);
  const [loaded, setLoaded] = useState<Size | null>(null);
  const measured = useBoxSize(viewport);
  /** The view the user chose; none while the picture is fitted, so it follows resizes. */
  const [chosen, setChosen] = useState<View | null>(null);
  const [dragging, setDragging] = useState(false);
  const drag = useRef<{ pointer: number; start: Point; view: View } | null>(null);

  useEffect(() => {
    setLoaded(null);
    setChosen(null);
  }, [src]);

  useEffect(() => {
    if (autoFocus) viewport.current?.focus({ preventScroll: true });
  }, []);

  const image: Size | null =
    naturalWidth && naturalHeight ? { width: naturalWidth, height: naturalHeight } : loaded;
  const fit = image ? fitWidthZoom(image, measured) : 1;
  const fittedHeight = image ? Math.round(image.height * fit) : 0;
  const box: Size = {
    width: measured.width,
    height: measured.height || (fill ? 0 : fittedHeight),
  };
  const ready = Boolean(image && box.width > 0);
  const view: View =
    image && ready ? (chosen ? clampPan(chosen, image, box) : fitView(image, box)) : UNFITTED;
  const pannable = Boolean(image && ready && canPan(view, image, box));
  const actualSize = Boolean(chosen) && Math.abs(view.zoom - 1) < 1e-9;

  /** Sets the view if it changed; says whether it did. */
  const choose = (next: View) => {
    if (sameView(next, view)) return false;
    setChosen(next);
    return true;
  };
  const centre = (): Point => ({ x: box.width / 2, y: box.height / 2 });
  const zoomTo = (zoom: number, point: Point = centre()) =>
    image && ready ? choose(zoomAt(view, zoom, point, image, box)) : false;
  const moveBy = (dx: number, dy: number) =>
    image && ready ? choose(panBy(view, dx, dy, image, box)) : false;

  /** The keys work wherever the focus is in the pane: on the picture or on a zoom button. */
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const key = event.key;
    let handled = true;
    if (key === '+' || key === '=') zoomTo(stepZoom(view.zoom, 1));
    else if (key === '-' || key === '_' || key === '−') zoomTo(stepZoom(view.zoom, -1));
    else if (key === '0') setChosen(null);
    else if (key === '1') zoomTo(1);
    else if (key === 'ArrowLeft') handled = moveBy(PAN_STEP, 0);
    else if (key === 'ArrowRight') handled = moveBy(-PAN_STEP, 0);
    else if (key === 'ArrowUp') handled = moveBy(0, PAN_STEP);
    else if (key === 'ArrowDown') handled = moveBy(0, -PAN_STEP);
    else handled = false;
    if (handled) event.preventDefault();
  };

  const pixelated = view.zoom > 1 + 1e-9;
  return (
    <div
      class={`zoom-pane${fill ? ' zoom-pane-fill' : ''}`}
      onKeyDown={onKeyDown}
      style={
        fill ? { display: 'flex', flexDirection: 'column', flex: '1 1 auto', minHeight: 0 } : {}
      }
    >
      <ZoomToolbar
        zoom={view.zoom}
        fitted={!chosen}
        actualSize={actualSize}
        image={image}
        t={t}
        onStep={(direction) => zoomTo(stepZoom(view.zoom, direction))}
        onFit={() => setChosen(null)}
        onActualSize={() => zoomTo(1)}
        end={toolbarEnd}
      />
      <div
        ref={viewport}
        class={`viewer-viewport zoom-viewport${pannable ? ' pannable' : ''}${dragging ? ' dragging' : ''}`}
        tabIndex={0}
        role="group"
        aria-label={t('viewer.keys')}
        title={pannable ? t('viewer.dragHint') : undefined}
        style={{
          position: 'relative',
          overflow: 'hidden',
          touchAction: pannable ? 'none' : 'auto',
          ...(fill
            ? { flex: '1 1 auto', minHeight: 0 }
            : fittedHeight
              ? { height: `${fittedHeight}px` }
              : {}),
        }}
        onWheel={(event) => {
          if (!image || !ready) return;
          if (event.ctrlKey || event.metaKey) {
            event.preventDefault();
            const rect = event.currentTarget.getBoundingClientRect();
            zoomTo(wheelZoom(view.zoom, event.deltaY, event.deltaMode), {
              x: event.clientX - rect.left,
              y: event.clientY - rect.top,
            });
          } else if (pannable && moveBy(-event.deltaX, -event.deltaY)) {
            // The picture moved: the page stays put. At an edge the page scrolls on.
            event.preventDefault();
          }
        }}
        onPointerDown={(event) => {
          if (event.button !== 0 || !pannable) return;
          event.currentTarget.setPointerCapture?.(event.pointerId);
          drag.current = {
            pointer: event.pointerId,
            start: { x: event.clientX, y: event.clientY },
            view,
          };
          setDragging(true);
          event.preventDefault();
        }}
        onPointerMove={(event) => {
          const current = drag.current;
          if (!current || current.pointer !== event.pointerId || !image) return;
          setChosen(
            panBy(
              current.view,
              event.clientX - current.start.x,
              event.clientY - current.start.y,
              image,
              box,
            ),
          );
        }}
        onPointerUp={(event) => endDrag(event.currentTarget, event.pointerId)}
        onPointerCancel={(event) => endDrag(event.currentTarget, event.pointerId)}
        onLostPointerCapture={() => {
          drag.current = null;
          setDragging(false);
        }}
      >
        <img
          src={src}
          alt={alt}
          draggable={false}
          class={pixelated ? 'pixelated' : ''}
          style={
            image && ready
              ? {
                  position: 'absolute',
                  left: 0,
                  top: 0,
                  maxWidth: 'none',
                  width: `${image.width * view.zoom}px`,
                  height: `${image.height * view.zoom}px`,
                  // Whole pixels: a picture half a pixel off is resampled, hence blurred.
                  transform: `translate(${Math.round(view.x)}px, ${Math.round(view.y)}px)`,
                  imageRendering: pixelated ? 'pixelated' : 'auto',
                }
              : { display: 'block', width: '100%', height: 'auto' }
          }
          onLoad={(event) => {
            const picture = event.currentTarget;
            if (picture.naturalWidth && picture.naturalHeight)
              setLoaded({ width: picture.naturalWidth, height: picture.naturalHeight });
          }}
        />
      </div>
    </div>
  );

  function endDrag(element: HTMLElement, pointer: number) {
    if (drag.current?.pointer !== pointer) return;
    if (element.hasPointerCapture?.(pointer)) element.releasePointerCapture(pointer);
    drag.current = null;
    setDragging(false);
  }
}
