// Every schema with Zod Mini (the small build the page scripts load) comes through here, so the
// no-eval setting always applies.
import './no-eval';

export * from 'zod/mini';
export type { $ZodType } from 'zod/v4/core';
