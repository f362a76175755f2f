import { render } from 'preact';
import { QuizApp } from './App';

render(<QuizApp />, document.getElementById('app')!);
