import { lockedWrites, serialWrites, type SerialWrites } from './serial-writes';

interface Write {
  /** How long the write takes. */
  ms: number;
  /** Rejects after its work, or throws before returning a promise at all. */
  fails?: 'after-work' | 'at-once';
}

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Queues every write at once and records when each starts and ends. */
async function runAll(queue: SerialWrites, writes: Write[]) {
  const log: string[] = [];
  const outcomes = await Promise.allSettled(
    writes.map(({ ms, fails }, index) =>
      queue(() => {
        log.push(`start ${index}`);
        if (fails === 'at-once') throw new Error(`write ${index}`);
        return pause(ms).then(() => {
          log.push(`end ${index}`);
          if (fails === 'after-work') throw new Error(`write ${index}`);
          return index;
        });
      }),
    ),
  );
  return { log, outcomes: outcomes.map((outcome) => outcome.status) };
}

describe('serial writes', () => {
  it.each<[string, Write[], string[], string[]]>([
    [
      'keeps the order asked, the slowest first',
      [{ ms: 30 }, { ms: 0 }, { ms: 10 }],
      ['start 0', 'end 0', 'start 1', 'end 1', 'start 2', 'end 2'],
      ['fulfilled', 'fulfilled', 'fulfilled'],
    ],
    [
      'runs the next write after one that fails',
      [{ ms: 10, fails: 'after-work' }, { ms: 0 }],
      ['start 0', 'end 0', 'start 1', 'end 1'],
      ['rejected', 'fulfilled'],
    ],
    [
      'runs the next write after one that throws before returning a promise',
      [{ ms: 0, fails: 'at-once' }, { ms: 5 }, { ms: 0, fails: 'at-once' }, { ms: 0 }],
      ['start 0', 'start 1', 'end 1', 'start 2', 'start 3', 'end 3'],
      ['rejected', 'fulfilled', 'rejected', 'fulfilled'],
    ],
    [
      'keeps going when every write fails',
      [
        { ms: 5, fails: 'after-work' },
        { ms: 0, fails: 'after-work' },
      ],
      ['start 0', 'end 0', 'start 1', 'end 1'],
      ['rejected', 'rejected'],
    ],
  ])('%s', async (_name, writes, log, outcomes) => {
    expect(await runAll(serialWrites(), writes)).toEqual({ log, outcomes });
  });

  it.each<[string, boolean]>([
    ['that succeeds', false],
    ['that fails', true],
  ])(
    'runs a write queued from inside another %s after it and after those asked before',
    async (_name, outerFails) => {
      const queue = serialWrites();
      const log: string[] = [];
      let inner: Promise<void> | undefined;
      const outer = queue(async () => {
        log.push('outer starts');
        inner = queue(async () => void log.push('inner'));
        await pause(5);
        log.push('outer ends');
        if (outerFails) throw new Error('outer');
      });
      const asked = queue(async () => void log.push('asked before inner'));
      await Promise.allSettled([outer, asked]);
      await inner;
      expect(log).toEqual(['outer starts', 'outer ends', 'asked before inner', 'inner']);
    },
  );

  it('gives each lock name one queue, shared by all who ask for it', async () => {
    const log: string[] = [];
    const slow = lockedWrites('first store')(async () => {
      await pause(20);
      log.push('first store, slow');
    });
    const after = lockedWrites('first store')(async () => void log.push('first store, next'));
    await lockedWrites('second store')(async () => void log.push('second store'));
    await Promise.all([slow, after]);
    expect(log).toEqual(['second store', 'first store, slow', 'first store, next']);
  });
});
