import { z } from '../validation/zod';
import { captureOutcomeSchema } from './capture-outcome';
import { defineChannel, type Handlers } from './define-channel';
import {
  captureIdsSchema,
  reportAnswersSchema,
  reportedIdsSchema,
  tagsSchema,
} from './report-schemas';

/** Extension pages (popup, practice page) → background. */
export const backgroundChannel = defineChannel('temoin/background', {
  captureActiveTab: {
    request: z.object({}),
    response: captureOutcomeSchema,
  },
  /** A moderation tool on the tab in view: its thread, a selection, its author's posts. */
  moderate: {
    request: z.object({ action: z.enum(['thread', 'select', 'author']) }),
    response: z.object({}),
  },
  /** Every tab of the window, one after another, once the popup got the sites' permission. */
  captureAllTabs: {
    request: z.object({
      windowId: z.number().int(),
      /** Every site's access was granted for this queue: it is removed when the queue ends. */
      giveBack: z.boolean(),
    }),
    response: z.object({ started: z.boolean() }),
  },
  /** The tabs' queue: pause, resume, cancel, or forget it once it has ended. */
  tabQueue: {
    request: z.object({ action: z.enum(['pause', 'resume', 'cancel', 'dismiss']) }),
    response: z.object({}),
  },
  /** Starts the background if the browser stopped it, so it reports interrupted captures. */
  wake: {
    request: z.object({}),
    response: z.object({}),
  },
  /** Files the captures under a report category, in their custody logs. */
  recordCategory: {
    request: z.object({
      captureIds: captureIdsSchema,
      categoryId: z.string().max(80),
      subChoiceId: z.string().max(80).optional(),
    }),
    response: z.object({}),
  },
  /** Deletes the captures' images: asked after the user confirms the child-abuse category. */
  deleteImages: {
    /** A thread's screens go too: a thread has its own pictures. */
    request: z.object({
      captureIds: reportedIdsSchema,
      threadId: z.string().max(80).optional(),
    }),
    response: z.object({ deletedFiles: z.number().int() }),
  },
  /** Records that the user sent a report: Témoin never knows it unless told. */
  recordReport: {
    request: z.object({
      captureIds: captureIdsSchema,
      channelId: z.string().max(80),
      note: z.string().max(2000).optional(),
    }),
    response: z.object({}),
  },
  /** Shows the library, in its open tab if there is one. */
  openLibrary: { request: z.object({}), response: z.object({}) },
  createCase: {
    request: z.object({ name: z.string().trim().min(1).max(200) }),
    response: z.object({ caseId: z.string() }),
  },
  addToCase: {
    request: z.object({ captureIds: captureIdsSchema, caseId: z.string().max(80) }),
    response: z.object({}),
  },
  /** Adds a note beside a capture: notes are never edited; a correction is a new note. */
  addNote: {
    request: z.object({
      captureId: z.string().max(80),
      text: z.string().trim().min(1).max(20_000),
    }),
    response: z.object({}),
  },
  /** Replaces the tags of the captures; the log keeps every earlier set. */
  setTags: {
    request: z.object({ captureIds: captureIdsSchema, tags: tagsSchema }),
    response: z.object({}),
  },
  /** Erases every capture, log, case and setting: asked only after a typed confirmation. */
  wipeEverything: { request: z.object({}), response: z.object({}) },
  emptyTrash: { request: z.object({}), response: z.object({ emptied: z.number().int() }) },
  trash: { request: z.object({ captureIds: captureIdsSchema }), response: z.object({}) },
  restore: { request: z.object({ captureIds: captureIdsSchema }), response: z.object({}) },
  recordExport: {
    request: z.object({
      captureIds: captureIdsSchema,
      format: z.enum(['zip', 'pdf', 'csv', 'json']),
      exportId: z.string().max(80),
    }),
    response: z.object({}),
  },
  /** An export already logged left no file: cancelled, or failed. */
  recordExportEnd: {
    request: z.object({
      captureIds: captureIdsSchema,
      format: z.enum(['zip', 'pdf', 'csv', 'json']),
      exportId: z.string().max(80),
      end: z.enum(['cancelled', 'failed']),
    }),
    response: z.object({}),
  },
  /**
   * Seals an export's SHA256SUMS (its SHA-256) with the authority of the settings: the request
   * goes from the background, spaced with the captures' own. The answer is base64 DER.
   */
  sealDigest: {
    request: z.object({ digestHex: z.string().regex(/^[0-9a-f]{64}$/) }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('off') }),
      z.object({ status: z.literal('failed'), problem: z.string().max(40) }),
      z.object({
        status: z.literal('sealed'),
        responseBase64: z.base64().max(200_000),
        chainPem: z.string().max(200_000),
      }),
    ]),
  },
  /** Opens the official form in a new tab that Témoin fills from the captures. */
  openForm: {
    request: z.object({
      form: z.literal('pharos'),
      captureIds: reportedIdsSchema,
      /** A thread whose posts are reported too, in order, after the captures. */
      threadId: z.string().max(80).optional(),
      answers: reportAnswersSchema,
    }),
    response: z.discriminatedUnion('status', [
      z.object({ status: z.literal('opened'), tabId: z.number() }),
      z.object({ status: z.literal('no-permission') }),
    ]),
  },
});

/** What the background answers on this channel: one handler per message. */
export type BackgroundHandlers<Sender> = Handlers<typeof backgroundChannel.protocol, Sender>;
