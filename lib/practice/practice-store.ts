import { openEvidenceDatabase, type EvidenceDatabase } from '../evidence/database';

/**
 * Practice captures live in a database of their own. The library, its statistics, exports, the
 * badge and the report page open the evidence database only, so they cannot see a practice
 * capture, whatever a page says: there is no flag to forget.
 */
export const PRACTICE_DATABASE_NAME = 'temoin-practice';

export function openPracticeDatabase(name = PRACTICE_DATABASE_NAME): EvidenceDatabase {
  return openEvidenceDatabase(name);
}

/**
 * Whether a capture of this address is practice: any page of the extension itself (the practice
 * feed, the training form). Decided by the address's origin, which a web page cannot choose,
 * and never by what the page shows.
 */
export function isPracticeAddress(url: string, ownOrigin: string): boolean {
  return url.startsWith(ownOrigin);
}

/** Empties the practice store in one transaction: captures, files, logs, notes and cases. */
export async function clearPractice(database: EvidenceDatabase): Promise<number> {
  const tables = [
    database.captures,
    database.files,
    database.custody,
    database.annotations,
    database.cases,
  ];
  return database.transaction('rw', tables, async () => {
    const count = await database.captures.count();
    await Promise.all(tables.map((table) => table.clear()));
    return count;
  });
}
