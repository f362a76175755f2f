import { render } from 'preact';
import { openEvidenceDatabase } from '../../lib/evidence/database';
import { LibraryApp, readFirstScreen } from './App';

// The first read starts before anything is drawn, and the page is drawn with its rows when
// they come in time; a slow disk gets the page at once and its rows after.
const database = openEvidenceDatabase();
const draw = (firstScreen?: Awaited<ReturnType<typeof readFirstScreen>>) =>
  render(
    <LibraryApp database={database} firstScreen={firstScreen} />,
    document.getElementById('app')!,
  );
const waited = new Promise<undefined>((resolve) => setTimeout(resolve, 120));
void Promise.race([readFirstScreen(database).catch(() => undefined), waited]).then(draw);
