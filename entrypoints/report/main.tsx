import { render } from 'preact';
import { ReportApp } from './App';

render(<ReportApp />, document.getElementById('app')!);
