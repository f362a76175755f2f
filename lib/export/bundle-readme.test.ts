import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { storeSampleCapture } from '../../tests/unit/sample-capture';
import { appendCustody } from '../evidence/append-custody';
import { openEvidenceDatabase } from '../evidence/database';
import { buildBundle } from './build-bundle';
import { bundleReadme } from './bundle-readme';

const has = (command: string) => {
  try {
    execFileSync(command, ['--version']);
    return true;
  } catch {
    return false;
  }
};

/** The commands of step 4 as README.txt prints them, from its first line to its last. */
function commandsIn(readme: string): { hashes: string; fields: string } {
  const block = (first: RegExp, last: RegExp) => {
    const lines = readme.split('\n');
    const start = lines.findIndex((line) => first.test(line));
    const end = lines.findIndex((line, index) => index >= start && last.test(line));
    return lines
      .slice(start, end + 1)
      .map((line) => line.slice(3))
      .join('\n');
  };
  return {
    hashes: block(/^ {3}while IFS/, /^ {3}done < custody\.jsonl$/),
    fields: block(/^ {3}jq -c 'select/, /custody\.jsonl$/),
  };
}

describe("README.txt's manual check of each custody entry", () => {
  it.skipIf(!has('jq'))(
    'recomputes every hash of a real export with jq and sha256sum, and finds an edited note',
    async () => {
      const database = openEvidenceDatabase(`readme-${crypto.randomUUID()}`);
      const folder = mkdtempSync(path.join(tmpdir(), 'temoin-readme-'));
      try {
        const id = await storeSampleCapture(database);
        await appendCustody(database, id, [
          { kind: 'category', data: { categoryId: 'threats-or-violence', subChoiceId: 'death' } },
          {
            kind: 'note',
            data: { text: 'Vu « en direct » à 21 h 😡 — "cité", \\ \n\t\u0001 \u2028' },
          },
          { kind: 'tags', data: { tags: ['Luna', 'menaces'] } },
          { kind: 'report', data: { channelId: 'pharos', note: 'n° 123' } },
        ]);
        const bundle = await buildBundle({
          database,
          captureIds: [id],
          language: 'en',
          exportedAt: new Date('2026-11-22T12:00:00.000Z'),
          extensionVersion: '0.1.0',
        });
        writeFileSync(path.join(folder, 'bundle.zip'), new Uint8Array(await bundle.arrayBuffer()));
        execFileSync('unzip', ['-q', 'bundle.zip', '-d', 'out'], { cwd: folder });
        const readme = readFileSync(path.join(folder, 'out', 'README.txt'), 'utf8');
        expect(readme).toBe(bundleReadme('en', { sealed: false }));
        const { hashes, fields } = commandsIn(readme);
        const captures = path.join(folder, 'out', 'captures');
        const capture = path.join(captures, execFileSync('ls', [captures]).toString().trim());
        const run = (script: string) =>
          execFileSync('sh', ['-c', script], { cwd: capture }).toString();

        expect(run(hashes)).toBe('0 OK\n1 OK\n2 OK\n3 OK\n4 OK\n');
        expect(run(fields)).toBe('');

        const log = path.join(capture, 'custody.jsonl');
        const lines = readFileSync(log, 'utf8').trimEnd().split('\n');
        lines[2] = lines[2]!.replace('en direct', 'en différé');
        lines[3] = lines[3]!.replace('"kind"', '"comment":"ajouté","kind"');
        writeFileSync(log, `${lines.join('\n')}\n`);
        expect(run(hashes)).toBe('0 OK\n1 OK\n2 FAILED\n3 OK\n4 OK\n');
        expect(run(fields).trim().split('\n')).toHaveLength(1);
      } finally {
        await database.delete();
      }
    },
    60_000,
  );

  it.each(['fr', 'en'] as const)('gives the same commands in %s', (language) => {
    expect(commandsIn(bundleReadme(language, { sealed: true }))).toEqual(
      commandsIn(bundleReadme('en', { sealed: true })),
    );
  });
});
