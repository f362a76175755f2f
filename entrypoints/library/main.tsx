import { render } from 'preact';
import { LibraryApp } from '../../lib/ui/library-app';

render(<LibraryApp />, document.getElementById('app')!);
