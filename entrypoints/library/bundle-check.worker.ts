// The library page's check worker (see lib/import/serve-bundle-checks.ts), built by vite from
// `new Worker(new URL('./bundle-check.worker.ts', import.meta.url), { type: 'module' })`.
import { serveBundleChecks } from '../../lib/import/serve-bundle-checks';

serveBundleChecks(self as unknown as Parameters<typeof serveBundleChecks>[0]);
