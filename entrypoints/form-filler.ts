import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startFormFillerInTab } from '../lib/form-filler/start-in-tab';

// Injected by the background into a form tab the user opened from Témoin, on each page load.
export default defineUnlistedScript(() => {
  void startFormFillerInTab(window);
});
