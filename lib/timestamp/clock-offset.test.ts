import { measureClockOffset } from './clock-offset';

const at = (iso: string) => new Date(iso);

describe('measureClockOffset', () => {
  it.each([
    {
      case: 'a device 3 minutes ahead',
      sentAt: '2026-01-10T10:03:00.000Z',
      receivedAt: '2026-01-10T10:03:00.400Z',
      genTime: '2026-01-10T10:00:00.200Z',
      accuracy: { seconds: 1, millis: 0, micros: 0 },
      offsetMs: 180_000,
      uncertaintyMs: 1_200,
    },
    {
      case: 'a device 2 s behind, no stated accuracy',
      sentAt: '2026-01-10T09:59:58.000Z',
      receivedAt: '2026-01-10T09:59:59.000Z',
      genTime: '2026-01-10T10:00:00.500Z',
      accuracy: null,
      offsetMs: -2_000,
      uncertaintyMs: 500,
    },
    {
      case: 'milliseconds and microseconds of accuracy',
      sentAt: '2026-01-10T10:00:00.000Z',
      receivedAt: '2026-01-10T10:00:00.000Z',
      genTime: '2026-01-10T10:00:00.000Z',
      accuracy: { seconds: 0, millis: 500, micros: 100 },
      offsetMs: 0,
      uncertaintyMs: 500.1,
    },
  ])('$case', ({ sentAt, receivedAt, genTime, accuracy, offsetMs, uncertaintyMs }) => {
    const offset = measureClockOffset({
      sentAt: at(sentAt),
      receivedAt: at(receivedAt),
      genTime: at(genTime),
      accuracy,
    });
    expect(offset.offsetMs).toBe(offsetMs);
    expect(offset.uncertaintyMs).toBeCloseTo(uncertaintyMs, 6);
  });

  it('refuses an answer received before its request left', () => {
    expect(() =>
      measureClockOffset({
        sentAt: at('2026-01-10T10:00:01Z'),
        receivedAt: at('2026-01-10T10:00:00Z'),
        genTime: at('2026-01-10T10:00:00Z'),
        accuracy: null,
      }),
    ).toThrow(RangeError);
  });
});
