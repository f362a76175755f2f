// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { translator } from '../lib/i18n/translate';
import { ZoomableImage } from './ZoomableImage';
import { ZoomPane } from './ZoomPane';

const t = translator('fr');

/** A viewport 500 px wide and 250 px high: no layout in happy-dom, so it is told. */
function withViewportSize(width: number, height: number) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.spyOn(HTMLElement.prototype, 'clientHeight', 'get').mockReturnValue(height);
}

function mount(children: preact.ComponentChildren) {
  const root = document.createElement('div');
  document.body.append(root);
  act(() => render(children, root));
  return root;
}

function parts(root: HTMLElement) {
  const viewport = root.querySelector<HTMLElement>('.zoom-viewport')!;
  const picture = viewport.querySelector('img')!;
  const output = root.querySelector('output')!;
  return { viewport, picture, output };
}

function press(element: HTMLElement, key: string) {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  act(() => void element.dispatchEvent(event));
  return event;
}

/** The zoom and place of the picture, read back from what is drawn. */
function drawn(picture: HTMLImageElement) {
  const [, x, y] = /translate\((-?[\d.]+)px, (-?[\d.]+)px\)/.exec(picture.style.transform)!;
  return { zoom: parseFloat(picture.style.width) / 2000, x: Number(x), y: Number(y) };
}

/**
 * A wheel event; happy-dom's lacks the mouse fields (ctrlKey, clientX…), so they are set here
 * as a browser would.
 */
function wheelEvent(init: {
  deltaY: number;
  ctrlKey?: boolean;
  clientX?: number;
  clientY?: number;
}) {
  const event = new WheelEvent('wheel', { deltaY: init.deltaY, bubbles: true, cancelable: true });
  for (const field of ['ctrlKey', 'clientX', 'clientY'] as const)
    Object.defineProperty(event, field, {
      value: init[field] ?? (field === 'ctrlKey' ? false : 0),
    });
  return event;
}

afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

describe('ZoomPane', () => {
  it('fits the width first, then zooms with + around the centre, pixels square above 100 %', () => {
    withViewportSize(500, 250);
    const root = mount(
      <ZoomPane
        src="data:,"
        alt="Capture de la page"
        naturalWidth={2000}
        naturalHeight={1000}
        t={t}
      />,
    );
    const { viewport, picture, output } = parts(root);
    expect(picture.alt).toBe('Capture de la page');
    expect(viewport.tabIndex).toBe(0);
    expect(viewport.style.height).toBe('250px');
    expect(picture.style.width).toBe('500px');
    expect(picture.style.height).toBe('250px');
    expect(picture.style.transform).toBe('translate(0px, 0px)');
    expect(output.textContent).toBe('25\u202f%');
    expect(
      root.querySelector('[aria-label="Ajuster à la largeur"]')!.getAttribute('aria-pressed'),
    ).toBe('true');

    expect(press(viewport, '+').defaultPrevented).toBe(true);
    // 50 %, the centre (250, 125) still over the same pixel of the picture.
    expect(picture.style.width).toBe('1000px');
    expect(picture.style.height).toBe('500px');
    expect(picture.style.transform).toBe('translate(-250px, -125px)');
    expect(output.textContent).toBe('50\u202f%');
    expect(picture.className).toBe('');

    act(() =>
      root.querySelector<HTMLButtonElement>('[title="Taille réelle (100\u202f%)"]')!.click(),
    );
    expect(picture.style.width).toBe('2000px');
    expect(output.textContent).toBe('100\u202f%');
    expect(picture.className).toBe('');
    press(viewport, '+');
    expect(picture.style.width).toBe('3000px');
    expect(picture.className).toBe('pixelated');
    expect(picture.style.imageRendering).toBe('pixelated');

    press(viewport, '0');
    expect(picture.style.width).toBe('500px');
    expect(picture.className).toBe('');
  });

  it('zooms with Ctrl+wheel keeping the pixel under the pointer where it was', () => {
    withViewportSize(500, 250);
    const root = mount(
      <ZoomPane src="data:," alt="Capture" naturalWidth={2000} naturalHeight={1000} t={t} />,
    );
    const { viewport, picture } = parts(root);
    press(viewport, '+');
    const before = drawn(picture);
    const pointer = { x: 100, y: 50 };
    const underPointer = (view: { zoom: number; x: number; y: number }) => ({
      x: (pointer.x - view.x) / view.zoom,
      y: (pointer.y - view.y) / view.zoom,
    });
    const wheel = wheelEvent({
      deltaY: -200,
      ctrlKey: true,
      clientX: pointer.x,
      clientY: pointer.y,
    });
    act(() => void viewport.dispatchEvent(wheel));
    expect(wheel.defaultPrevented).toBe(true);
    const after = drawn(picture);
    expect(after.zoom).toBeCloseTo(0.5 * Math.exp(0.5));
    expect(picture.style.transform).toBe('translate(-477px, -239px)');
    // Within the whole-pixel rounding of the drawn place.
    expect(underPointer(after).x).toBeCloseTo(underPointer(before).x, -0.5);
    expect(underPointer(after).y).toBeCloseTo(underPointer(before).y, -0.5);

    // A wheel without Ctrl moves the zoomed picture instead.
    const scroll = wheelEvent({ deltaY: 30 });
    act(() => void viewport.dispatchEvent(scroll));
    expect(scroll.defaultPrevented).toBe(true);
    expect(drawn(picture).y).toBe(-269);
  });

  it('pans with the arrow keys and by dragging, within the picture’s edges', () => {
    withViewportSize(500, 250);
    const root = mount(
      <ZoomPane src="data:," alt="Capture" naturalWidth={2000} naturalHeight={1000} t={t} />,
    );
    const { viewport, picture } = parts(root);
    // Fitted: nothing to move, so the page keeps its arrow keys.
    expect(press(viewport, 'ArrowDown').defaultPrevented).toBe(false);
    press(viewport, '1');
    expect(picture.style.transform).toBe('translate(-750px, -375px)');
    expect(press(viewport, 'ArrowRight').defaultPrevented).toBe(true);
    expect(press(viewport, 'ArrowDown').defaultPrevented).toBe(true);
    expect(picture.style.transform).toBe('translate(-798px, -423px)');

    const captured: number[] = [];
    viewport.setPointerCapture = (id: number) => void captured.push(id);
    const pointer = (type: string, x: number, y: number) =>
      act(
        () =>
          void viewport.dispatchEvent(
            new PointerEvent(type, {
              pointerId: 7,
              button: 0,
              clientX: x,
              clientY: y,
              bubbles: true,
            }),
          ),
      );
    pointer('pointerdown', 300, 200);
    expect(captured).toEqual([7]);
    expect(viewport.classList.contains('dragging')).toBe(true);
    pointer('pointermove', 350, 100);
    expect(picture.style.transform).toBe('translate(-748px, -523px)');
    pointer('pointermove', 5000, 5000);
    expect(picture.style.transform).toBe('translate(0px, 0px)');
    pointer('pointerup', 5000, 5000);
    expect(viewport.classList.contains('dragging')).toBe(false);
    pointer('pointermove', 0, 0);
    expect(picture.style.transform).toBe('translate(0px, 0px)');
  });

  it('reads the picture’s size once loaded, and names every button with its visible text', () => {
    withViewportSize(500, 250);
    const root = mount(<ZoomPane src="data:," alt="Capture" t={translator('en')} />);
    const { picture, output } = parts(root);
    expect(picture.style.width).toBe('100%');
    Object.defineProperty(picture, 'naturalWidth', { value: 1000 });
    Object.defineProperty(picture, 'naturalHeight', { value: 400 });
    act(() => void picture.dispatchEvent(new Event('load')));
    expect(picture.style.width).toBe('500px');
    expect(output.textContent).toBe('50%');
    const names = [...root.querySelectorAll('button')].map((button) => [
      button.getAttribute('aria-label') ?? button.textContent,
      button.textContent,
      button.title,
    ]);
    // A spoken name holds the words shown, so a person saying "100%" reaches the button.
    expect(names).toEqual([
      ['Zoom out', '−', ''],
      ['Zoom in', '+', ''],
      ['Fit to width', 'Fit', ''],
      ['100%', '100%', 'Actual size (100%)'],
    ]);
  });
});

describe('ZoomableImage', () => {
  it('opens the picture in a dialog with the zoomable pane', () => {
    withViewportSize(500, 250);
    const root = mount(
      <ZoomableImage url="data:," label="Capture d’écran" role="page-screenshot" t={t} />,
    );
    const open = root.querySelector<HTMLButtonElement>('button.zoomable')!;
    expect(open.getAttribute('aria-label')).toBe('Agrandir : Capture d’écran');
    expect(root.querySelector('.zoom-viewport')).toBeNull();
    act(() => open.click());
    const viewport = root.querySelector<HTMLElement>('dialog .zoom-viewport')!;
    expect(viewport.getAttribute('aria-label')).toBe(t('viewer.keys'));
    expect(viewport.querySelector('img')!.alt).toBe('Capture d’écran');
    expect(root.querySelector('dialog button.primary')!.textContent).toBe('Fermer');
  });

  it('puts the focus on the picture when it opens, and its keys work from any of its buttons', () => {
    withViewportSize(500, 250);
    const root = mount(
      <ZoomableImage url="data:," label="Capture d’écran" role="page-screenshot" t={t} />,
    );
    act(() => root.querySelector<HTMLButtonElement>('button.zoomable')!.click());
    const { viewport, picture, output } = parts(root.querySelector('dialog')!);
    expect(document.activeElement).toBe(viewport);
    Object.defineProperty(picture, 'naturalWidth', { value: 1000 });
    Object.defineProperty(picture, 'naturalHeight', { value: 400 });
    act(() => void picture.dispatchEvent(new Event('load')));
    expect(output.textContent).toBe('50\u202f%');
    press(viewport, '1');
    expect(output.textContent).toBe('100\u202f%');
    const zoomIn = root.querySelector<HTMLButtonElement>('[aria-label="Zoom avant"]')!;
    expect(press(zoomIn, '0').defaultPrevented).toBe(true);
    expect(output.textContent).toBe('50\u202f%');
  });
});
