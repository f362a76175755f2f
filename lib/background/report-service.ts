import browser from 'webextension-polyfill';
import { appendToEach } from '../evidence/append-custody';
import type { EvidenceDatabase } from '../evidence/database';
import { deleteCaptureImages } from '../evidence/delete-capture-images';
import { deleteThreadScreens } from '../evidence/delete-thread-screens';
import { evidenceItemOf } from '../evidence/evidence-item-of';
import { readThreadEvidence, threadEvidenceItems } from '../evidence/thread-evidence';
import { deviceTimeZone } from '../time/device-time-zone';
import type { Locale } from '../i18n/translate';
import type { BackgroundHandlers } from '../messaging/background-channel';
import { buildPharosPlan } from '../pharos/pharos-plan';
import { identityForForms, readReporterIdentity } from '../settings/reporter-identity';
import { FORM_ENTRY_URLS, openFormTab } from './form-tabs';

/** What the report page asks of the background, which alone writes to the evidence store. */
export function createReportService(database: EvidenceDatabase, locale: () => Locale) {
  return {
    async recordCategory({ captureIds, categoryId, subChoiceId }) {
      await appendToEach(database, captureIds, {
        kind: 'category',
        data: { categoryId, ...(subChoiceId ? { subChoiceId } : {}) },
      });
      return {};
    },

    async deleteImages({ captureIds, threadId }) {
      let deletedFiles = threadId ? await deleteThreadScreens(database, threadId) : 0;
      for (const captureId of captureIds) {
        deletedFiles += await deleteCaptureImages(database, captureId);
      }
      return { deletedFiles };
    },

    async recordReport({ captureIds, channelId, note }) {
      await appendToEach(database, captureIds, {
        kind: 'report',
        data: { channelId, ...(note ? { note } : {}) },
      });
      return {};
    },

    /**
     * Opens the form in a new tab beside the report page, if the user granted Témoin that
     * site (asked by the report page on the click), and remembers what to fill there.
     */
    async openForm({ captureIds, threadId, answers }, sender) {
      const origin = `${new URL(FORM_ENTRY_URLS.pharos).origin}/*`;
      if (!(await browser.permissions.contains({ origins: [origin] }))) {
        return { status: 'no-permission' as const };
      }
      const captures = await database.captures.bulkGet(captureIds);
      const annotations = await database.annotations.bulkGet(captureIds);
      const items = captures.flatMap((capture, index) =>
        capture ? [evidenceItemOf(capture, Boolean(annotations[index]?.imagesDeletedAt))] : [],
      );
      const thread = threadId ? await readThreadEvidence(database, threadId) : null;
      if (thread) items.push(...threadEvidenceItems(thread, deviceTimeZone()));
      const plan = buildPharosPlan({
        answers,
        items,
        ...(thread ? { address: thread.thread.url } : {}),
        identity: identityForForms(await readReporterIdentity()),
        locale: locale(),
      });
      return { status: 'opened' as const, tabId: await openFormTab(plan, sender.tab?.id) };
    },
  } satisfies Partial<BackgroundHandlers<browser.Runtime.MessageSender>>;
}
