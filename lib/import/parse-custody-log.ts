import { z } from '../validation/zod';
import { custodyEventSchema, type CustodyEntry } from '../evidence/custody-entry';
import { parseJson } from './parse-json';

const custodyEntrySchema = z.intersection(
  custodyEventSchema,
  z.object({
    id: z.string(),
    captureId: z.string(),
    index: z.number().int().nonnegative(),
    at: z.string(),
    previousHash: z.string(),
    hash: z.string(),
  }),
);

export interface ParsedCustodyLog {
  entries: CustodyEntry[];
  /** 1-based numbers of the lines that are not a custody entry. */
  badLines: number[];
}

/** Reads a `custody.jsonl`: one entry per line; a blank last line is the file's end. */
export function parseCustodyLog(text: string): ParsedCustodyLog {
  const entries: CustodyEntry[] = [];
  const badLines: number[] = [];
  const lines = text.split('\n');
  if (lines.at(-1) === '') lines.pop();
  for (const [index, line] of lines.entries()) {
    const raw = parseJson(line);
    // The raw entry is kept, not zod's copy: stripping an added field would hide the change.
    if (custodyEntrySchema.safeParse(raw).success) entries.push(raw as CustodyEntry);
    else badLines.push(index + 1);
  }
  return { entries, badLines };
}
