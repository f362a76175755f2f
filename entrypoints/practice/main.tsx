import { render } from 'preact';
import { startPageAgent } from '../../lib/agent/page-agent';
import { practiceSiteOf } from '../../lib/practice/practice-site';
import { PracticeApp } from './App';

render(<PracticeApp />, document.getElementById('app')!);
// The practice page is the extension's own page: content scripts never run on it, so it carries
// the page agent itself, and tells it which platform each scene imitates.
startPageAgent(window, practiceSiteOf);
