import browser from 'webextension-polyfill';

/** The report page's address for some captures. */
export function reportPageUrl(captureIds: readonly string[], threadId?: string): string {
  const thread = threadId ? `&thread=${threadId}` : '';
  return browser.runtime.getURL(`/report.html#captures=${captureIds.join(',')}${thread}`);
}

/** Opens the report flow for some captures in a tab; from the popup, the popup closes. */
export async function openReport(
  captureIds: readonly string[],
  { closeWindow = true, threadId }: { closeWindow?: boolean; threadId?: string } = {},
): Promise<void> {
  await browser.tabs.create({ url: reportPageUrl(captureIds, threadId) });
  if (closeWindow) window.close();
}
