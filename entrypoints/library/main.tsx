import { render } from 'preact';
import { openEvidenceDatabase } from '../../lib/evidence/database';
import { LibraryApp, readFirstScreen } from './App';

// The first read starts before anything is drawn; the page (header, filters) is drawn at
// once while the store reads, and its rows when they come. The benchmark reads the marks to
// say where the first screen's time goes: code loaded, store opened, rows read, rows drawn.
performance.mark('temoin:library-script');
const database = openEvidenceDatabase();
void database.open().then(() => performance.mark('temoin:library-open'));
const firstScreen = readFirstScreen(database).then(
  (rows) => {
    performance.mark('temoin:library-read');
    return rows;
  },
  () => undefined,
);
render(
  <LibraryApp database={database} firstScreen={firstScreen} />,
  document.getElementById('app')!,
);
