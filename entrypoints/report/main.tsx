import { render } from 'preact';
import { ReportApp } from '../../lib/ui/report-app';

render(<ReportApp />, document.getElementById('app')!);
