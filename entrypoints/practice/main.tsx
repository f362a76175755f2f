import { render } from 'preact';
import { startPageAgent } from '../../lib/agent/page-agent';
import { startRightClickRecorder } from '../../lib/agent/right-click-recorder';
import { practiceSiteOf } from '../../lib/practice/practice-site';
import { EXTRACTORS } from '../../lib/sites/registry';
import { PracticeApp } from './App';

render(<PracticeApp />, document.getElementById('app')!);
// The practice page is the extension's own page: content scripts never run on it, so it carries
// the right-click recorder and the page agent itself, as a supported site has them once a
// capture starts, and tells the agent which platform each scene imitates.
startRightClickRecorder(window);
startPageAgent(window, EXTRACTORS, practiceSiteOf);
