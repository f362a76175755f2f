import { useState } from 'preact/hooks';
import { formatBytes, type Locale, type Translate } from '../../../lib/i18n/translate';

export interface StorageUse {
  used: number;
  available: number | null;
  captures: number;
}

/** How much room the evidence takes, and the one way to erase everything, confirmed twice. */
export function StorageSettings({
  use,
  t,
  locale,
  onWipe,
}: {
  use: StorageUse | null;
  t: Translate;
  locale: Locale;
  onWipe: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const word = t('settings.wipeWord');
  return (
    <section class="stack storage" aria-labelledby="storage-title">
      <h2 id="storage-title">{t('settings.storage')}</h2>
      <p role="status">
        {use
          ? t('settings.storageUse', {
              count: use.captures,
              used: formatBytes(use.used, locale),
              available: use.available === null ? '?' : formatBytes(use.available, locale),
            })
          : '…'}
      </p>
      {!confirming ? (
        <button type="button" onClick={() => setConfirming(true)}>
          {t('settings.wipe')}
        </button>
      ) : (
        <form
          class="stack notice error"
          onSubmit={async (event) => {
            event.preventDefault();
            if (typed.trim().toLowerCase() !== word.toLowerCase()) return;
            await onWipe();
            setConfirming(false);
            setTyped('');
          }}
        >
          <p>{t('settings.wipeWarning')}</p>
          <label for="wipe-word">{t('settings.wipeType', { word })}</label>
          <input
            id="wipe-word"
            type="text"
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <div class="row">
            <button
              type="submit"
              class="primary"
              disabled={typed.trim().toLowerCase() !== word.toLowerCase()}
            >
              {t('settings.wipeConfirm')}
            </button>
            <button type="button" onClick={() => setConfirming(false)}>
              {t('library.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
