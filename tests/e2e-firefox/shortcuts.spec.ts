import { xdotoolKeys } from '../e2e/support/shortcut-keys';
import { ADDON_ORIGIN, expect, showFixture, test } from './support/firefox-test';

const FEED_URL = 'https://www.reddit.com/r/temoin_fixture/';

test('each default shortcut works in Firefox: capture the tab, the popup, the library', async ({
  tab,
  desktop,
  evidence,
}, testInfo) => {
  await showFixture(tab, FEED_URL, 'tests/fixtures/pages/feed.html');
  const triggers = async () =>
    (await evidence.captures())
      .sort((left, right) => left.capturedAt.localeCompare(right.capturedAt))
      .map((capture) => capture.metadata.trigger);

  // Alt+Shift+E would have opened Firefox's Edit menu and captured nothing.
  desktop.press(xdotoolKeys('capture-tab'));
  await expect.poll(triggers).toEqual(['shortcut']);

  // The real toolbar popup, by keyboard only: its first control is « Capturer cet onglet ».
  await desktop.pressToOpen(xdotoolKeys('open-popup'));
  const focusInPopup = () =>
    evidence.page.evaluate(() => {
      const [popup] = browser.extension.getViews({ type: 'popup' });
      if (popup?.document.readyState !== 'complete') return 'no popup yet';
      return popup.document.activeElement?.textContent?.trim() ?? '';
    });
  await expect.poll(focusInPopup).not.toBe('no popup yet');
  desktop.screenshot(testInfo.outputPath('toolbar-popup.png'));
  // Firefox gives the first Tab to the popup's page itself; the second reaches its first control.
  desktop.press('Tab', 'Tab');
  await expect.poll(focusInPopup).toBe('Capturer cet onglet');
  desktop.press('Return');
  await expect.poll(triggers).toEqual(['shortcut', 'popup']);
  desktop.press('Escape');

  desktop.press(xdotoolKeys('open-library'));
  const library = await desktop.tabShowing(`${ADDON_ORIGIN}library.html`);
  await expect
    .poll(() => library.evaluate(() => document.querySelectorAll('.capture-row').length))
    .toBe(2);
});

// The add-on's API, as seen from code evaluated inside one of its pages.
declare const browser: {
  extension: { getViews(filter: { type: 'popup' }): Window[] };
};
