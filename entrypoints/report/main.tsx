import { render } from 'preact';
import { ReportApp } from './App';
import { SkipLink } from '../../components/SkipLink';
import { translator } from '../../lib/i18n/translate';
import { uiLocale } from '../../lib/i18n/ui-locale';

// Drawn apart from the page, before it: the first Tab stop, to the page's main landmark.
render(
  <SkipLink target="main" label={translator(uiLocale())('page.skipToContent')} />,
  document.getElementById('skip-link')!,
);
render(<ReportApp />, document.getElementById('app')!);
