import { problemMessagesFr } from '../i18n/problem-messages-fr';
import { deflatedZip } from './testing/deflated-zip';
import { makeBundle, makeBundleFiles, resealSums, zipFiles } from './testing/make-bundle';
import { mutateArchive, seededRandom } from './testing/mutate-archive';
import { rawZip } from './testing/raw-zip';
import { zipBytes } from './testing/tamper-zip';
import { verifyBundle } from './verify-bundle';

/** Mutants checked in every run; FUZZ_CASES=200000 makes the long run. */
const CASES = Number(process.env.FUZZ_CASES ?? 1500);
const SEED = Number(process.env.FUZZ_SEED ?? 15);
/** Far longer than any mutant of a few kilobytes takes, even on a loaded machine: past it, the check hangs. */
const PER_CASE_MS = 10_000;
/** Memory the whole run may add: each mutant is a few kilobytes, whatever its headers declare. */
const MEMORY_BOUND = 96 << 20;

const used = () => {
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return heapUsed + arrayBuffers;
};

describe('the bundle check, fed mutated archives', () => {
  it(
    `answers ${CASES} mutants with a verdict, never a throw or a hang, in bounded memory`,
    async () => {
      const files = await makeBundleFiles();
      const seeds = [
        await zipBytes(await makeBundle()),
        await zipBytes(deflatedZip(files)),
        await zipBytes(
          rawZip([...files].map(([name, data]) => ({ name, data, descriptor: true }))),
        ),
      ];
      const reasons = new Set(Object.keys(problemMessagesFr));
      const random = seededRandom(SEED);
      const found = new Map<string, number>();
      const baseline = used();
      let peak = 0;
      let slowest = 0;
      const names = [...files.keys()];
      for (let index = 0; index < CASES; index += 1) {
        // Three mutants in four break the archive itself; the fourth breaks one file inside a
        // sound archive, its SHA256SUMS made again, so the bundle's own checks are reached.
        const mode = index % 4;
        let bytes: Uint8Array;
        let how: string;
        if (mode < 3) ({ bytes, how } = mutateArchive(seeds[mode]!, random));
        else {
          const name = names[Math.floor(random() * names.length)]!;
          const mutant = mutateArchive(files.get(name)!, random);
          const changed = new Map(files).set(name, mutant.bytes);
          if (random() < 0.7) await resealSums(changed);
          bytes = await zipBytes(await zipFiles(changed));
          how = `${name}: ${mutant.how}`;
        }
        const started = performance.now();
        let timer: ReturnType<typeof setTimeout> | undefined;
        const verdict = await Promise.race([
          verifyBundle(new Blob([bytes as BlobPart])).then(
            (result) => result,
            (error: unknown) => ({ thrown: String(error) }),
          ),
          new Promise<{ hung: true }>((resolve) => {
            timer = setTimeout(() => resolve({ hung: true }), PER_CASE_MS);
          }),
        ]);
        clearTimeout(timer);
        slowest = Math.max(slowest, performance.now() - started);
        const where = `mutant ${index} of seed ${SEED} (${how})`;
        expect(verdict, where).not.toHaveProperty('thrown');
        expect(verdict, where).not.toHaveProperty('hung');
        if ('problems' in verdict) {
          for (const { reason } of verdict.problems) {
            expect(reasons.has(reason), `${where}: ${reason}`).toBe(true);
            found.set(reason, (found.get(reason) ?? 0) + 1);
          }
        }
        if (index % 50 === 0) peak = Math.max(peak, used() - baseline);
      }
      // The mutants reach deep: the archive's own checks and the bundle's.
      expect(found.size).toBeGreaterThan(24);
      expect(peak).toBeLessThan(MEMORY_BOUND);
      console.warn(
        `fuzz: ${CASES} mutants, seed ${SEED}, slowest ${Math.round(slowest)} ms, ` +
          `memory peak +${Math.round(peak / 2 ** 20)} MiB, ${found.size} reasons: ` +
          [...found].map(([reason, count]) => `${reason} ${count}`).join(', '),
      );
    },
    Math.max(120_000, CASES * 50),
  );
});
