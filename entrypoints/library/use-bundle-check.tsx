import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { LibraryTask } from './components/LibraryPage';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import type { Translate } from '../../lib/i18n/translate';
import type { BundleVerification } from '../../lib/import/verify-bundle';
import { saveError } from '../../lib/i18n/save-error';
import { uiLocale } from '../../lib/i18n/ui-locale';

/**
 * Checks an exported bundle the user opens: every hash, every custody chain. Says which file
 * or entry fails, in words, and then nothing can be imported. A bundle that holds whole can
 * be imported into the library on the user's word.
 */
export function useBundleCheck(
  t: Translate,
  setTask: (task: LibraryTask | null) => void,
  database: EvidenceDatabase,
): { view: ComponentChildren; run: (file: File) => Promise<void> } {
  const [view, setView] = useState<ComponentChildren>(null);
  const locale = uiLocale();
  async function importIt(
    file: File,
    verified: Extract<BundleVerification, { ok: true }>,
  ): Promise<void> {
    setTask({ label: t('library.importing', { file: file.name }), done: 0, total: 1 });
    try {
      const { importVerifiedBundle } = await import('../../lib/import/import-bundle');
      const outcome = await importVerifiedBundle(database, verified, {
        caseName: (index) =>
          `${verified.manifest.caseName ?? t('library.importedCase')}${index ? ` (${index + 1})` : ''}`,
      });
      setView(
        <p class="notice success" role="status" data-import="done">
          {t('library.imported', { count: outcome.imported.length })}{' '}
          {t('library.alreadyPresent', { count: outcome.alreadyPresent.length })}
          {outcome.conflicting.length > 0 &&
            ` ${t('library.importConflicts', { count: outcome.conflicting.length })}`}
        </p>,
      );
    } catch (error) {
      setView(
        <p class="notice error" role="alert">
          {t('library.importFailed')} {saveError(error, t)}
        </p>,
      );
    } finally {
      setTask(null);
    }
  }
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
      const [{ verifyBundle }, { describeProblem }] = await Promise.all([
        import('../../lib/import/verify-bundle'),
        import('../../lib/import/describe-problem'),
      ]);
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
          <div class="notice success row wrap" role="status" data-verification="ok">
            <p>{t('library.verifiedOk', { file: file.name, count: result.captures.length })}</p>
            <button type="button" class="primary" onClick={() => void importIt(file, result)}>
              {t('library.import.confirm', { count: result.captures.length })}
            </button>
          </div>
        ) : (
          <div class="notice error" role="alert" data-verification="failed">
            <p>{t('library.verifiedBad', { file: file.name })}</p>
            <ul>
              {result.problems.map((problem, index) => (
                <li key={index} data-reason={problem.reason}>
                  {describeProblem(problem, locale)}
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
