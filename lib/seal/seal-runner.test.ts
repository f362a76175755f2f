import { startAuthorityServer, type RunningAuthority } from '../../tests/tsa/authority-server';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { openEvidenceDatabase, type EvidenceDatabase } from '../evidence/database';
import { verifyStoredTimestamp } from '../timestamp/verify-timestamp';
import { askSeal } from './ask-seal';
import type { SealAuthority } from './seal-authority';
import { queueSeal } from './seal-queue';
import { createSealRunner } from './seal-runner';
import { localTimestampTools } from './timestamp-tools';

let server: RunningAuthority;
beforeAll(async () => {
  server = await startAuthorityServer();
}, 120_000);
afterAll(() => server.close());

const authorityAt = (url: string, spacingMs = 15_000): SealAuthority => ({
  id: 'custom',
  name: 'local',
  url,
  spacingMs,
  eidasQualified: false,
  trustedRootsPem: [server.authority.rootPem],
});

/** A runner on a clock that only moves when the runner sleeps, recording each request's time. */
function runnerOn(database: EvidenceDatabase, authority: () => SealAuthority) {
  const clock = { now: 1_000_000 };
  const requestedAt: number[] = [];
  const pendingWakes: { at: number; callback: () => void }[] = [];
  const runner = createSealRunner({
    database,
    authority: async () => authority(),
    now: () => clock.now,
    sleep: async (milliseconds) => {
      clock.now += milliseconds;
    },
    later: (callback, milliseconds) =>
      pendingWakes.push({ at: clock.now + milliseconds, callback }),
    ask: (to, digestHex) => {
      requestedAt.push(clock.now);
      return askSeal(to, digestHex, { tools: localTimestampTools });
    },
  });
  return { runner, clock, requestedAt, pendingWakes };
}

async function queuedCaptures(database: EvidenceDatabase, count: number): Promise<string[]> {
  const ids: string[] = [];
  for (let index = 0; index < count; index += 1) {
    const id = await storeSampleCapture(database);
    const capture = (await database.captures.get(id))!;
    await queueSeal(database, capture, new Date(1_000_000));
    ids.push(id);
  }
  return ids;
}

describe('the seal queue', () => {
  it('seals each waiting capture, spaced as the authority asks, stored beside it and logged', async () => {
    const database = openEvidenceDatabase(`seal-${crypto.randomUUID()}`);
    const ids = await queuedCaptures(database, 3);
    const { runner, requestedAt } = runnerOn(database, () => authorityAt(server.url()));
    await runner.wake();
    expect(requestedAt).toEqual([1_000_000, 1_015_000, 1_030_000]);
    expect(await database.sealQueue.count()).toBe(0);
    for (const id of ids) {
      const capture = (await database.captures.get(id))!;
      const seal = (await database.seals.get(id))!;
      expect(seal.digestHex).toBe(capture.metadataSha256);
      const verified = await verifyStoredTimestamp({
        timestamp: seal.response,
        digestHex: capture.metadataSha256,
        trustedRootsPem: [server.authority.rootPem],
      });
      expect(verified).toMatchObject({ ok: true, genTime: seal.genTime });
      const log = await database.custody.where('captureId').equals(id).sortBy('index');
      expect(log.map((entry) => entry.kind)).toEqual(['capture', 'sealed']);
      expect(log[1]!.data).toMatchObject({ authorityId: 'custom', genTime: seal.genTime });
      expect(capture.metadataSha256).toBe(log[0]!.previousHash);
    }
  }, 60_000);

  it.each([
    ['offline', () => 'http://127.0.0.1:9/'],
    ['refused', () => server.url({ answer: 'refuse' })],
    ['invalid-answer', () => server.url({ answer: 'wrong-nonce' })],
    ['invalid-answer', () => server.url({ signer: 'foreign' })],
  ])(
    'keeps the capture waiting (%s) and tries again later',
    async (problem, url) => {
      const database = openEvidenceDatabase(`seal-${crypto.randomUUID()}`);
      const [id] = await queuedCaptures(database, 1);
      let address = url();
      const { runner, clock, pendingWakes } = runnerOn(database, () => authorityAt(address));
      await runner.wake();
      expect(await database.sealQueue.get(id!)).toMatchObject({
        attempts: 1,
        problem,
        nextAttemptAt: clock.now + 30_000,
      });
      expect(await database.seals.count()).toBe(0);
      expect(pendingWakes.map(({ at }) => at)).toEqual([clock.now + 30_000]);
      // Still failing: the next wait doubles.
      clock.now += 30_000;
      pendingWakes.shift()!.callback();
      await runner.wake();
      expect(await database.sealQueue.get(id!)).toMatchObject({ attempts: 2, problem });
      expect((await database.sealQueue.get(id!))!.nextAttemptAt).toBe(clock.now + 60_000);
      // The authority answers again: the capture is sealed at the next attempt.
      address = server.url();
      clock.now += 60_000;
      await runner.wake();
      expect(await database.sealQueue.count()).toBe(0);
      expect(await database.seals.get(id!)).toMatchObject({ digestHex: expect.any(String) });
    },
    60_000,
  );

  it('survives a stopped worker: a new runner on the same database seals what waited', async () => {
    const name = `seal-${crypto.randomUUID()}`;
    const first = openEvidenceDatabase(name);
    const [id] = await queuedCaptures(first, 1);
    first.close();
    const reopened = openEvidenceDatabase(name);
    await runnerOn(reopened, () => authorityAt(server.url())).runner.wake();
    expect(await reopened.seals.get(id!)).toMatchObject({ authorityId: 'custom' });
  }, 60_000);

  it('leaves the queue as it is while the seal is off', async () => {
    const database = openEvidenceDatabase(`seal-${crypto.randomUUID()}`);
    await queuedCaptures(database, 2);
    const runner = createSealRunner({
      database,
      authority: async () => null,
      ask: (to, digestHex) => askSeal(to, digestHex, { tools: localTimestampTools }),
    });
    await runner.wake();
    expect(await database.sealQueue.count()).toBe(2);
  });
});
