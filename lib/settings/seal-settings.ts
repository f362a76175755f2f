import { defineCheckedItem } from '../storage/checked-item';
import { z } from '../validation/zod';

/** The authorities of `lib/timestamp/authorities.ts`, or an address the person gives. */
export const SEAL_AUTHORITY_CHOICES = [
  'sectigo-qualified',
  'digicert',
  'freetsa',
  'custom',
] as const;

/**
 * The seal (RFC 3161 timestamps), off until the person turns it on. When on, the SHA-256 of
 * each capture's metadata and of each export's SHA256SUMS goes to the chosen authority.
 */
export const sealSettingsSchema = z.object({
  enabled: z.boolean().catch(false),
  authority: z.enum(SEAL_AUTHORITY_CHOICES).catch('sectigo-qualified'),
  /**
   * An authority of the person's choice: its address, and the root certificate (PEM) its
   * seals must chain to, since Témoin ships no root for it.
   */
  custom: z
    .object({ url: z.string().catch(''), rootPem: z.string().catch('') })
    .catch({ url: '', rootPem: '' }),
});
export type SealSettings = z.infer<typeof sealSettingsSchema>;

export const DEFAULT_SEAL_SETTINGS: SealSettings = sealSettingsSchema.parse({});

const sealSettings = defineCheckedItem('local:seal', {
  schema: sealSettingsSchema,
  fallback: DEFAULT_SEAL_SETTINGS,
});

export const readSealSettings = sealSettings.read;
export const saveSealSettings = sealSettings.write;
export const watchSealSettings = sealSettings.watch;
