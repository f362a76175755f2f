import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startPageAgent } from '../lib/agent/page-agent';

// Injected by the background into the clicked frame when a capture starts, once per frame.
export default defineUnlistedScript(() => {
  startPageAgent(window);
});
