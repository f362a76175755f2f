import type { EvidenceDatabase } from '../evidence/database';
import { itemsOf, SUMMARISED, type ItemSummary, type SummarisedTable } from './item-summary';

const TABLES = Object.keys(SUMMARISED) as SummarisedTable[];

/**
 * Makes the summary table agree with the sealed records again, which stay the evidence: a
 * record without a summary gets one, a summary without its record goes, and every thread's
 * summary is made again (a thread changes as it runs and ends; captures and posts, once
 * stored, never do). Checked first without writing; returns how many summaries it changed.
 */
export async function repairSummaries(database: EvidenceDatabase): Promise<number> {
  if (!(await differences(database, false))) return 0;
  return differences(database, true);
}

async function differences(database: EvidenceDatabase, repair: boolean): Promise<number> {
  const tables = [database.summaries, ...TABLES.map((table) => database.table(table))];
  return database.transaction(repair ? 'rw' : 'r', tables, async () => {
    const summaries = new Set(await database.summaries.toCollection().primaryKeys());
    const unmatched = new Set(summaries);
    let changed = 0;
    for (const table of TABLES) {
      const keys = await database.table<unknown, string>(table).toCollection().primaryKeys();
      for (const key of keys) unmatched.delete(key);
      const missing = keys.filter((key) => !summaries.has(key));
      const stale = table === 'threads' ? await staleThreads(database, keys) : [];
      const redo = [...missing, ...stale];
      changed += redo.length;
      if (repair && redo.length) {
        const records = await database.table(table).bulkGet(redo);
        await database.summaries.bulkPut(itemsOf(table, records));
      }
    }
    changed += unmatched.size;
    if (repair && unmatched.size) await database.summaries.bulkDelete([...unmatched]);
    return changed;
  });
}

/** The threads whose summary no longer says what their record does. */
async function staleThreads(database: EvidenceDatabase, ids: string[]): Promise<string[]> {
  const [threads, summaries] = await Promise.all([
    database.threads.bulkGet(ids),
    database.summaries.bulkGet(ids),
  ]);
  return ids.filter((_, index) => {
    const summary = summaries[index];
    if (!summary) return false;
    const [expected] = itemsOf('threads', [threads[index]]);
    return expected !== undefined && !sameSummary(expected, summary);
  });
}

const sameSummary = (left: ItemSummary, right: ItemSummary) =>
  JSON.stringify(left) === JSON.stringify(right);
