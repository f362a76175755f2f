import { storage } from 'wxt/utils/storage';
import { parse, safeParse, type $ZodType, type output } from '../validation/zod-mini';

type StorageKey = `local:${string}` | `session:${string}`;

/** From each version to the next: `{ 2: (version1) => version2 }`. */
export type Migrations = Record<number, (stored: unknown) => unknown>;

/**
 * One value kept in the extension's storage, as a WXT storage item: versioned, brought up to
 * date by its migrations the first time a context loads it after an update, and read through
 * its schema, so that a missing or damaged value gives the fallback instead of an error.
 * Version 1 is the shape stored before values carried a version.
 */
export function defineCheckedItem<Schema extends $ZodType>(
  key: StorageKey,
  {
    schema,
    fallback,
    version = 1,
    migrations,
  }: { schema: Schema; fallback: output<Schema>; version?: number; migrations?: Migrations },
) {
  const item = storage.defineItem<unknown>(key, { version, ...(migrations && { migrations }) });
  const check = (stored: unknown): output<Schema> => {
    const parsed = safeParse(schema, stored);
    // A copy each time: a caller that changes what it read must not change the fallback.
    return parsed.success ? parsed.data : structuredClone(fallback);
  };
  return {
    read: async (): Promise<output<Schema>> => check(await item.getValue()),
    /** Refuses a value its schema does not accept, so storage holds only valid values. */
    write: async (value: output<Schema>): Promise<void> => {
      await item.setValue(parse(schema, value));
    },
    /** Calls back with each new value, from any context; returns the function that stops. */
    watch: (callback: (value: output<Schema>) => void): (() => void) =>
      item.watch((stored) => callback(check(stored))),
    /** Runs the migrations again: a context runs them once, when it first loads the item. */
    migrate: () => item.migrate(),
  };
}
