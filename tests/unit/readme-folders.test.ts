import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

// The README's table of folders is how a reader finds a capability: it must match the tree.
const ROOTS = ['components', 'entrypoints', 'lib', 'public', 'scripts', 'tests'];
/** Folders that only hold other folders, each with its own row. */
const CONTAINERS = ['lib', 'tests'];
/** Folders whose subfolders are data, described by the folder's own row. */
const DESCRIBED_WHOLE = ['public', 'tests/fixtures'];

function folders(folder: string): string[] {
  if (DESCRIBED_WHOLE.includes(folder)) return [folder];
  const children = readdirSync(folder, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .flatMap((entry) => folders(path.posix.join(folder, entry.name)));
  return [folder, ...children];
}

function tableFolders(readme: string): string[] {
  const section = readme.slice(readme.indexOf('### Folders'), readme.indexOf('## Developing'));
  return section
    .split('\n')
    .filter((line) => line.startsWith('| `'))
    .flatMap((line) => [...line.split('|')[1]!.matchAll(/`([^`]+)\/`/g)].map((match) => match[1]!));
}

it('lists every folder of the tree in the README, and no other', () => {
  const inTree = ROOTS.flatMap(folders).filter((folder) => !CONTAINERS.includes(folder));
  expect(tableFolders(readFileSync('README.md', 'utf8')).sort()).toEqual(inTree.sort());
});
