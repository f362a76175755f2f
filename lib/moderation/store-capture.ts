import { captureTab, type CaptureContext, type CaptureRequest } from '../capture/capture-tab';
import { storeDerivedFiles } from '../capture/store-derived-files';
import { appendToEach } from '../evidence/append-custody';
import type { EvidenceDatabase } from '../evidence/database';
import { markAsExercise } from '../practice/exercise-mark';

/**
 * One ordinary capture made for a moderation tool, as the menu's would be (screenshot
 * through the spaced queue, post details, crop, thumbnail, seal), without the toast: the
 * tool says how the whole went.
 */
export async function storeCapture(
  context: CaptureContext,
  request: CaptureRequest,
  exerciseMark: string,
) {
  const stored = await captureTab(request, context);
  const database = stored.practice ? context.practiceDatabase : context.database;
  await storeDerivedFiles(
    database,
    stored.captureId,
    stored.screenshot,
    stored.cropArea,
    stored.practice ? (picture) => markAsExercise(picture, exerciseMark) : undefined,
  );
  if (!stored.practice)
    await context.queueSeal?.({ id: stored.captureId, metadataSha256: stored.metadataSha256 });
  return { ...stored, database };
}

/**
 * A new case for a tool's captures, made when its first capture is stored, so a run that
 * stored nothing leaves no empty case; each capture's custody log records its joining.
 */
export function caseFor(name: string) {
  const made = new Map<EvidenceDatabase, string>();
  return {
    name,
    async add(database: EvidenceDatabase, captureId: string): Promise<void> {
      let caseId = made.get(database);
      if (!caseId) {
        caseId = crypto.randomUUID();
        await database.cases.add({ id: caseId, name, createdAt: new Date().toISOString() });
        made.set(database, caseId);
      }
      await appendToEach(database, [captureId], { kind: 'case', data: { caseId, added: true } });
    },
  };
}

/**
 * Shows a run's progress on the badge (« 3/12 »): on one tab, or on every tab without one;
 * null when it ends, which gives the badge back its usual count.
 */
export type ShowRunProgress = (
  tabId: number | undefined,
  progress: { done: number; total: number } | null,
) => Promise<void>;
