import { render } from 'preact';
import { openEvidenceDatabase } from '../../lib/evidence/database';
import { uiLocale } from '../../lib/i18n/ui-locale';
import { loadFirstScreen } from '../../lib/library/load-library';
import { FIRST_SCREEN } from './use-library-index';

// The store opens and the first rows are read while the page's own code loads: the page
// (App, its components) is imported after the read has started, not before. Measured with
// 100,000 items, what the benchmark called « opening the store » was mostly this code being
// run and the whole page drawn before the store's first answer could be handled. The marks
// say where the first screen's time goes: code loaded, store opened, rows read, rows drawn.
performance.mark('temoin:library-script');
const database = openEvidenceDatabase();
void database.open().then(() => performance.mark('temoin:library-open'));
const firstScreen = loadFirstScreen(database, FIRST_SCREEN, uiLocale()).then(
  (rows) => {
    performance.mark('temoin:library-read');
    return rows;
  },
  () => undefined,
);
void import('./App').then(({ LibraryApp }) =>
  render(
    <LibraryApp database={database} firstScreen={firstScreen} />,
    document.getElementById('app')!,
  ),
);
