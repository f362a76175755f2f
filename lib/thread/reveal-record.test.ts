import { canonicalJson } from '../evidence/canonical-json';
import type { CustodyEntry } from '../evidence/custody-entry';
import { openEvidenceDatabase } from '../evidence/database';
import { sha256Hex } from '../evidence/sha256';
import { verifyCustodyChain } from '../evidence/verify-custody';
import type { RevealClick } from './reveal-everything';
import { openThread, recordRevealed, sealThread } from './thread-store';

const CLICKS: RevealClick[] = [
  {
    label: 'Afficher les réponses masquées',
    expander: 'x.hidden-replies',
    platform: 'x',
    at: '2026-12-08T00:30:01.000Z',
  },
  {
    label: 'Show probable spam',
    expander: 'x.hidden-replies',
    platform: 'x',
    at: '2026-12-08T00:30:02.500Z',
  },
];

async function thread(clicks: RevealClick[]) {
  const database = openEvidenceDatabase(`reveal-${crypto.randomUUID()}`);
  const id = crypto.randomUUID();
  await openThread(database, {
    id,
    url: 'https://x.com/a/status/1',
    title: 'Fil',
    platform: 'x',
    scroller: 'page',
  });
  if (clicks.length) await recordRevealed(database, id, clicks);
  const seal = await sealThread(database, id, 'end-of-thread');
  const record = await database.threads.get(id);
  const log = (await database.custody
    .where('captureId')
    .equals(id)
    .sortBy('index')) as CustodyEntry[];
  return { record: record!, seal: seal!, log };
}

describe('the clicks « Révéler tout » made, in the thread', () => {
  it('are listed in the sealed thread, in order, and covered by its hash', async () => {
    const { record, seal } = await thread(CLICKS);
    expect(seal.revealed).toEqual(CLICKS);
    expect(record.seal).toEqual(seal);
    expect(record.sealSha256).toBe(await sha256Hex(canonicalJson(seal)));
  });

  it('are the first entries of the thread’s custody log, which opens on its seal', async () => {
    const { record, log } = await thread(CLICKS);
    expect(log.map((entry) => entry.kind)).toEqual(['capture', 'page-click', 'page-click']);
    expect(log.slice(1).map((entry) => entry.data)).toEqual([
      {
        label: 'Afficher les réponses masquées',
        expander: 'x.hidden-replies',
        platform: 'x',
        clickedAt: CLICKS[0]!.at,
      },
      {
        label: 'Show probable spam',
        expander: 'x.hidden-replies',
        platform: 'x',
        clickedAt: CLICKS[1]!.at,
      },
    ]);
    expect(await verifyCustodyChain(log, record.sealSha256!, record.id)).toBeNull();
  });

  it('leave nothing when nothing was clicked', async () => {
    const { seal, log } = await thread([]);
    expect(seal).not.toHaveProperty('revealed');
    expect(log).toEqual([]);
  });
});
