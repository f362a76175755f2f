import { appendCustody } from '../evidence/append-custody';
import type { EvidenceDatabase } from '../evidence/database';
import { deleteThreadScreens } from '../evidence/delete-thread-screens';
import { sha256Hex } from '../evidence/sha256';
import { pngOf, samePixelsInNode } from '../verification/testing/png-pixels';
import { CROP_AREA, picture, picturedThread, screenColour } from './testing/pictured-thread';
import { verifyThread } from './verify-thread';

const sealedThread = picturedThread;
const colour = screenColour;
const area = CROP_AREA;
const png = picture;

describe('« Vérifier » for a thread', () => {
  it('finds an untouched thread intact and every crop cut again pixel for pixel', async () => {
    const { database, id } = await sealedThread();
    expect(await verifyThread(database, id, samePixelsInNode)).toEqual({
      intact: true,
      screensChecked: 2,
      cropsReproduced: 2,
      imagesDeleted: 0,
      problems: [],
    });
  });

  it.each([
    [
      'a screen whose bytes changed',
      async (database: EvidenceDatabase, id: string) =>
        database.threadScreens.update(`${id}/screen/1`, {
          blob: png(pngOf(40, 30, colour(5))),
        }),
      [
        { reason: 'screen-hash-mismatch', subject: { kind: 'screen', order: 1 } },
        { reason: 'crop-differs', subject: { kind: 'post-crop', order: 1 } },
      ],
    ],
    [
      'a crop redrawn, even with its hash made again',
      async (database: EvidenceDatabase, id: string) => {
        const forged = png(pngOf(area.width, area.height, colour(9)));
        await database.threadFiles.update(`${id}/post-crop/0`, {
          blob: forged,
          sha256: await sha256Hex(forged),
        });
      },
      [{ reason: 'crop-differs', subject: { kind: 'post-crop', order: 0 } }],
    ],
    [
      'a thread seal edited',
      async (database: EvidenceDatabase, id: string) => {
        const thread = (await database.threads.get(id))!;
        await database.threads.update(id, { seal: { ...thread.seal!, title: 'Autre' } });
      },
      [{ reason: 'thread-seal-mismatch', subject: { kind: 'thread', order: 0 } }],
    ],
    [
      'a screen deleted',
      async (database: EvidenceDatabase, id: string) =>
        database.threadScreens.delete(`${id}/screen/1`),
      [
        { reason: 'screen-missing', subject: { kind: 'screen', order: 1 } },
        { reason: 'file-from-unknown-screen', subject: { kind: 'post-crop', order: 1 } },
        { reason: 'file-from-unknown-screen', subject: { kind: 'stitched', order: 0 } },
        { reason: 'crop-missing', subject: { kind: 'post-crop', order: 1 } },
      ],
    ],
  ])('names %s', async (_case, tamper, problems) => {
    const { database, id } = await sealedThread();
    await tamper(database, id);
    const verification = await verifyThread(database, id, samePixelsInNode);
    expect(verification.intact).toBe(false);
    expect(verification.problems).toEqual(problems);
  });

  it('finds a thread whose images were deleted under the child-abuse rule intact, and says so', async () => {
    const { database, id } = await sealedThread();
    const deleted = await deleteThreadScreens(database, id);
    const verification = await verifyThread(database, id, samePixelsInNode);
    expect(verification).toEqual({
      intact: true,
      screensChecked: 0,
      cropsReproduced: 0,
      imagesDeleted: deleted,
      problems: [],
    });
    const log = await database.custody.where('captureId').equals(id).toArray();
    expect(log.at(-1)).toMatchObject({
      kind: 'images-deleted',
      data: { reason: 'child-abuse-category' },
    });
  });

  it('believes no deletion from a log whose chain is broken', async () => {
    const { database, id } = await sealedThread();
    await appendCustody(database, id, [{ kind: 'note', data: { text: 'vu' } }]);
    await deleteThreadScreens(database, id);
    const note = await database.custody.where({ captureId: id, kind: 'note' }).first();
    await database.custody.update(note!.id, { data: { text: 'jamais vu' } });
    const verification = await verifyThread(database, id, samePixelsInNode);
    expect(verification.problems[0]).toEqual({
      reason: 'custody-broken',
      subject: { kind: 'thread', order: 0 },
    });
    expect(verification.problems.map(({ reason }) => reason)).toContain('screen-missing');
  });
});
