import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startSelectionAgent } from '../lib/thread/selection-agent';
import { startThreadAgent } from '../lib/thread/thread-agent';

// Injected after a moderation tool is chosen (the thread, the author, the selection); it
// shares the page agent's isolated world.
export default defineUnlistedScript(() => {
  startThreadAgent(window);
  startSelectionAgent(window);
});
