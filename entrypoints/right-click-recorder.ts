import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { startRightClickRecorder } from '../lib/agent/right-click-recorder';

// All that runs on the supported sites until a capture: the last right-clicks, remembered.
// Declared in wxt.config.ts's manifest rather than as a WXT content script, whose wrapper
// would bring the browser API polyfill and a script context, five times the recorder's size.
export default defineUnlistedScript(() => {
  startRightClickRecorder(window);
});
