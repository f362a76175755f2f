import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';
import type { LibraryTask } from './components/LibraryPage';
import { BundleSeals } from '../../components/BundleSeals';
import { Notice } from '../../components/Notice';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import type { Locale, Translate } from '../../lib/i18n/translate';
import type { ImportOutcome, ImportProgress } from '../../lib/import/import-bundle';
import type { BundleVerification } from '../../lib/import/verify-bundle';
import { progressValues } from '../../lib/i18n/progress-values';
import { uiLocale } from '../../lib/i18n/ui-locale';

type Verified = Extract<BundleVerification, { ok: true }>;

/**
 * Checks an exported bundle the user opens: every hash, every custody chain. Says which file
 * or entry fails, in words, and then nothing can be imported. A bundle that holds whole can
 * be imported into the library on the user's word, in one transaction. Both steps say how far
 * they are and can be cancelled; what the page says afterwards is what happened, in plain
 * words, never a raw error.
 */
export function useBundleCheck(
  t: Translate,
  setTask: (task: LibraryTask | null) => void,
  database: EvidenceDatabase,
): { view: ComponentChildren; run: (file: File) => Promise<void> } {
  const [view, setView] = useState<ComponentChildren>(null);
  const locale = uiLocale();
  const say = (
    kind: 'success' | 'error' | 'info',
    body: ComponentChildren,
    data: Record<`data-${string}`, string> = {},
  ) =>
    setView(
      <Notice
        kind={kind}
        closeLabel={t('notice.dismiss')}
        onDismiss={() => setView(null)}
        data={data}
      >
        {body}
      </Notice>,
    );

  async function importIt(file: File, verified: Verified): Promise<void> {
    const controller = new AbortController();
    const show = (progress: ImportProgress | null) =>
      setTask({
        ...importStep(progress, file.name, t, locale),
        onCancel: () => controller.abort(),
      });
    show(null);
    try {
      const { importVerifiedBundle } = await import('../../lib/import/import-bundle');
      const outcome = await importVerifiedBundle(database, verified, {
        caseName: (index) =>
          `${verified.manifest.caseName ?? t('library.importedCase')}${index ? ` (${index + 1})` : ''}`,
        signal: controller.signal,
        onProgress: show,
      });
      // The one transaction committed: a cancel pressed meanwhile came too late, and is said so.
      const late = controller.signal.aborted ? `${t('library.importFinishedFirst')} ` : '';
      say('success', `${late}${importedText(outcome, t)}`, { 'data-import': 'done' });
    } catch (error) {
      if (controller.signal.aborted) {
        say('info', t('library.importCancelled'), { 'data-import': 'cancelled' });
      } else {
        console.error('Import failed', error);
        say('error', `${t('library.importFailed')} ${importFailure(error, t)}`, {
          'data-import': 'failed',
        });
      }
    } finally {
      setTask(null);
    }
  }

  async function run(file: File) {
    const controller = new AbortController();
    const show = (done?: number, total?: number) =>
      setTask({
        label:
          done === undefined || total === undefined
            ? t('library.verifying', { file: file.name })
            : t('library.verifyingStep', {
                file: file.name,
                ...progressValues(done, total, locale),
              }),
        ...(done === undefined ? {} : { done, total }),
        onCancel: () => controller.abort(),
      });
    setView(null);
    show();
    try {
      const [{ checkBundleInWorker }, { describeProblem }, { readSealSettings }] =
        await Promise.all([
          import('../../lib/import/check-bundle-in-worker'),
          import('../../lib/import/describe-problem'),
          import('../../lib/settings/seal-settings'),
        ]);
      const { rootPem } = (await readSealSettings()).custom;
      // A hostile archive is read, inflated and hashed in the worker: the page stays responsive
      // and « Annuler » ends the worker, whatever it is doing, at once.
      const worker = new Worker(new URL('./bundle-check.worker.ts', import.meta.url), {
        type: 'module',
      });
      const result = await checkBundleInWorker(worker, file, {
        signal: controller.signal,
        onProgress: show,
        // The person's own authority's root: the seals may chain to it as to the shipped ones.
        customRootsPem: rootPem ? [rootPem] : [],
      });
      if (result.ok) {
        say(
          'success',
          <div class="stack">
            <div class="row wrap">
              <p>{t('library.verifiedOk', { file: file.name, count: result.captures.length })}</p>
              <button type="button" class="primary" onClick={() => void importIt(file, result)}>
                {confirmLabel(result, t)}
              </button>
            </div>
            <BundleSeals
              captures={result.captures.flatMap(({ seal, exported }) =>
                seal && exported.seal ? [{ ...seal, path: exported.seal.path }] : [],
              )}
              sums={result.sumsSeal}
              t={t}
              locale={locale}
            />
          </div>,
          { 'data-verification': 'ok' },
        );
      } else {
        say(
          'error',
          <>
            <p>{t('library.verifiedBad', { file: file.name })}</p>
            <ul>
              {result.problems.map((problem, index) => (
                <li key={index} data-reason={problem.reason}>
                  {describeProblem(problem, locale)}
                </li>
              ))}
            </ul>
          </>,
          { 'data-verification': 'failed' },
        );
      }
    } catch (error) {
      if (controller.signal.aborted) {
        say('info', t('library.verifyCancelled', { file: file.name }));
      } else {
        console.error('Bundle check failed', error);
        say('error', t('library.verifyFailed', { file: file.name }));
      }
    } finally {
      setTask(null);
    }
  }
  return { view, run };
}

/** « Import de x.zip · 12 / 40 preuves · préparation », then the write, which is all or nothing. */
function importStep(
  progress: ImportProgress | null,
  file: string,
  t: Translate,
  locale: Locale,
): Pick<LibraryTask, 'label' | 'done' | 'total'> {
  if (progress?.phase === 'preparing') {
    const { done, total } = progress;
    return {
      label: t('library.importPreparing', { file, ...progressValues(done, total, locale) }),
      done,
      total,
    };
  }
  return { label: t(progress ? 'library.importWriting' : 'library.importing', { file }) };
}

/** « Importer 3 preuves dans la bibliothèque », naming the threads too when there are any. */
function confirmLabel({ captures, threads }: Verified, t: Translate): string {
  if (!threads.length) return t('library.import.confirm', { count: captures.length });
  return t('library.import.confirmWithThreads', {
    captures: t('library.import.captureCount', { count: captures.length }),
    threads: t('library.import.threadCount', { count: threads.length }),
  });
}

function importedText(outcome: ImportOutcome, t: Translate): string {
  const { threads } = outcome;
  const threadCount = threads.imported.length + threads.alreadyPresent.length;
  return [
    t('library.imported', { count: outcome.imported.length }),
    t('library.alreadyPresent', { count: outcome.alreadyPresent.length }),
    ...(outcome.conflicting.length
      ? [t('library.importConflicts', { count: outcome.conflicting.length })]
      : []),
    ...(threadCount
      ? [
          t('library.importedThreads', { count: threads.imported.length }),
          t('library.threadsAlreadyPresent', { count: threads.alreadyPresent.length }),
        ]
      : []),
    ...(threads.conflicting.length
      ? [t('library.importThreadConflicts', { count: threads.conflicting.length })]
      : []),
  ].join(' ');
}

/** Why nothing was imported, in plain words: a full disk is said as such. */
function importFailure(error: unknown, t: Translate): string {
  const full =
    (error instanceof DOMException && error.name === 'QuotaExceededError') ||
    (error instanceof Error && error.name === 'QuotaExceededError') ||
    /quota/i.test(String((error as { inner?: unknown })?.inner ?? error));
  return t(full ? 'library.storageFull' : 'library.importUnexpected');
}
