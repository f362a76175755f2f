import { startPageAgent } from '../../lib/agent/page-agent';

// The practice page is the extension's own page: content scripts never run on it, so it
// carries the page agent itself.
startPageAgent(window);
