import type { Translate } from '../../../lib/i18n/translate';
import { countsInWords, dossierCounts } from '../../../lib/library/author-dossier';
import type { CaptureSummary } from '../../../lib/library/capture-summary';

/**
 * An author's dossier, above the list it filters: who, how much across captures, threads and
 * cases, the report grouped by author (CSV and PDF), and the way back.
 */
export function AuthorDossier(props: {
  /** Everything the author wrote that the library holds, trash aside. */
  items: readonly CaptureSummary[];
  authorKey: string;
  platformName: (platform: string) => string;
  t: Translate;
  onReport: (format: 'csv' | 'pdf') => void;
  onClose: () => void;
}) {
  const { t } = props;
  const platform = props.authorKey.split('|')[0]!;
  const counts = dossierCounts(props.items);
  const author = props.items.find((item) => item.author)?.author ?? '';
  return (
    <section class="notice author-dossier" aria-labelledby="author-dossier-title">
      <h2 id="author-dossier-title">
        {t('library.dossier.title', { author, platform: props.platformName(platform) || platform })}
      </h2>
      <p>
        {t('library.dossier.counts', {
          items: t('library.dossier.items', { count: counts.count }),
          ...countsInWords(counts, (key, count) =>
            t(key === 'posts' ? 'library.thread.posts' : `library.dossier.${key}`, { count }),
          ),
        })}
      </p>
      <div class="row wrap">
        <button type="button" onClick={() => props.onReport('csv')}>
          {t('library.dossier.csv')}
        </button>
        <button type="button" onClick={() => props.onReport('pdf')}>
          {t('library.dossier.pdf')}
        </button>
        <button type="button" onClick={props.onClose}>
          {t('library.dossier.close')}
        </button>
      </div>
    </section>
  );
}
