import browser from 'webextension-polyfill';
import { z } from '../validation/zod';

/**
 * The reporter's own details, typed into official forms and notices only when the user has
 * saved them and allowed it. Kept in the extension's local storage, never sent anywhere else.
 */
export const reporterIdentitySchema = z.object({
  lastName: z.string().trim().max(100),
  firstName: z.string().trim().max(100),
  email: z.union([z.literal(''), z.email().max(254)]),
  useInForms: z.boolean(),
});
export type ReporterIdentity = z.infer<typeof reporterIdentitySchema>;

const KEY = 'reporterIdentity';

export const NO_IDENTITY: ReporterIdentity = {
  lastName: '',
  firstName: '',
  email: '',
  useInForms: false,
};

export async function readReporterIdentity(): Promise<ReporterIdentity> {
  const parsed = reporterIdentitySchema.safeParse((await browser.storage.local.get(KEY))[KEY]);
  return parsed.success ? parsed.data : NO_IDENTITY;
}

export async function saveReporterIdentity(identity: ReporterIdentity): Promise<void> {
  await browser.storage.local.set({ [KEY]: reporterIdentitySchema.parse(identity) });
}

/** The identity to put in forms: none unless the user allowed it and gave something. */
export function identityForForms(identity: ReporterIdentity): ReporterIdentity | null {
  const given = identity.lastName || identity.firstName || identity.email;
  return identity.useInForms && given ? identity : null;
}
