import { defineCheckedItem } from '../storage/checked-item';
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

export const NO_IDENTITY: ReporterIdentity = {
  lastName: '',
  firstName: '',
  email: '',
  useInForms: false,
};

const reporterIdentity = defineCheckedItem('local:reporterIdentity', {
  schema: reporterIdentitySchema,
  fallback: NO_IDENTITY,
});

/** The saved identity, or none when nothing valid was saved. */
export const readReporterIdentity = reporterIdentity.read;
export const saveReporterIdentity = reporterIdentity.write;

/** The identity to put in forms: none unless the user allowed it and gave something. */
export function identityForForms(identity: ReporterIdentity): ReporterIdentity | null {
  const given = identity.lastName || identity.firstName || identity.email;
  return identity.useInForms && given ? identity : null;
}
