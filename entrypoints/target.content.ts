import { defineContentScript } from 'wxt/utils/define-content-script';
import { startPageAgent } from '../lib/agent/page-agent';
import { supportedSiteMatches } from '../lib/sites/supported-sites';

// The page agent: idle until a right-click, then remembers the element for the capture.
export default defineContentScript({
  matches: supportedSiteMatches(),
  runAt: 'document_start',
  allFrames: true,
  main() {
    startPageAgent(window);
  },
});
