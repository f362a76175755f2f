import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { LibraryTask } from '../../components/library/LibraryPage';
import type { Translate } from '../i18n/translate';
import { uiLocale } from '../i18n/ui-locale';

/**
 * Checks an exported bundle the user opens: every hash, every custody chain. Says which file
 * or entry fails, in words; nothing is written to the store.
 */
export function useBundleCheck(
  t: Translate,
  setTask: (task: LibraryTask | null) => void,
): { view: ComponentChildren; run: (file: File) => Promise<void> } {
  const [view, setView] = useState<ComponentChildren>(null);
  const locale = uiLocale();
  async function run(file: File) {
    const controller = new AbortController();
    setView(null);
    setTask({
      label: t('library.verifying', { file: file.name }),
      done: 0,
      total: 1,
      onCancel: () => controller.abort(),
    });
    try {
      const { verifyBundle } = await import('../import/verify-bundle');
      const result = await verifyBundle(file, {
        signal: controller.signal,
        onProgress: (done, total) =>
          setTask({
            label: t('library.verifying', { file: file.name }),
            done,
            total,
            onCancel: () => controller.abort(),
          }),
      });
      setView(
        result.ok ? (
          <p class="notice success" role="status" data-verification="ok">
            {t('library.verifiedOk', { file: file.name, count: result.captures.length })}
          </p>
        ) : (
          <div class="notice error" role="alert" data-verification="failed">
            <p>{t('library.verifiedBad', { file: file.name })}</p>
            <ul>
              {result.problems.map((problem, index) => (
                <li key={index} data-reason={problem.reason}>
                  {problem.message[locale]}
                </li>
              ))}
            </ul>
          </div>
        ),
      );
    } catch (error) {
      if (!controller.signal.aborted) {
        setView(
          <p class="notice error" role="alert">
            {t('library.error', { message: String(error) })}
          </p>,
        );
      }
    } finally {
      setTask(null);
    }
  }
  return { view, run };
}
