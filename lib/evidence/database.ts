import Dexie, { type EntityTable } from 'dexie';
import type { Annotation } from './annotation';
import type { CaptureMetadata, FileRole } from './capture-metadata';
import type { CustodyEntry } from './custody-entry';
import type {
  ThreadFileRecord,
  ThreadPostRecord,
  ThreadRecord,
  ThreadScreenRecord,
} from '../thread/thread-records';
import type { SealRecord, SealWaiting } from '../seal/seal-records';
import {
  itemsOf,
  SUMMARISED,
  type ItemSummary,
  type SummarisedTable,
} from '../library/item-summary';
import { SUMMARIES, summaryMiddleware } from '../library/summary-middleware';

/** One capture: the sealed metadata, its hash, and copies of fields the views search on. */
export interface CaptureRecord {
  id: string;
  capturedAt: string;
  host: string;
  /** The post's own address, indexed so a comment can find the capture of its parent. */
  postPermalink?: string;
  metadata: CaptureMetadata;
  metadataSha256: string;
}

/** One stored file of a capture, kept as a Blob: never re-encoded, never edited. */
export interface FileRecord {
  id: string;
  captureId: string;
  role: FileRole;
  mimeType: string;
  blob: Blob;
  sha256: string;
  /**
   * Set on a convenience copy made from an evidence file (the thumbnail). Such a file is not
   * part of the sealed metadata; its own hash is still recorded and verified.
   */
  derivedFrom?: FileRole;
}

export type EvidenceDatabase = Dexie & {
  captures: EntityTable<CaptureRecord, 'id'>;
  files: EntityTable<FileRecord, 'id'>;
  /** Each capture's append-only, hash-chained custody log. */
  custody: EntityTable<CustodyEntry, 'id'>;
  annotations: EntityTable<Annotation, 'captureId'>;
  /** Cases (dossiers) that group captures; membership is logged in each capture's custody. */
  cases: EntityTable<CaseRecord, 'id'>;
  /** Thread captures (moderation tools): each screen and post is stored as it comes. */
  threads: EntityTable<ThreadRecord, 'id'>;
  threadScreens: EntityTable<ThreadScreenRecord, 'id'>;
  threadPosts: EntityTable<ThreadPostRecord, 'id'>;
  /** Files made from a thread's screens: stitched parts and post crops. */
  threadFiles: EntityTable<ThreadFileRecord, 'id'>;
  /** Each capture's RFC 3161 seal, beside the sealed record, which it never changes. */
  seals: EntityTable<SealRecord, 'captureId'>;
  /** Captures waiting for their seal: it survives a stopped worker. */
  sealQueue: EntityTable<SealWaiting, 'captureId'>;
  /** What the library lists of each capture, thread and post, derived from them on write. */
  summaries: EntityTable<ItemSummary, 'id'>;
};

export interface CaseRecord {
  id: string;
  name: string;
  createdAt: string;
}

export const DATABASE_NAME = 'temoin-evidence';

/**
 * Opens the evidence database. Each schema change adds a version here with its upgrade
 * function; versions are never edited once released.
 */
export function openEvidenceDatabase(name = DATABASE_NAME): EvidenceDatabase {
  const database = new Dexie(name) as EvidenceDatabase;
  database.version(1).stores({
    captures: 'id, capturedAt, host',
    files: 'id, captureId, [captureId+role]',
  });
  database
    .version(2)
    .stores({ captures: 'id, capturedAt, host, postPermalink' })
    .upgrade((transaction) =>
      transaction
        .table<CaptureRecord>('captures')
        .toCollection()
        .modify((capture) => {
          const permalink = capture.metadata.post?.permalink;
          if (permalink) capture.postPermalink = permalink;
        }),
    );
  // Custody logs open lazily: a capture stored before version 3 gets its opening entry the
  // first time anything is recorded about it.
  database.version(3).stores({
    custody: 'id, captureId, [captureId+index]',
    annotations: 'captureId',
  });
  // Only trashed captures carry `trashedAt`, so its index holds just the trash: emptying it
  // on each background start reads those, not every annotation.
  database.version(4).stores({ cases: 'id, name', annotations: 'captureId, trashedAt' });
  // Threads live in tables of their own: captures and their verification are unchanged.
  database.version(5).stores({
    threads: 'id, startedAt, status',
    threadScreens: 'id, [threadId+index]',
    threadPosts: 'id, [threadId+order]',
  });
  // Seals sit beside the captures they seal, which they never change.
  database.version(6).stores({ seals: 'captureId', sealQueue: 'captureId, nextAttemptAt' });
  // A thread's stitched picture and post crops, derived from its screens.
  database.version(7).stores({ threadFiles: 'id, [threadId+role+order]' });
  // A small summary of each capture, thread and post, kept on every write by the middleware,
  // so the library reads its first rows by index and never the sealed records.
  database
    .version(8)
    .stores({ [SUMMARIES]: 'id, rowTime' })
    .upgrade(async (transaction) => {
      for (const table of Object.keys(SUMMARISED) as SummarisedTable[]) {
        const records: unknown[] = [];
        await transaction.table(table).each((record) => records.push(record));
        await transaction.table(SUMMARIES).bulkPut(itemsOf(table, records));
      }
    });
  database.use(summaryMiddleware);
  return database;
}
