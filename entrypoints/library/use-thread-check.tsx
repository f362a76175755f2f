import { useState } from 'preact/hooks';
import type { EvidenceDatabase } from '../../lib/evidence/database';
import type { Translate } from '../../lib/i18n/translate';
import { saveError } from '../../lib/i18n/save-error';
import { ThreadVerdict, type ThreadCheck } from './components/ThreadVerdict';

/**
 * « Vérifier » on a thread row: the thread is checked in the page with the verifier a
 * capture's detail uses (its code loaded on first use), and the verdict drawn above the list.
 */
export function useThreadCheck(database: EvidenceDatabase, t: Translate) {
  const [check, setCheck] = useState<ThreadCheck | null>(null);
  async function verify(threadId: string, title: string) {
    setCheck({ threadId, title, state: 'running' });
    try {
      const [{ verifyThread }, { samePixels }] = await Promise.all([
        import('../../lib/thread/verify-thread'),
        import('../../lib/verification/canvas-pixels'),
      ]);
      const verification = await verifyThread(database, threadId, samePixels);
      setCheck({ threadId, title, state: 'done', verification });
    } catch (error) {
      setCheck({ threadId, title, state: 'failed', reason: saveError(error, t) });
    }
  }
  const view = check && <ThreadVerdict check={check} t={t} onDismiss={() => setCheck(null)} />;
  return { verify, view };
}
