import type { RefObject } from 'preact';
import { useLayoutEffect, useState } from 'preact/hooks';
import type { Size } from '../lib/layout/zoom-math';

const NO_SIZE: Size = { width: 0, height: 0 };

/** The inner size of an element, kept current as it is resized; zero until it is drawn. */
export function useBoxSize(element: RefObject<HTMLElement | null>): Size {
  const [size, setSize] = useState<Size>(NO_SIZE);
  useLayoutEffect(() => {
    const box = element.current;
    if (!box) return;
    const measure = () =>
      setSize((previous) =>
        previous.width === box.clientWidth && previous.height === box.clientHeight
          ? previous
          : { width: box.clientWidth, height: box.clientHeight },
      );
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(box);
    return () => observer.disconnect();
  }, []);
  return size;
}
