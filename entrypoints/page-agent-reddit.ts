import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageAgent } from '../lib/agent/page-agent';
import { extractor } from '../lib/sites/extractors/reddit';

// The page agent for this platform's frames, with its extractor only: injected into the clicked
// frame when a capture starts there (lib/capture/agent-file.ts), once per frame.
export default defineUnlistedScript(() => {
  startPageAgent(window, [extractor]);
});
