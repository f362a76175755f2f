import { z } from '../validation/zod';
import { reportAnswersSchema } from '../messaging/report-schemas';
import { channelIdSchema } from '../reporting/channel-schema';
import { localizedSchema } from '../reporting/localized';

/** The platforms whose style the practice feed imitates, each read by its real extractor. */
export const PRACTICE_PLATFORMS = [
  'x',
  'reddit',
  'youtube',
  'twitch',
  'discord',
  'instagram',
  'tiktok',
] as const;
export type PracticePlatform = (typeof PRACTICE_PLATFORMS)[number];

/** The situations a class practises on, one scenario each. */
export const SITUATIONS = [
  'threat',
  'hate',
  'raid',
  'doxxing',
  'sextortion',
  'scam',
  'weapons-or-drugs',
  'child-abuse',
  'private-insult',
] as const;

/** One post, comment, chat line or message of a scene. Every name in it is invented. */
const scenePostSchema = z.object({
  /** Digits, as every imitated platform numbers its posts. */
  id: z.string().regex(/^\d{1,19}$/),
  name: z.string().min(1),
  /** Short enough for X (15), simple enough for Twitch's logins. */
  handle: z.string().regex(/^[a-z][a-z0-9_]{2,14}$/),
  text: localizedSchema,
  /** How long before the page was opened it was posted: times are shown as on the platform. */
  minutesAgo: z.number().int().min(0).max(10_080),
  /** The post the scenario is about: the one to capture. */
  target: z.boolean().optional(),
});
export type ScenePost = z.infer<typeof scenePostSchema>;

export const sceneSchema = z.object({
  platform: z.enum(PRACTICE_PLATFORMS),
  /** The address the page would have on the platform: the extractor reads posts against it. */
  address: z.url({ protocol: /^https$/ }),
  /** What the page shows above the posts: a video's or a post's title, a channel, a group. */
  heading: localizedSchema.optional(),
  posts: z.array(scenePostSchema).min(1),
  /** Where a picture or a video would be: a neutral box with these words, never an image. */
  placeholder: localizedSchema,
});
export type Scene = z.infer<typeof sceneSchema>;

export const scenarioSchema = z.object({
  id: z.enum(SITUATIONS),
  title: localizedSchema,
  /** Who the pupil is in the scene and what they see: the facts the questions ask about. */
  setting: localizedSchema,
  scene: sceneSchema,
  /** The answers to the report's questions that the setting gives. */
  answers: reportAnswersSchema,
  /**
   * The channels Témoin's routing recommends for these answers, in its order: the answer key a
   * teacher reads on the sheet. A unit test keeps it equal to the routing's output.
   */
  answerKey: z.array(channelIdSchema).min(1),
});
export type Scenario = z.infer<typeof scenarioSchema>;
