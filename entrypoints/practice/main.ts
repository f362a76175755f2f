import { startPageAgent } from '../../lib/agent/page-agent';
import { startRightClickRecorder } from '../../lib/agent/right-click-recorder';

// The practice page is the extension's own page: content scripts never run on it, so it
// carries the right-click recorder and the page agent itself, as a supported site would have
// them once a capture starts.
startRightClickRecorder(window);
startPageAgent(window);
