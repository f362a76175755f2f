import type { EvidenceDatabase } from '../evidence/database';
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
      cropsReproduced: 2,
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
});
