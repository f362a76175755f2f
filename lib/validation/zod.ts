// Every schema with zod's full build comes through here, so the no-eval setting always applies.
import './no-eval';

export { z } from 'zod';
