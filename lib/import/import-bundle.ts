import { annotationFromLog } from '../evidence/annotation';
import { evidenceWrites } from '../evidence/append-custody';
import { custodyEntryId, nextCustodyEntry, type CustodyEntry } from '../evidence/custody-entry';
import type { EvidenceDatabase, FileRecord } from '../evidence/database';
import { captureRecordOf } from '../evidence/save-capture';
import type { ExportBundleManifest } from '../export/bundle-format';
import { prepareThreads, writeThreads, type ThreadImportOutcome } from './import-threads';
import type { VerifiedCapture } from './verify-exported-capture';
import type { VerifiedThread } from './verify-exported-threads';

export interface ImportOutcome {
  imported: string[];
  /** Already in the library, with the same sealed hash: left as they are. */
  alreadyPresent: string[];
  /** In the library under the same id but sealed differently: never overwritten. */
  conflicting: string[];
  /** The same for the bundle's threads (import-threads.ts). */
  threads: ThreadImportOutcome;
}

/** Where an import is: hashing each capture's `imported` entry, then the one write. */
export type ImportProgress =
  { phase: 'preparing'; done: number; total: number } | { phase: 'writing' };

const MIME_TYPES = {
  'page-screenshot': 'image/png',
  'post-crop': 'image/png',
  thumbnail: 'image/jpeg',
};

/**
 * Brings the captures and threads of a bundle that verifyBundle found whole into the library:
 * their sealed records, original files, custody logs with an `imported` entry at the end,
 * their verified seals, cases, and each thread's screens, posts and files, all in one
 * transaction. It is all or nothing: a failure, or a cancel before the transaction commits,
 * leaves the library as it was. A capture already there is never replaced. Only a verified
 * bundle can be passed here: a damaged one never reaches the store.
 */
export async function importVerifiedBundle(
  database: EvidenceDatabase,
  verified: {
    manifest: ExportBundleManifest;
    captures: readonly VerifiedCapture[];
    threads?: readonly VerifiedThread[];
  },
  {
    at = new Date(),
    caseName,
    signal,
    onProgress,
  }: {
    at?: Date;
    caseName: (index: number) => string;
    signal?: AbortSignal;
    onProgress?: (progress: ImportProgress) => void;
  },
): Promise<ImportOutcome> {
  refuseForeignEntries(verified.captures);
  refuseForeignSeals(verified.captures);
  // Hashed before the transaction: IndexedDB ends a transaction that waits on anything else.
  const logs: CustodyEntry[][] = [];
  const total = verified.captures.length;
  for (const capture of verified.captures) {
    signal?.throwIfAborted();
    logs.push([...capture.custody, ...(await importedEntries(capture, verified.manifest, at))]);
    onProgress?.({ phase: 'preparing', done: logs.length, total });
  }
  const threads = await prepareThreads(verified.threads ?? [], verified.manifest, at);
  signal?.throwIfAborted();
  onProgress?.({ phase: 'writing' });
  const outcome: ImportOutcome = {
    imported: [],
    alreadyPresent: [],
    conflicting: [],
    threads: { imported: [], alreadyPresent: [], conflicting: [] },
  };
  const tables = [
    database.captures,
    database.files,
    database.custody,
    database.annotations,
    database.cases,
    database.seals,
    database.threads,
    database.threadScreens,
    database.threadPosts,
    database.threadFiles,
  ];
  // Throwing inside the transaction aborts it: a cancel before it commits writes nothing.
  const stopIfCancelled = () => signal?.throwIfAborted();
  // The library page writes the store itself (see the README's "Opening a bundle"), under the
  // one lock the background's writes take too.
  await evidenceWrites(database)(() =>
    database.transaction('rw', tables, async () => {
      const ids = verified.captures.map((capture) => capture.exported.captureId);
      const present = await database.captures.bulkGet(ids);
      // The keys of the captureId index: the captures that have a log (an emptied one has no record).
      const logged = new Set(await database.custody.where('captureId').anyOf(ids).keys());
      const fresh = verified.captures.flatMap((capture, position) => {
        const existing = present[position];
        const logless = !logged.has(capture.exported.captureId);
        if (!existing && logless) return [{ ...capture, log: logs[position]! }];
        if (!existing) {
          outcome.conflicting.push(capture.exported.captureId);
          return [];
        }
        const same = existing.metadataSha256 === capture.exported.metadataSha256;
        (same ? outcome.alreadyPresent : outcome.conflicting).push(capture.exported.captureId);
        return [];
      });
      // Cases the logs name but this library lacks are made, named after the exported case.
      const caseIds = [
        ...new Set(
          fresh.flatMap(({ custody }) =>
            custody.flatMap((entry) => (entry.kind === 'case' ? [entry.data.caseId] : [])),
          ),
        ),
      ];
      const known = await database.cases.bulkGet(caseIds);
      const missing = caseIds.filter((_, position) => !known[position]);
      await database.cases.bulkAdd(
        missing.map((id, index) => ({ id, name: caseName(index), createdAt: at.toISOString() })),
      );
      stopIfCancelled();
      await database.captures.bulkAdd(
        fresh.map(({ exported }) => captureRecordOf(exported.metadata, exported.metadataSha256)),
      );
      stopIfCancelled();
      await database.files.bulkAdd(fresh.flatMap(fileRecords));
      stopIfCancelled();
      await database.custody.bulkAdd(fresh.flatMap(({ log }) => log));
      await database.annotations.bulkPut(
        fresh.map(({ exported, log }) => annotationFromLog(exported.captureId, log)),
      );
      // Seals the check verified sit beside their captures, as the seal runner stores them.
      await database.seals.bulkAdd(fresh.flatMap(({ seal }) => (seal ? [seal] : [])));
      stopIfCancelled();
      outcome.threads = await writeThreads(database, threads);
      stopIfCancelled();
      outcome.imported.push(...fresh.map(({ exported }) => exported.captureId));
    }),
  );
  return outcome;
}

/**
 * An import writes only into the logs of the captures it brings. The check refuses a bundle
 * whose log holds another capture's entry; this refuses it again here, before anything is
 * written, so no caller can make genuine evidence look altered.
 */
function refuseForeignEntries(captures: readonly VerifiedCapture[]): void {
  for (const { exported, custody } of captures) {
    const foreign = custody.find(
      (entry) =>
        entry.captureId !== exported.captureId ||
        entry.id !== custodyEntryId(exported.captureId, entry.index),
    );
    if (foreign) {
      throw new Error(`The log of ${exported.captureId} holds the entry ${foreign.id}`);
    }
  }
}

/**
 * A seal is stored only for the capture it seals: the check set it after verifying it against
 * that capture's sealed hash, and this refuses, before anything is written, one that is not.
 */
function refuseForeignSeals(captures: readonly VerifiedCapture[]): void {
  for (const { exported, seal } of captures) {
    if (
      seal &&
      (seal.captureId !== exported.captureId || seal.digestHex !== exported.metadataSha256)
    ) {
      throw new Error(`The seal given for ${exported.captureId} is not over its sealed hash`);
    }
  }
}

/** The entry that closes a capture's log on import (opening the log first if it had none). */
async function importedEntries(
  { exported, custody }: VerifiedCapture,
  manifest: ExportBundleManifest,
  at: Date,
): Promise<CustodyEntry[]> {
  const { captureId, metadataSha256 } = exported;
  const opening = custody.length
    ? undefined
    : await nextCustodyEntry({
        captureId,
        previous: undefined,
        metadataSha256,
        event: { kind: 'capture', data: { metadataSha256 } },
        at: exported.metadata.time.capturedAt,
      });
  const imported = await nextCustodyEntry({
    captureId,
    previous: opening ?? custody.at(-1),
    metadataSha256,
    event: {
      kind: 'imported',
      data: { bundleSchema: manifest.schema, exportedAt: manifest.exportedAt },
    },
    at: at.toISOString(),
  });
  return opening ? [opening, imported] : [imported];
}

function fileRecords({ exported, files }: VerifiedCapture): FileRecord[] {
  return exported.files.flatMap((file): FileRecord[] => {
    const blob = files.get(file.role);
    if (!blob) return [];
    const type = MIME_TYPES[file.role];
    return [
      {
        id: `${exported.captureId}/${file.role}`,
        captureId: exported.captureId,
        role: file.role,
        mimeType: type,
        blob: blob.type === type ? blob : new Blob([blob], { type }),
        sha256: file.sha256,
        ...(file.derivedFrom ? { derivedFrom: file.derivedFrom } : {}),
      },
    ];
  });
}
