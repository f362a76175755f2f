import { Notice } from '../../../components/Notice';
import type { Translate } from '../../../lib/i18n/translate';
import type { ThreadProblem, ThreadVerification } from '../../../lib/thread/verify-thread';

/** A thread's « Vérifier », as it goes, as it found it, or why it could not check. */
export type ThreadCheck = { threadId: string; title: string } & (
  | { state: 'running' }
  | { state: 'done'; verification: ThreadVerification }
  | { state: 'failed'; reason: string }
);

/** One problem in words: what it is about (a screen, a part, a crop) and what is wrong. */
export function describeThreadProblem(problem: ThreadProblem, t: Translate): string {
  const subject = t(`library.thread.subject.${problem.subject.kind}`, {
    number: problem.subject.order + 1,
  });
  return t(`library.thread.problem.${problem.reason}`, { subject });
}

/** The outcome of « Vérifier » on a thread: intact, or each problem named. */
export function ThreadVerdict(props: { check: ThreadCheck; t: Translate; onDismiss: () => void }) {
  const { check, t } = props;
  const title = check.title;
  if (check.state === 'running') {
    return (
      <div class="notice task" role="status" data-thread-check="running">
        {t('library.thread.verifying', { title })}
      </div>
    );
  }
  const data = { 'data-thread-check': check.state, 'data-thread-id': check.threadId };
  const close = t('notice.dismiss');
  if (check.state === 'failed') {
    return (
      <Notice kind="error" closeLabel={close} onDismiss={props.onDismiss} data={data}>
        {t('library.thread.verifyFailed', { title, reason: check.reason })}
      </Notice>
    );
  }
  const { verification } = check;
  if (verification.intact) {
    return (
      <Notice kind="success" closeLabel={close} onDismiss={props.onDismiss} data={data}>
        <strong class="verdict-intact">{t('library.thread.intact', { title })}</strong>{' '}
        {t('library.thread.intactDetail', {
          count: verification.screensChecked,
          crops: verification.cropsReproduced,
        })}
        {verification.imagesDeleted > 0 && (
          <span data-images-deleted={verification.imagesDeleted}>
            {' '}
            {t('library.thread.imagesDeleted', { count: verification.imagesDeleted })}
          </span>
        )}
      </Notice>
    );
  }
  return (
    <Notice kind="error" closeLabel={close} onDismiss={props.onDismiss} data={data}>
      <strong class="verdict-tampered">
        {t('library.thread.tampered', { title, count: verification.problems.length })}
      </strong>
      <ul data-problems>
        {verification.problems.map((problem, index) => (
          <li key={index} data-reason={problem.reason}>
            {describeThreadProblem(problem, t)}
          </li>
        ))}
      </ul>
    </Notice>
  );
}
