import type {
  DBCore,
  DBCoreMutateRequest,
  DBCoreMutateResponse,
  DBCoreTable,
  DBCoreTransaction,
  Middleware,
} from 'dexie';
import { isSummarised, itemsOf, type SummarisedTable } from './item-summary';

export const SUMMARIES = 'summaries';

/** Whether the store has the summary table yet (an upgrade from before version 8 has not). */
const reaches = (transaction: DBCoreTransaction) =>
  (transaction as unknown as IDBTransaction).objectStoreNames?.contains(SUMMARIES) ?? false;

/**
 * Keeps each capture's, thread's and post's summary beside it, whoever writes: every write
 * transaction on those tables also covers the summary table, and each add, put or delete of
 * a record writes or deletes its summary in that same transaction. Either both are stored or
 * neither is.
 */
export const summaryMiddleware: Middleware<DBCore> = {
  stack: 'dbcore',
  name: 'item-summaries',
  create: (down) => ({
    ...down,
    transaction: (stores, mode, options) =>
      down.transaction(
        mode === 'readwrite' && stores.some(isSummarised) && !stores.includes(SUMMARIES)
          ? [...stores, SUMMARIES]
          : stores,
        mode,
        options,
      ),
    table: (name) => {
      const table = down.table(name);
      if (!isSummarised(name)) return table;
      return {
        ...table,
        mutate: async (request) => {
          if (!reaches(request.trans)) return table.mutate(request);
          const removed = request.type === 'deleteRange' ? await keysIn(table, request) : undefined;
          const response = await table.mutate(request);
          await mirror(down.table(SUMMARIES), name, request, response, removed);
          return response;
        },
      };
    },
  }),
};

/** The keys a range delete is about to remove, read before it does. */
async function keysIn(
  table: DBCoreTable,
  request: Extract<DBCoreMutateRequest, { type: 'deleteRange' }>,
): Promise<unknown[]> {
  const { result } = await table.query({
    trans: request.trans,
    values: false,
    query: { index: table.schema.primaryKey, range: request.range },
  });
  return result;
}

async function mirror(
  summaries: DBCoreTable,
  table: SummarisedTable,
  request: DBCoreMutateRequest,
  response: DBCoreMutateResponse,
  removed: unknown[] | undefined,
): Promise<void> {
  const { trans } = request;
  if (request.type === 'add' || request.type === 'put') {
    const values = itemsOf(
      table,
      request.values.filter((_, index) => !response.failures[index]),
    );
    if (values.length) await summaries.mutate({ type: 'put', trans, values });
    return;
  }
  const keys = request.type === 'delete' ? request.keys : (removed ?? []);
  if (keys.length) await summaries.mutate({ type: 'delete', trans, keys });
}
