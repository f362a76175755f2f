import { annotationFromLog } from '../evidence/annotation';
import { appendToEach } from '../evidence/append-custody';
import { custodyEntryId } from '../evidence/custody-entry';
import type { EvidenceDatabase, FileRecord } from '../evidence/database';
import { captureRecordOf } from '../evidence/save-capture';
import { BUNDLE_SCHEMA, type ExportBundleManifest } from '../export/bundle-format';
import type { VerifiedCapture } from './verify-exported-capture';

export interface ImportOutcome {
  imported: string[];
  /** Already in the library, with the same sealed hash: left as they are. */
  alreadyPresent: string[];
  /**
   * In the library under the same id but sealed differently, or whose custody log is there
   * without them (emptied from the trash): never overwritten.
   */
  conflicting: string[];
}

const MIME_TYPES = {
  'page-screenshot': 'image/png',
  'post-crop': 'image/png',
  thumbnail: 'image/jpeg',
};

/**
 * Brings the captures of a bundle that verifyBundle found whole into the library: their sealed
 * records, original files, custody logs and cases, in one transaction, then an `imported`
 * entry at the end of each log. A capture already there is never replaced. Only a verified
 * bundle can be passed here: a damaged one never reaches the store.
 */
export async function importVerifiedBundle(
  database: EvidenceDatabase,
  verified: { manifest: ExportBundleManifest; captures: readonly VerifiedCapture[] },
  { at = new Date(), caseName }: { at?: Date; caseName: (index: number) => string },
): Promise<ImportOutcome> {
  const outcome: ImportOutcome = { imported: [], alreadyPresent: [], conflicting: [] };
  const ids = verified.captures.map((capture) => capture.exported.captureId);
  refuseForeignEntries(verified.captures);
  const tables = [
    database.captures,
    database.files,
    database.custody,
    database.annotations,
    database.cases,
  ];
  await database.transaction('rw', tables, async () => {
    const present = await database.captures.bulkGet(ids);
    // The keys of the captureId index: the captures that have a log.
    const logged = new Set(await database.custody.where('captureId').anyOf(ids).keys());
    const fresh = verified.captures.filter((capture, position) => {
      const existing = present[position];
      if (!existing && !logged.has(capture.exported.captureId)) return true;
      if (!existing) {
        outcome.conflicting.push(capture.exported.captureId);
        return false;
      }
      const same = existing.metadataSha256 === capture.exported.metadataSha256;
      (same ? outcome.alreadyPresent : outcome.conflicting).push(capture.exported.captureId);
      return false;
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
    await database.captures.bulkAdd(
      fresh.map(({ exported }) => captureRecordOf(exported.metadata, exported.metadataSha256)),
    );
    await database.files.bulkAdd(
      fresh.flatMap(({ exported, files }) =>
        exported.files.flatMap((file): FileRecord[] => {
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
        }),
      ),
    );
    await database.custody.bulkAdd(fresh.flatMap(({ custody }) => custody));
    await database.annotations.bulkPut(
      fresh.map(({ exported, custody }) => annotationFromLog(exported.captureId, custody)),
    );
    outcome.imported.push(...fresh.map(({ exported }) => exported.captureId));
  });
  await appendToEach(
    database,
    outcome.imported,
    {
      kind: 'imported',
      data: { bundleSchema: BUNDLE_SCHEMA, exportedAt: verified.manifest.exportedAt },
    },
    { at },
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
