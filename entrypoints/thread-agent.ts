import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startThreadAgent } from '../lib/thread/thread-agent';

// Injected after « Capturer tout le fil » is chosen; it shares the page agent's isolated world.
export default defineUnlistedScript(() => {
  startThreadAgent(window);
});
