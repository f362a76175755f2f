import {
  canPan,
  clampPan,
  clampZoom,
  fitView,
  fitWidthZoom,
  MAX_ZOOM,
  MIN_ZOOM,
  panBy,
  stepZoom,
  wheelZoom,
  zoomAt,
} from './zoom-math';

const image = { width: 2000, height: 1000 };
const box = { width: 500, height: 400 };

describe('zoom bounds and steps', () => {
  it('keeps the zoom between 10 % and 800 %', () => {
    expect(clampZoom(0.01)).toBe(MIN_ZOOM);
    expect(clampZoom(50)).toBe(MAX_ZOOM);
    expect(clampZoom(1.3)).toBe(1.3);
    expect(clampZoom(Number.NaN)).toBe(1);
    expect(clampZoom(-2)).toBe(1);
  });

  it('goes up and down the steps from anywhere, within bounds', () => {
    expect(stepZoom(1, 1)).toBe(1.5);
    expect(stepZoom(1, -1)).toBe(0.75);
    expect(stepZoom(0.6, 1)).toBe(0.75);
    expect(stepZoom(0.6, -1)).toBe(0.5);
    expect(stepZoom(8, 1)).toBe(8);
    expect(stepZoom(0.1, -1)).toBe(0.1);
  });

  it('fits the width, never enlarging a small picture', () => {
    expect(fitWidthZoom(image, box)).toBe(0.25);
    expect(fitWidthZoom({ width: 300, height: 200 }, box)).toBe(1);
    expect(fitWidthZoom({ width: 100_000, height: 10 }, box)).toBe(MIN_ZOOM);
    expect(fitWidthZoom({ width: 0, height: 0 }, box)).toBe(1);
  });

  it('zooms in on a wheel turned up and out on one turned down, within bounds', () => {
    expect(wheelZoom(1, -100)).toBeGreaterThan(1);
    expect(wheelZoom(1, 100)).toBeLessThan(1);
    expect(wheelZoom(1, 100)).toBeCloseTo(1 / wheelZoom(1, -100));
    expect(wheelZoom(1, -3, 1)).toBeCloseTo(wheelZoom(1, -48));
    expect(wheelZoom(MAX_ZOOM, -1000)).toBe(MAX_ZOOM);
    expect(wheelZoom(MIN_ZOOM, 1000)).toBe(MIN_ZOOM);
  });
});

describe('panning', () => {
  it('centres a picture smaller than the box and keeps a larger one over it', () => {
    expect(clampPan({ zoom: 0.1, x: 37, y: -5 }, image, box)).toEqual({
      zoom: 0.1,
      x: 150,
      y: 150,
    });
    expect(clampPan({ zoom: 1, x: 20, y: 20 }, image, box)).toEqual({ zoom: 1, x: 0, y: 0 });
    expect(clampPan({ zoom: 1, x: -5000, y: -5000 }, image, box)).toEqual({
      zoom: 1,
      x: -1500,
      y: -600,
    });
  });

  it('fits to the width with the top in view', () => {
    expect(fitView(image, box)).toEqual({ zoom: 0.25, x: 0, y: 75 });
    expect(fitView({ width: 1000, height: 4000 }, box)).toEqual({ zoom: 0.5, x: 0, y: 0 });
  });

  it('moves by the pointer’s travel, stopping at the edges', () => {
    const view = { zoom: 1, x: -100, y: -100 };
    expect(panBy(view, -30, 40, image, box)).toEqual({ zoom: 1, x: -130, y: -60 });
    expect(panBy(view, 500, 500, image, box)).toEqual({ zoom: 1, x: 0, y: 0 });
    expect(canPan(view, image, box)).toBe(true);
    expect(canPan({ zoom: 0.25, x: 0, y: 75 }, image, box)).toBe(false);
  });
});

describe('zooming around a point', () => {
  it('keeps the picture’s pixel under the point where it was', () => {
    const view = { zoom: 1, x: -600, y: -300 };
    const point = { x: 120, y: 80 };
    const pixel = { x: (point.x - view.x) / view.zoom, y: (point.y - view.y) / view.zoom };
    const next = zoomAt(view, 2, point, image, box);
    expect(next.zoom).toBe(2);
    expect(point.x - next.x).toBeCloseTo(pixel.x * 2);
    expect(point.y - next.y).toBeCloseTo(pixel.y * 2);
    expect(next).toEqual({ zoom: 2, x: -1320, y: -680 });
  });

  it('clamps the zoom and then the edges', () => {
    const next = zoomAt({ zoom: 1, x: 0, y: 0 }, 100, { x: 0, y: 0 }, image, box);
    expect(next).toEqual({ zoom: MAX_ZOOM, x: 0, y: 0 });
    const out = zoomAt({ zoom: 1, x: -1500, y: -600 }, 0.25, { x: 500, y: 400 }, image, box);
    expect(out).toEqual({ zoom: 0.25, x: 0, y: 75 });
  });
});
