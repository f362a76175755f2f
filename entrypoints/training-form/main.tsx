import { render } from 'preact';
import { TrainingFormApp } from './App';

render(<TrainingFormApp />, document.getElementById('app')!);
