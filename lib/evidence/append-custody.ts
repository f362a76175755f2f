import { applyCustodyEntry, emptyAnnotation } from './annotation';
import { nextCustodyEntry, type CustodyEntry, type CustodyEvent } from './custody-entry';
import type { EvidenceDatabase } from './database';

const pendingWrites = new WeakMap<EvidenceDatabase, Promise<unknown>>();

/** Runs writes to one database one after another, so two entries never claim the same place. */
function oneAtATime<T>(database: EvidenceDatabase, write: () => Promise<T>): Promise<T> {
  const run = (pendingWrites.get(database) ?? Promise.resolve()).then(write, write);
  pendingWrites.set(
    database,
    run.catch(() => undefined),
  );
  return run;
}

export class CaptureNotFoundError extends Error {
  constructor(readonly captureId: string) {
    super(`No capture ${captureId}`);
  }
}

/**
 * Appends an event to a capture's custody log and updates its annotation in the same
 * transaction. Hashes are computed before the transaction (IndexedDB transactions end when
 * they wait on anything else); inside it, the log's last entry is checked to be the one the
 * hash was chained to.
 */
export function appendCustody(
  database: EvidenceDatabase,
  captureId: string,
  events: readonly CustodyEvent[],
  {
    at = new Date(),
    alongside,
  }: {
    at?: Date;
    /** Changes to the capture's files that must happen with the entries or not at all. */
    alongside?: () => Promise<unknown>;
  } = {},
): Promise<CustodyEntry[]> {
  return oneAtATime(database, async () => {
    const capture = await database.captures.get(captureId);
    if (!capture) throw new CaptureNotFoundError(captureId);
    const log = await database.custody.where('captureId').equals(captureId).sortBy('index');
    let previous = log.at(-1);
    const entries: CustodyEntry[] = [];
    const chained: CustodyEvent[] = previous
      ? [...events]
      : [{ kind: 'capture', data: { metadataSha256: capture.metadataSha256 } }, ...events];
    for (const [position, event] of chained.entries()) {
      previous = await nextCustodyEntry({
        captureId,
        previous,
        metadataSha256: capture.metadataSha256,
        event,
        // The opening entry is dated at the capture, which is when custody began.
        at: !log.length && position === 0 ? capture.capturedAt : at.toISOString(),
      });
      entries.push(previous);
    }
    const tables = [database.custody, database.annotations, database.files, database.captures];
    await database.transaction('rw', tables, async () => {
      const last = await database.custody
        .where('[captureId+index]')
        .between([captureId, -Infinity], [captureId, Infinity])
        .last();
      if (last?.hash !== log.at(-1)?.hash) throw new Error('The custody log changed meanwhile');
      await database.custody.bulkAdd(entries);
      const annotation = (await database.annotations.get(captureId)) ?? emptyAnnotation(captureId);
      await database.annotations.put(entries.reduce(applyCustodyEntry, annotation));
      await alongside?.();
    });
    return entries;
  });
}

/** How many captures share one transaction when the same event is logged for many. */
const BATCH = 250;

const lastEntry = (database: EvidenceDatabase, captureId: string) =>
  database.custody
    .where('[captureId+index]')
    .between([captureId, -Infinity], [captureId, Infinity])
    .last();

/**
 * Appends the same event to each capture's log. Captures go in batches: one read, the hashes
 * computed together, then one transaction that checks no log moved and writes the batch, so
 * logging an export of a thousand captures costs a few transactions, not a thousand. A
 * capture that does not exist stops the call before its batch is written.
 */
export function appendToEach(
  database: EvidenceDatabase,
  captureIds: readonly string[],
  event: CustodyEvent,
  { at = new Date() }: { at?: Date } = {},
): Promise<void> {
  return oneAtATime(database, async () => {
    for (let start = 0; start < captureIds.length; start += BATCH) {
      const batch = [...new Set(captureIds.slice(start, start + BATCH))];
      const [captures, lasts] = await database.transaction(
        'r',
        [database.captures, database.custody],
        () =>
          Promise.all([
            database.captures.bulkGet(batch),
            Promise.all(batch.map((captureId) => lastEntry(database, captureId))),
          ]),
      );
      const chains = await Promise.all(
        batch.map(async (captureId, position) => {
          const capture = captures[position];
          if (!capture) throw new CaptureNotFoundError(captureId);
          const opening = lasts[position]
            ? undefined
            : await nextCustodyEntry({
                captureId,
                previous: undefined,
                metadataSha256: capture.metadataSha256,
                event: { kind: 'capture', data: { metadataSha256: capture.metadataSha256 } },
                at: capture.capturedAt,
              });
          const entry = await nextCustodyEntry({
            captureId,
            previous: opening ?? lasts[position],
            metadataSha256: capture.metadataSha256,
            event,
            at: at.toISOString(),
          });
          return opening ? [opening, entry] : [entry];
        }),
      );
      await database.transaction('rw', [database.custody, database.annotations], async () => {
        const now = await Promise.all(batch.map((captureId) => lastEntry(database, captureId)));
        if (now.some((entry, position) => entry?.hash !== lasts[position]?.hash))
          throw new Error('The custody log changed meanwhile');
        await database.custody.bulkAdd(chains.flat());
        const annotations = await database.annotations.bulkGet(batch);
        await database.annotations.bulkPut(
          batch.map((captureId, position) =>
            chains[position]!.reduce(
              applyCustodyEntry,
              annotations[position] ?? emptyAnnotation(captureId),
            ),
          ),
        );
      });
    }
  });
}
