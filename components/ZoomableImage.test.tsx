// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { translator } from '../lib/i18n/translate';
import { fitZoom, stepZoom, ZoomableImage } from './ZoomableImage';

describe('zoom steps', () => {
  it('go up and down the steps from anywhere, within bounds', () => {
    expect(stepZoom(1, 1)).toBe(1.5);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(0.6, 1)).toBe(0.75);
    expect(stepZoom(8, 1)).toBe(8);
    expect(stepZoom(0.1, -1)).toBe(0.1);
  });

  it('fit the whole picture in the box, never enlarged', () => {
    expect(fitZoom({ width: 2560, height: 1600 }, { width: 1280, height: 1000 })).toBe(0.5);
    expect(fitZoom({ width: 300, height: 200 }, { width: 1280, height: 1000 })).toBe(1);
  });
});

describe('ZoomableImage', () => {
  it('zooms with the + and − keys, drawing the picture larger and its pixels square', () => {
    const root = document.createElement('div');
    document.body.append(root);
    act(() =>
      render(
        <ZoomableImage
          url="data:,"
          label="Capture d’écran"
          role="page-screenshot"
          t={translator('fr')}
        />,
        root,
      ),
    );
    const picture = root.querySelector<HTMLImageElement>('.viewer-viewport img')!;
    Object.defineProperty(picture, 'naturalWidth', { value: 400 });
    Object.defineProperty(picture, 'naturalHeight', { value: 300 });
    act(() => void picture.dispatchEvent(new Event('load')));
    const viewport = root.querySelector<HTMLElement>('.viewer-viewport')!;
    expect(picture.style.width).toBe('400px');
    act(
      () => void viewport.dispatchEvent(new KeyboardEvent('keydown', { key: '+', bubbles: true })),
    );
    expect(picture.style.width).toBe('600px');
    expect(picture.className).toBe('pixelated');
    expect(root.querySelector('output')!.textContent).toBe('150 %');
    act(
      () => void viewport.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true })),
    );
    act(
      () => void viewport.dispatchEvent(new KeyboardEvent('keydown', { key: '-', bubbles: true })),
    );
    expect(picture.style.width).toBe('300px');
    expect(picture.className).toBe('');
    expect(root.querySelector('button.zoomable')!.getAttribute('aria-label')).toBe(
      'Agrandir : Capture d’écran',
    );
    root.remove();
  });
});
