import { defineCheckedItem } from '../storage/checked-item';
import * as z from '../validation/zod-mini';

/**
 * A grant that follows this long after the settings page asked for the authority's origin is
 * no longer taken as the seal's: the person may since have opened that site to capture.
 */
const ASKED_FOR_MS = 10 * 60_000;

const sealOriginAsked = defineCheckedItem('session:sealOriginAsked', {
  schema: z.nullable(z.object({ pattern: z.string(), at: z.number() })),
  fallback: null,
});

/**
 * Noted by the settings page as it asks for the authority's origin, so that the background,
 * told of the grant by the browser alone, knows it is for the seal and not a site to capture.
 */
export function noteSealOriginAsked(pattern: string, at = Date.now()): Promise<void> {
  return sealOriginAsked.write({ pattern, at });
}

export function forgetSealOriginAsked(): Promise<void> {
  return sealOriginAsked.write(null);
}

/**
 * Whether a granted pattern is the one the seal asked for just before; the note is used up,
 * so a later grant of the same site, to capture there, is one.
 */
export async function grantedForSeal(pattern: string, now = Date.now()): Promise<boolean> {
  const asked = await sealOriginAsked.read();
  if (!asked || asked.pattern !== pattern || now - asked.at > ASKED_FOR_MS) return false;
  await forgetSealOriginAsked();
  return true;
}
