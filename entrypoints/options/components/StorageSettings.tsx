import { useEffect, useRef, useState } from 'preact/hooks';
import { formatBytes, type Locale, type Translate } from '../../../lib/i18n/translate';

export interface StorageUse {
  used: number;
  available: number | null;
  captures: number;
}

/**
 * How much room the evidence takes, and the one way to erase everything, confirmed twice.
 * The focus follows the steps: into the word to type, back to « Tout effacer… » on cancel,
 * and to what the page says once everything is erased, so it is never lost on a vanished
 * button.
 */
export function StorageSettings({
  use,
  t,
  locale,
  onWipe,
}: {
  use: StorageUse | null;
  t: Translate;
  locale: Locale;
  /** Erases everything, then moves the focus to the page's own confirmation. */
  onWipe: () => Promise<void>;
}) {
  const [confirming, setConfirming] = useState(false);
  const [typed, setTyped] = useState('');
  const wipeButton = useRef<HTMLButtonElement>(null);
  const wordInput = useRef<HTMLInputElement>(null);
  /** Where the focus goes once the confirmation is drawn or gone, if it moved because of it. */
  const focusNext = useRef<'word' | 'button' | null>(null);
  useEffect(() => {
    if (focusNext.current === 'word') wordInput.current?.focus();
    if (focusNext.current === 'button') wipeButton.current?.focus();
    focusNext.current = null;
  }, [confirming]);
  const ask = (value: boolean) => {
    focusNext.current = value ? 'word' : 'button';
    setConfirming(value);
  };
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
        <button type="button" class="danger" ref={wipeButton} onClick={() => ask(true)}>
          {t('settings.wipe')}
        </button>
      ) : (
        <form
          class="stack notice error"
          onSubmit={async (event) => {
            event.preventDefault();
            if (typed.trim().toLowerCase() !== word.toLowerCase()) return;
            await onWipe();
            setTyped('');
            setConfirming(false);
          }}
        >
          <p>{t('settings.wipeWarning')}</p>
          <label for="wipe-word">{t('settings.wipeType', { word })}</label>
          <input
            id="wipe-word"
            ref={wordInput}
            type="text"
            value={typed}
            onInput={(event) => setTyped(event.currentTarget.value)}
          />
          <div class="row">
            <button
              type="submit"
              class="danger primary"
              disabled={typed.trim().toLowerCase() !== word.toLowerCase()}
            >
              {t('settings.wipeConfirm')}
            </button>
            <button type="button" onClick={() => ask(false)}>
              {t('library.cancel')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
