import { useEffect, useRef, useState } from 'preact/hooks';
import type { Translate } from '../lib/i18n/translate';

/** Zoom steps, as a share of the image's own pixels. */
export const ZOOM_STEPS = [0.1, 0.25, 0.5, 0.75, 1, 1.5, 2, 3, 4, 6, 8] as const;

/** The next step up or down from a zoom that may sit between steps. */
export function stepZoom(zoom: number, direction: 1 | -1): number {
  if (direction > 0) return ZOOM_STEPS.find((step) => step > zoom + 1e-9) ?? ZOOM_STEPS.at(-1)!;
  return [...ZOOM_STEPS].reverse().find((step) => step < zoom - 1e-9) ?? ZOOM_STEPS[0];
}

/** The zoom at which the whole image fits the box, never above its own size. */
export function fitZoom(
  image: { width: number; height: number },
  box: { width: number; height: number },
) {
  if (!image.width || !image.height || !box.width || !box.height) return 1;
  return Math.min(1, box.width / image.width, box.height / image.height);
}

/**
 * An evidence picture that opens, on click or Enter, in a full-window viewer: zoom by buttons,
 * +/−/0 keys or Ctrl+wheel; pan by dragging, scrolling or arrow keys. Above 100 % the pixels
 * are drawn square, as they were captured, not smoothed.
 */
export function ZoomableImage({
  url,
  label,
  role,
  t,
}: {
  url: string;
  label: string;
  role: string;
  t: Translate;
}) {
  const dialog = useRef<HTMLDialogElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [natural, setNatural] = useState({ width: 0, height: 0 });
  const [zoom, setZoom] = useState(1);
  const [open, setOpen] = useState(false);
  const drag = useRef<{ x: number; y: number; left: number; top: number } | null>(null);

  const fit = () => {
    const box = viewport.current;
    return fitZoom(natural, { width: box?.clientWidth ?? 0, height: box?.clientHeight ?? 0 });
  };
  /** Changes the zoom keeping the point under (x, y) of the viewport where it was. */
  const zoomTo = (next: number, at?: { x: number; y: number }) => {
    const box = viewport.current;
    const clamped = Math.min(ZOOM_STEPS.at(-1)!, Math.max(ZOOM_STEPS[0], next));
    if (box) {
      const point = at ?? { x: box.clientWidth / 2, y: box.clientHeight / 2 };
      const ratio = clamped / zoom;
      requestAnimationFrame(() => {
        box.scrollLeft = (box.scrollLeft + point.x) * ratio - point.x;
        box.scrollTop = (box.scrollTop + point.y) * ratio - point.y;
      });
    }
    setZoom(clamped);
  };

  useEffect(() => {
    if (open && natural.width) setZoom(fit());
  }, [open, natural.width]);

  const show = () => {
    dialog.current?.showModal?.();
    setOpen(true);
  };
  const percent = `${Math.round(zoom * 100)} %`;
  return (
    <figure>
      <button
        type="button"
        class="zoomable"
        onClick={show}
        aria-label={t('viewer.open', { label })}
      >
        <img class="picture" src={url} alt={label} data-role={role} />
      </button>
      <figcaption class="muted">{label}</figcaption>
      <dialog ref={dialog} class="viewer" aria-label={label} onClose={() => setOpen(false)}>
        <div class="row wrap viewer-toolbar" role="toolbar" aria-label={t('viewer.tools')}>
          <button
            type="button"
            onClick={() => zoomTo(stepZoom(zoom, -1))}
            aria-label={t('viewer.zoomOut')}
          >
            −
          </button>
          <output aria-live="polite" class="viewer-zoom">
            {percent}
          </output>
          <button
            type="button"
            onClick={() => zoomTo(stepZoom(zoom, 1))}
            aria-label={t('viewer.zoomIn')}
          >
            +
          </button>
          <button type="button" onClick={() => zoomTo(fit())}>
            {t('viewer.fit')}
          </button>
          <button type="button" onClick={() => zoomTo(1)}>
            100 %
          </button>
          <span class="muted viewer-size">
            {natural.width} × {natural.height} px
          </span>
          <button type="button" class="primary" onClick={() => dialog.current?.close()}>
            {t('close')}
          </button>
        </div>
        <div
          ref={viewport}
          class="viewer-viewport"
          tabIndex={0}
          aria-label={t('viewer.keys')}
          onKeyDown={(event) => {
            if (event.key === '+' || event.key === '=') zoomTo(stepZoom(zoom, 1));
            else if (event.key === '-') zoomTo(stepZoom(zoom, -1));
            else if (event.key === '0') zoomTo(fit());
            else return;
            event.preventDefault();
          }}
          onWheel={(event) => {
            if (!event.ctrlKey) return;
            event.preventDefault();
            const box = event.currentTarget.getBoundingClientRect();
            zoomTo(stepZoom(zoom, event.deltaY < 0 ? 1 : -1), {
              x: event.clientX - box.left,
              y: event.clientY - box.top,
            });
          }}
          onPointerDown={(event) => {
            const box = event.currentTarget;
            drag.current = {
              x: event.clientX,
              y: event.clientY,
              left: box.scrollLeft,
              top: box.scrollTop,
            };
            box.setPointerCapture?.(event.pointerId);
          }}
          onPointerMove={(event) => {
            if (!drag.current) return;
            event.currentTarget.scrollLeft = drag.current.left - (event.clientX - drag.current.x);
            event.currentTarget.scrollTop = drag.current.top - (event.clientY - drag.current.y);
          }}
          onPointerUp={() => (drag.current = null)}
          onPointerCancel={() => (drag.current = null)}
        >
          <img
            src={url}
            alt={label}
            draggable={false}
            class={zoom > 1 ? 'pixelated' : ''}
            style={
              natural.width
                ? { width: `${natural.width * zoom}px`, height: `${natural.height * zoom}px` }
                : {}
            }
            onLoad={(event) =>
              setNatural({
                width: event.currentTarget.naturalWidth,
                height: event.currentTarget.naturalHeight,
              })
            }
          />
        </div>
      </dialog>
    </figure>
  );
}
