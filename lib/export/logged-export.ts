import type { ExportProgress } from './export-progress';

/** What became of the file: it arrived, the user cancelled it, or the browser could not save it. */
export type SaveOutcome = 'saved' | 'cancelled' | 'failed';

export interface ExportResult {
  status: SaveOutcome;
  /**
   * What the custody logs say about it: nothing (stopped before anything was logged), the
   * export and how it ended, or the export without its end (the end could not be logged).
   */
  log: 'none' | 'ended' | 'end-missing';
  error?: unknown;
}

export interface ExportLog {
  /** Logs `export` in every capture's custody log, before anything is written. */
  start: (exportId: string) => Promise<unknown>;
  /** Logs `export-cancelled` or `export-failed` with the same id, after it. */
  end: (exportId: string, end: 'cancelled' | 'failed') => Promise<unknown>;
}

/**
 * Runs an export so that the custody logs say exactly what happened: `export` before the file
 * is made (so the file's own logs record it), and, when no file arrived, `export-cancelled` or
 * `export-failed` with the same export id. The result says the same thing to the page.
 */
export async function loggedExport({
  log,
  produce,
  save,
  signal,
  onProgress,
}: {
  log: ExportLog;
  /** Makes the file, telling where it is. */
  produce: (onProgress: (progress: ExportProgress) => void) => Promise<Blob>;
  /** Hands the file to the browser and waits until it has arrived, or not. */
  save: (file: Blob) => Promise<SaveOutcome>;
  signal: AbortSignal;
  onProgress: (progress: ExportProgress) => void;
}): Promise<ExportResult> {
  const exportId = crypto.randomUUID();
  try {
    signal.throwIfAborted();
    await log.start(exportId);
  } catch (error) {
    return signal.aborted
      ? { status: 'cancelled', log: 'none' }
      : { status: 'failed', log: 'none', error };
  }
  let status: SaveOutcome;
  let error: unknown;
  try {
    const file = await produce(onProgress);
    signal.throwIfAborted();
    onProgress({ phase: 'saving' });
    status = await save(file);
  } catch (thrown) {
    status = signal.aborted ? 'cancelled' : 'failed';
    error = thrown;
  }
  if (status === 'saved') return { status, log: 'ended' };
  const ended = await log.end(exportId, status).then(
    () => true,
    () => false,
  );
  return {
    status,
    log: ended ? 'ended' : 'end-missing',
    ...(status === 'failed' && error !== undefined ? { error } : {}),
  };
}
