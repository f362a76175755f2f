import { render } from 'preact';
import { EnableSiteApp } from './App';

render(<EnableSiteApp />, document.getElementById('app')!);
