import type { TimestampAccuracy } from './timestamp-outcome';

export interface ClockOffset {
  /**
   * How far the device clock ran ahead of the authority's, in milliseconds (negative: behind).
   * Measured at the midpoint of the round trip.
   */
  offsetMs: number;
  /** The offset is within ± this many milliseconds: half the round trip plus the accuracy. */
  uncertaintyMs: number;
  /** Null when the authority states no accuracy: the uncertainty then holds the trip alone. */
  accuracyMs: number | null;
}

/**
 * The device clock's offset from an authority's time, from the device times when the request left
 * and the answer arrived, and the token's genTime and accuracy. The token was made somewhere in
 * that interval, so the midpoint is the best guess and half the interval bounds its error.
 */
export function measureClockOffset(options: {
  sentAt: Date;
  receivedAt: Date;
  genTime: Date;
  accuracy: TimestampAccuracy | null;
}): ClockOffset {
  const sent = options.sentAt.getTime();
  const received = options.receivedAt.getTime();
  if (!(received >= sent))
    throw new RangeError('The answer cannot arrive before the request left.');
  const midpoint = sent + (received - sent) / 2;
  const accuracyMs = options.accuracy
    ? options.accuracy.seconds * 1000 + options.accuracy.millis + options.accuracy.micros / 1000
    : null;
  return {
    offsetMs: midpoint - options.genTime.getTime(),
    uncertaintyMs: (received - sent) / 2 + (accuracyMs ?? 0),
    accuracyMs,
  };
}
