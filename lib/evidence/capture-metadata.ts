import { z } from '../validation/zod';
import { postDetailsSchema } from '../sites/post-details';
import {
  captureTriggerSchema,
  rectangleSchema,
  targetElementSchema,
} from '../messaging/page-schemas';

export { type CaptureTrigger, type Rectangle, type TargetElement } from '../messaging/page-schemas';

export const menuContextSchema = z.enum([
  'page',
  'selection',
  'link',
  'image',
  'video',
  'audio',
  'frame',
]);
export type MenuContext = z.infer<typeof menuContextSchema>;

export const fileRoleSchema = z.enum(['page-screenshot', 'post-crop', 'thumbnail']);
export type FileRole = z.infer<typeof fileRoleSchema>;

export const sha256Schema = z.string().regex(/^[0-9a-f]{64}$/);

export const fileDescriptionSchema = z.object({
  role: fileRoleSchema,
  mimeType: z.string(),
  byteLength: z.number().int().nonnegative(),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  sha256: sha256Schema,
});

/**
 * Why a capture has, or has not, a crop of the post. Recorded so that a missing crop is
 * explained in the evidence rather than silently absent.
 */
export const cropOutcomeSchema = z.enum([
  'cropped',
  'clipped-to-viewport',
  'no-post-found',
  'post-out-of-view',
  'site-not-enabled',
  'inside-frame',
  'page-changed',
  /** The user chose, in the settings, not to cut posts out. */
  'turned-off',
]);
export type CropOutcome = z.infer<typeof cropOutcomeSchema>;

/**
 * Everything known about a capture at the moment it was taken. It is sealed: its canonical
 * JSON is hashed and the hash is stored beside it. Later additions (notes, categories,
 * reports) live in their own records and never change this object.
 */
export const captureMetadataSchema = z.object({
  schema: z.literal('temoin.capture/1'),
  id: z.uuid(),
  time: z.object({
    capturedAt: z.iso.datetime({ precision: 3 }),
    requestedAt: z.iso.datetime({ precision: 3 }),
    timeZone: z.string(),
    utcOffset: z.string().regex(/^[+-]\d{2}:\d{2}$/),
    localTime: z.string(),
    source: z.literal('device-clock'),
  }),
  trigger: captureTriggerSchema,
  menuContext: menuContextSchema.optional(),
  page: z.object({
    url: z.string(),
    canonicalUrl: z.string().optional(),
    title: z.string(),
    language: z.string().optional(),
    frameUrl: z.string().optional(),
    viewport: z.object({ width: z.number(), height: z.number() }),
    devicePixelRatio: z.number().positive(),
  }),
  target: z.object({
    selectionText: z.string().optional(),
    linkUrl: z.string().optional(),
    mediaUrl: z.string().optional(),
    element: z.optional(targetElementSchema),
    crop: cropOutcomeSchema,
    /**
     * Where the post is in the page screenshot, in image pixels. The post crop is made from
     * the screenshot by this area, so anyone can make it again and compare.
     */
    cropArea: z.optional(rectangleSchema),
  }),
  /** What the platform shows about the post: author, permalink, text, time (when found). */
  post: z.optional(postDetailsSchema),
  environment: z.object({
    browserName: z.string(),
    browserVersion: z.string(),
    userAgent: z.string(),
    extensionVersion: z.string(),
    /** Recorded since 2026-12; older captures have none and still verify. */
    operatingSystem: z
      .object({ name: z.string(), architecture: z.string(), version: z.string().optional() })
      .optional(),
  }),
  files: z.array(fileDescriptionSchema).min(1),
  /**
   * Fields whose page text held half of a character (a lone UTF-16 surrogate, which canonical
   * JSON cannot hold), replaced with U+FFFD before sealing; absent when none did.
   */
  loneSurrogatesReplaced: z.array(z.string()).optional(),
});
export type CaptureMetadata = z.infer<typeof captureMetadataSchema>;
