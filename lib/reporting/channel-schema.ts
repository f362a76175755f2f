import { z } from '../validation/zod';
import { localizedSchema } from './localized';

export const channelIdSchema = z.enum([
  'emergency',
  'pharos',
  'thesee',
  'cyber17',
  'pnav',
  'ma-securite',
  'plainte-en-ligne',
  'e-enfance-3018',
  'allo-119',
  'perceval',
  'signal-spam',
  'point-de-contact',
  'platform-dsa',
]);
export type ChannelId = z.infer<typeof channelIdSchema>;

export const officialChannelSchema = z.object({
  id: channelIdSchema,
  name: z.string(),
  /** Where to go; the platform's own reporting page depends on the platform. */
  url: z.url({ protocol: /^https$/ }).optional(),
  phones: z.array(z.object({ number: z.string(), label: localizedSchema })),
  accepts: localizedSchema,
  needs: localizedSchema,
  /** `unknown` wherever the sources do not say: hours are never guessed. */
  hours: z.enum(['always', 'online-form', 'unknown']),
  anonymity: z.enum(['anonymous', 'optional', 'identified', 'unknown']),
  /** PHAROS alone has a form Témoin fills; the platform gets a notice; phones are called. */
  form: z.enum(['fillable', 'online', 'phone', 'notice']),
});
export type OfficialChannel = z.infer<typeof officialChannelSchema>;
