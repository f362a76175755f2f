import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { CaptureNotFoundError } from '../evidence/append-custody';
import { openEvidenceDatabase } from '../evidence/database';
import { verifyCapture } from '../verification/verify-capture';
import { verifyCustodyChain } from '../evidence/verify-custody';
import { backgroundChannel } from '../messaging/background-channel';
import { createLibraryService } from './library-service';

describe('notes and tags', () => {
  let database: ReturnType<typeof openEvidenceDatabase>;
  let captureId: string;
  let library: ReturnType<typeof createLibraryService>;
  beforeEach(async () => {
    database = openEvidenceDatabase(`library-${crypto.randomUUID()}`);
    captureId = await storeSampleCapture(database);
    library = createLibraryService(database);
  });
  afterEach(async () => {
    await database.delete();
  });
  const log = () => database.custody.where('captureId').equals(captureId).sortBy('index');

  it('adds notes to the log, in order, chained, without touching the sealed capture', async () => {
    await library.addNote({ captureId, text: 'Vu en direct vers 21 h.' });
    await library.addNote({ captureId, text: 'Correction : plutôt 22 h.' });
    const entries = await log();
    expect(entries.map((entry) => entry.kind)).toEqual(['capture', 'note', 'note']);
    // Each note is chained to the entry before it, and the whole chain still holds.
    expect(entries[1]!.previousHash).toBe(entries[0]!.hash);
    expect(entries[2]!.previousHash).toBe(entries[1]!.hash);
    expect(entries[2]!.data).toEqual({ text: 'Correction : plutôt 22 h.' });
    const capture = await database.captures.get(captureId);
    expect(await verifyCustodyChain(entries, capture!.metadataSha256, captureId)).toBeNull();
    expect((await database.annotations.get(captureId))?.notes.map((note) => note.text)).toEqual([
      'Vu en direct vers 21 h.',
      'Correction : plutôt 22 h.',
    ]);
    expect((await verifyCapture(database, captureId)).intact).toBe(true);
  });

  it('replaces the tags as a set, each set kept in the log', async () => {
    const { tags } = backgroundChannel.protocol.setTags.request.parse({
      captureIds: [captureId],
      tags: [' Luna ', 'luna', 'menaces', '', 'LUNA'],
    });
    expect(tags).toEqual(['Luna', 'menaces']);
    await library.setTags({ captureIds: [captureId], tags });
    await library.setTags({ captureIds: [captureId], tags: ['menaces'] });
    expect((await database.annotations.get(captureId))?.tags).toEqual(['menaces']);
    const capture = await database.captures.get(captureId);
    expect(await verifyCustodyChain(await log(), capture!.metadataSha256, captureId)).toBeNull();
    expect(
      (await log()).filter((entry) => entry.kind === 'tags').map((entry) => entry.data),
    ).toEqual([{ tags: ['Luna', 'menaces'] }, { tags: ['menaces'] }]);
    expect((await verifyCapture(database, captureId)).intact).toBe(true);
  });

  it('refuses an empty note, too many tags, and a capture that does not exist', async () => {
    const { addNote, setTags } = backgroundChannel.protocol;
    expect(addNote.request.safeParse({ captureId, text: '   ' }).success).toBe(false);
    const many = Array.from({ length: 51 }, (_, index) => `tag ${index}`);
    expect(setTags.request.safeParse({ captureIds: [captureId], tags: many }).success).toBe(false);
    expect(
      setTags.request.safeParse({ captureIds: [captureId], tags: ['x'.repeat(81)] }).success,
    ).toBe(false);
    expect(setTags.request.safeParse({ captureIds: [], tags: ['menaces'] }).success).toBe(false);
    await expect(library.addNote({ captureId: 'missing', text: 'texte' })).rejects.toBeInstanceOf(
      CaptureNotFoundError,
    );
    await expect(
      library.setTags({ captureIds: ['missing'], tags: ['menaces'] }),
    ).rejects.toBeInstanceOf(CaptureNotFoundError);
    // One unknown id refuses the whole call: the known capture gets no entry either.
    await expect(
      library.setTags({ captureIds: [captureId, 'missing'], tags: ['menaces'] }),
    ).rejects.toBeInstanceOf(CaptureNotFoundError);
    expect(await database.custody.count()).toBe(0);
  });
});
