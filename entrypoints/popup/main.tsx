import { render } from 'preact';
import { PopupApp } from '../../lib/ui/popup-app';

render(<PopupApp />, document.getElementById('app')!);
