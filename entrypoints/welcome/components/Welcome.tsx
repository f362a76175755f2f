import {
  ShortcutList,
  type Shortcut,
  type ShortcutSettings,
} from '../../../components/ShortcutList';
import type { Translate } from '../../../lib/i18n/translate';

const DOES = ['welcome.does1', 'welcome.does2', 'welcome.does3'] as const;
const DOES_NOT = ['welcome.doesNot1', 'welcome.doesNot2', 'welcome.doesNot3'] as const;

/** What Témoin does and does not do, its shortcuts, and the two places to start from. */
export function Welcome({
  t,
  shortcuts,
}: {
  t: Translate;
  shortcuts: { shortcuts: Shortcut[]; settings: ShortcutSettings } | undefined;
}) {
  return (
    <main class="stack page-content welcome">
      <h1>{t('welcome.title')}</h1>
      <p>{t('welcome.intro')}</p>
      <section aria-labelledby="does-title">
        <h2 id="does-title">{t('welcome.doesTitle')}</h2>
        <ul>
          {DOES.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="does-not-title">
        <h2 id="does-not-title">{t('welcome.doesNotTitle')}</h2>
        <ul>
          {DOES_NOT.map((key) => (
            <li key={key}>{t(key)}</li>
          ))}
        </ul>
      </section>
      {shortcuts && <ShortcutList {...shortcuts} t={t} />}
      <ul class="welcome-start">
        <li>
          <a href="practice.html">{t('welcome.practice')}</a> {t('welcome.practiceHelp')}
        </li>
        <li>
          <a href="options.html">{t('welcome.settings')}</a> {t('welcome.settingsHelp')}
        </li>
      </ul>
    </main>
  );
}
