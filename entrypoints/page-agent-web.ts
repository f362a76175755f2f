import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageAgent } from '../lib/agent/page-agent';
import { extractor as mastodon } from '../lib/sites/extractors/mastodon';

// The page agent for any other site: the generic extractor, and those that recognise their
// platform by its markup rather than its address (Mastodon, on any instance). Injected into
// the clicked frame when a capture starts there (lib/capture/agent-file.ts), once per frame.
export default defineUnlistedScript(() => {
  startPageAgent(window, [mastodon]);
});
