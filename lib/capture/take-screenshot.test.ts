import { createSpacedQueue } from './spaced-queue';
import { takeScreenshot } from './take-screenshot';

const QUOTA = 'This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.';

describe('takeScreenshot', () => {
  const queue = () => createSpacedQueue({ spacingMs: 0 });

  it('retries when the browser rejects a shot for its per-second quota', async () => {
    const results = [new Error(QUOTA), new Error(QUOTA), 'data:image/png;base64,AA=='];
    const capture = vi.fn(async () => {
      const next = results.shift()!;
      if (next instanceof Error) throw next;
      return next;
    });
    const prepare = vi.fn(async () => 'measured');
    await expect(takeScreenshot(queue(), 7, prepare, capture)).resolves.toEqual({
      dataUrl: 'data:image/png;base64,AA==',
      prepared: 'measured',
    });
    expect(capture).toHaveBeenCalledTimes(3);
    expect(capture).toHaveBeenCalledWith(7);
    // The page is measured again before every attempt, so the crop matches the shot taken.
    expect(prepare).toHaveBeenCalledTimes(3);
  });

  it('gives up after a few quota rejections', async () => {
    const capture = vi.fn(async () => {
      throw new Error(QUOTA);
    });
    await expect(takeScreenshot(queue(), 1, async () => null, capture)).rejects.toThrow(
      'MAX_CAPTURE',
    );
    expect(capture).toHaveBeenCalledTimes(4);
  });

  it('does not retry other errors', async () => {
    const capture = vi.fn(async () => {
      throw new Error('Cannot access contents of url "chrome://version/"');
    });
    await expect(takeScreenshot(queue(), 1, async () => null, capture)).rejects.toThrow(
      'chrome://',
    );
    expect(capture).toHaveBeenCalledTimes(1);
  });
});
