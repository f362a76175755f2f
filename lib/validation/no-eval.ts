import { config } from 'zod/v4/core';

// Extension pages and content scripts forbid eval. Zod would still probe `new Function` once,
// which the browser reports as a content-security violation on the extension's error page.
config({ jitless: true });
