// Zod Mini keeps the content script small: these schemas are all the page agent loads.
import * as z from '../validation/zod-mini';

/** A rectangle in CSS pixels, relative to the top-left corner of the viewport. */
export const rectangleSchema = z.object({
  x: z.number(),
  y: z.number(),
  width: z.number().check(z.nonnegative()),
  height: z.number().check(z.nonnegative()),
});
export type Rectangle = z.infer<typeof rectangleSchema>;

export const viewportSchema = z.object({
  width: z.number().check(z.nonnegative()),
  height: z.number().check(z.nonnegative()),
  devicePixelRatio: z.number().check(z.positive()),
});

export const captureTriggerSchema = z.enum([
  'context-menu',
  'shortcut',
  'popup',
  'selection',
  'all-tabs',
]);
export type CaptureTrigger = z.infer<typeof captureTriggerSchema>;

export const targetElementSchema = z.object({
  tagName: z.string(),
  role: z.optional(z.string()),
  recognizedBy: z.string(),
  rectangle: rectangleSchema,
});
export type TargetElement = z.infer<typeof targetElementSchema>;
