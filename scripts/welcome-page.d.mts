import type { BrowserContext } from '@playwright/test';

export function closeWelcomePage(context: BrowserContext, timeoutMs?: number): Promise<void>;
