import { render } from 'preact';
import { WelcomeApp } from './App';

render(<WelcomeApp />, document.getElementById('app')!);
