import browser from 'webextension-polyfill';

/** The report page's address for some captures. */
export function reportPageUrl(captureIds: readonly string[]): string {
  return browser.runtime.getURL(`/report.html#captures=${captureIds.join(',')}`);
}

/** Opens the report flow for some captures in a tab; from the popup, the popup closes. */
export async function openReport(
  captureIds: readonly string[],
  { closeWindow = true } = {},
): Promise<void> {
  await browser.tabs.create({ url: reportPageUrl(captureIds) });
  if (closeWindow) window.close();
}
