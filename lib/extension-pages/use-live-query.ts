import { liveQuery } from 'dexie';
import { useEffect, useState } from 'preact/hooks';

/** The current result of a Dexie query, updated whenever the data it read changes. */
export function useLiveQuery<T>(query: () => Promise<T>, dependencies: unknown[]): T | undefined {
  const [value, setValue] = useState<T>();
  useEffect(() => {
    const subscription = liveQuery(query).subscribe({
      next: setValue,
      error: (error) => console.error('Live query failed', error),
    });
    return () => subscription.unsubscribe();
    // The caller lists what the query depends on, as with useEffect.
  }, dependencies);
  return value;
}
