import { defineCheckedItem } from '../storage/checked-item';
import { REVEAL_PLATFORMS } from '../thread/reveal-platforms';
import { z } from '../validation/zod';

/** The thread capture stops after this many screens unless the person chose another limit. */
export const DEFAULT_SCREEN_LIMIT = 60;
export const MAX_SCREEN_LIMIT = 500;

/**
 * The moderation tools: off for individuals, who keep one right-click item; on, the menu
 * offers the thread capture too. An item of its own, so turning it on migrates nothing.
 */
export const moderationSchema = z.object({
  enabled: z.boolean().catch(false),
  screenLimit: z.number().int().min(1).max(MAX_SCREEN_LIMIT).catch(DEFAULT_SCREEN_LIMIT),
  /** Where the thread agent opens hidden replies before going through: none unless chosen. */
  reveal: z.array(z.enum(REVEAL_PLATFORMS)).catch([]),
});
export type ModerationSettings = z.infer<typeof moderationSchema>;

export const DEFAULT_MODERATION: ModerationSettings = moderationSchema.parse({});

const moderation = defineCheckedItem('local:moderation', {
  schema: moderationSchema,
  fallback: DEFAULT_MODERATION,
});

export const readModeration = moderation.read;
export const saveModeration = moderation.write;
export const watchModeration = moderation.watch;
