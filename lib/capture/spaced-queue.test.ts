import { createSpacedQueue } from './spaced-queue';

/** A clock that only moves when the queue sleeps, so spacing is exact and tests are instant. */
function virtualClock() {
  let now = 0;
  return {
    now: () => now,
    sleep: async (milliseconds: number) => {
      now += milliseconds;
    },
    advance: (milliseconds: number) => {
      now += milliseconds;
    },
  };
}

describe('createSpacedQueue', () => {
  it('spaces the starts of twenty tasks asked at once', async () => {
    const clock = virtualClock();
    const queue = createSpacedQueue({ spacingMs: 520, ...clock });
    const starts: number[] = [];
    await Promise.all(
      Array.from({ length: 20 }, () => queue.run(async () => starts.push(clock.now()))),
    );
    expect(starts).toHaveLength(20);
    const gaps = starts.slice(1).map((start, index) => start - starts[index]!);
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(520);
    // No second in the run holds more than two starts: Chrome's screenshot quota.
    for (const start of starts) {
      expect(
        starts.filter((other) => other >= start && other < start + 1000).length,
      ).toBeLessThanOrEqual(2);
    }
  });

  it('lets a task that started late be followed sooner, never three starts in a window', async () => {
    const clock = virtualClock();
    const queue = createSpacedQueue({ spacingMs: 520, burst: 2, ...clock });
    const starts: number[] = [];
    const late = [0, 300, 0, 0, 700, 0, 0, 0];
    for (const delay of late) {
      clock.advance(delay);
      await queue.run(async () => {
        starts.push(clock.now());
        // The task itself takes 450 ms, as a screenshot and a scroll do.
        clock.advance(450);
      });
    }
    expect(starts).toEqual([0, 750, 1200, 1790, 2940, 3390, 3980, 4430]);
    for (const [index, start] of starts.entries()) {
      if (index >= 2) expect(start - starts[index - 2]!).toBeGreaterThanOrEqual(1040);
    }
  });

  it('catches up after a late task, never closer than the minimum gap', async () => {
    const clock = virtualClock();
    const queue = createSpacedQueue({ spacingMs: 520, burst: 2, minimumGapMs: 500, ...clock });
    const starts: number[] = [];
    for (const delay of [0, 300, 0, 0, 700, 0, 0, 0]) {
      clock.advance(delay);
      await queue.run(async () => {
        starts.push(clock.now());
        clock.advance(450);
      });
    }
    expect(starts).toEqual([0, 750, 1250, 1790, 2940, 3440, 3980, 4480]);
  });

  it('does not wait when the last task started long ago', async () => {
    const clock = virtualClock();
    const queue = createSpacedQueue({ spacingMs: 500, ...clock });
    await queue.run(async () => undefined);
    clock.advance(2000);
    const before = clock.now();
    await queue.run(async () => undefined);
    expect(clock.now()).toBe(before);
  });

  it('runs tasks in order, one at a time', async () => {
    const queue = createSpacedQueue({ spacingMs: 0 });
    const events: string[] = [];
    const task = (name: string) => async () => {
      events.push(`${name} start`);
      await new Promise((resolve) => setTimeout(resolve, 5));
      events.push(`${name} end`);
    };
    await Promise.all([queue.run(task('a')), queue.run(task('b'))]);
    expect(events).toEqual(['a start', 'a end', 'b start', 'b end']);
  });

  it('goes on after a task fails, and counts what is pending', async () => {
    const clock = virtualClock();
    const queue = createSpacedQueue({ spacingMs: 100, ...clock });
    const failing = queue.run(async () => {
      throw new Error('tab closed');
    });
    const next = queue.run(async () => 'done');
    expect(queue.pending).toBe(2);
    await expect(failing).rejects.toThrow('tab closed');
    await expect(next).resolves.toBe('done');
    expect(queue.pending).toBe(0);
  });
});
