import { lockedWrites } from '../concurrency/serial-writes';
import { applyCustodyEntry, emptyAnnotation } from './annotation';
import { nextCustodyEntry, type CustodyEntry, type CustodyEvent } from './custody-entry';
import type { CaptureRecord, EvidenceDatabase } from './database';
import type { ThreadRecord } from '../thread/thread-records';

/**
 * Writes to one database run one after another, in every context, so two entries never claim
 * the same place: the background's appends and the library page's import share this lock.
 */
export const evidenceWrites = (database: EvidenceDatabase) =>
  lockedWrites(`temoin.evidence-writes/${database.name}`);

/** How many captures share one transaction when the same event is logged for many. */
const BATCH = 250;

export class CaptureNotFoundError extends Error {
  constructor(readonly captureId: string) {
    super(`No capture ${captureId}`);
  }
}

/** Changes to the capture's files that must happen with the entries or not at all. */
type Alongside = () => Promise<unknown>;

/**
 * Appends events to a capture's custody log and updates its annotation in the same
 * transaction, with `alongside` if given. Returns the entries written.
 */
export function appendCustody(
  database: EvidenceDatabase,
  captureId: string,
  events: readonly CustodyEvent[],
  { at = new Date(), alongside }: { at?: Date; alongside?: Alongside } = {},
): Promise<CustodyEntry[]> {
  return evidenceWrites(database)(async () => {
    const [entries] = await appendBatch(database, [{ captureId, events }], at, alongside);
    return entries!;
  });
}

/**
 * Appends the same event to each capture's log, in batches, so logging an export of a
 * thousand captures costs a few transactions, not a thousand. A capture that does not exist
 * stops the call before its batch is written.
 */
export function appendToEach(
  database: EvidenceDatabase,
  captureIds: readonly string[],
  event: CustodyEvent,
  { at = new Date() }: { at?: Date } = {},
): Promise<void> {
  return evidenceWrites(database)(async () => {
    const unique = [...new Set(captureIds)];
    for (let start = 0; start < unique.length; start += BATCH) {
      const batch = unique.slice(start, start + BATCH);
      await appendBatch(
        database,
        batch.map((captureId) => ({ captureId, events: [event] })),
        at,
      );
    }
  });
}

/**
 * The one way entries reach the logs. One read of the captures and their logs' ends; the
 * hashes computed outside any transaction (IndexedDB transactions end when they wait on
 * anything else); then one transaction that checks no log's end moved meanwhile and writes
 * every entry and annotation of the batch.
 */
async function appendBatch(
  database: EvidenceDatabase,
  appends: readonly { captureId: string; events: readonly CustodyEvent[] }[],
  at: Date,
  alongside?: Alongside,
): Promise<CustodyEntry[][]> {
  const captureIds = appends.map(({ captureId }) => captureId);
  const [captures, threads, ends] = await database.transaction(
    'r',
    [database.captures, database.threads, database.custody],
    () =>
      Promise.all([
        database.captures.bulkGet(captureIds),
        database.threads.bulkGet(captureIds),
        Promise.all(captureIds.map((captureId) => lastEntry(database, captureId))),
      ]),
  );
  const chains = await Promise.all(
    appends.map(({ captureId, events }, position) => {
      const capture = captures[position] ?? sealedThread(threads[position]);
      if (!capture) throw new CaptureNotFoundError(captureId);
      return chainAfter(capture, ends[position], events, at);
    }),
  );
  const logs = [database.custody, database.annotations];
  const threadTables = [
    database.threads,
    database.threadScreens,
    database.threadPosts,
    database.threadFiles,
  ];
  const tables = alongside
    ? [
        ...logs,
        database.files,
        database.captures,
        database.seals,
        database.sealQueue,
        ...threadTables,
      ]
    : logs;
  await database.transaction('rw', tables, async () => {
    const now = await Promise.all(captureIds.map((captureId) => lastEntry(database, captureId)));
    if (now.some((entry, position) => entry?.hash !== ends[position]?.hash))
      throw new Error('The custody log changed meanwhile');
    await database.custody.bulkAdd(chains.flat());
    const annotations = await database.annotations.bulkGet(captureIds);
    await database.annotations.bulkPut(
      captureIds.map((captureId, position) =>
        chains[position]!.reduce(
          applyCustodyEntry,
          annotations[position] ?? emptyAnnotation(captureId),
        ),
      ),
    );
    await alongside?.();
  });
  return chains;
}

/**
 * The entries that follow a log's last one. A log with none yet is opened first with the
 * sealed metadata's hash, dated at the capture, which is when custody began.
 */
async function chainAfter(
  capture: CustodySubject,
  last: CustodyEntry | undefined,
  events: readonly CustodyEvent[],
  at: Date,
): Promise<CustodyEntry[]> {
  const { id: captureId, metadataSha256 } = capture;
  const chained: readonly CustodyEvent[] = last
    ? events
    : [{ kind: 'capture', data: { metadataSha256 } }, ...events];
  const entries: CustodyEntry[] = [];
  let previous = last;
  for (const [position, event] of chained.entries()) {
    previous = await nextCustodyEntry({
      captureId,
      previous,
      metadataSha256,
      event,
      at: !last && position === 0 ? capture.capturedAt : at.toISOString(),
    });
    entries.push(previous);
  }
  return entries;
}

/** What a custody log starts from: a capture's sealed metadata, or a sealed thread's seal. */
type CustodySubject = Pick<CaptureRecord, 'id' | 'capturedAt' | 'metadataSha256'>;

/**
 * A sealed thread is filed, put in a case and trashed like a capture: its log opens with the
 * hash of its seal, dated when it started. A thread still running has nothing sealed yet.
 */
function sealedThread(thread: ThreadRecord | undefined): CustodySubject | undefined {
  if (!thread?.sealSha256) return undefined;
  return { id: thread.id, capturedAt: thread.startedAt, metadataSha256: thread.sealSha256 };
}

function lastEntry(database: EvidenceDatabase, captureId: string) {
  return database.custody
    .where('[captureId+index]')
    .between([captureId, -Infinity], [captureId, Infinity])
    .last();
}
