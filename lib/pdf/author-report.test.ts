import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import type { AuthorGroup, DossierEntry } from '../library/author-dossier';
import { authorReportCsv } from '../library/author-report-csv';
import { authorReportPdf } from './author-report';
import { pngForPdf } from './pdf-image';

const HASH = (digit: string) => digit.repeat(64);
const counts = { count: 2, captures: 1, posts: 1, threads: 1, cases: 0 };

const entry = (kind: DossierEntry['kind'], text: string): DossierEntry => ({
  kind,
  id: kind === 'post' ? 't1/post/3' : 'c1',
  ...(kind === 'post' ? { threadId: 't1' } : {}),
  capturedAt: '2026-12-07T10:00:00.000Z',
  address: `https://x.com/troll/status/${kind === 'post' ? 3 : 1}`,
  text,
  sealSha256: HASH(kind === 'post' ? 'b' : 'a'),
  ...(kind === 'post'
    ? {
        screen: {
          id: 't1/screen/0',
          sha256: HASH('c'),
          area: { x: 0, y: 50, width: 200, height: 50 },
        },
      }
    : {}),
});

const groups: AuthorGroup[] = [
  {
    authorKey: 'x|handle|troll',
    author: '@troll',
    platform: 'x',
    entries: [entry('capture', '=SUM(A1) première'), entry('post', 'Deuxième, dans le fil')],
    counts,
  },
  {
    authorKey: 'x|handle|autre',
    author: '@autre',
    platform: 'x',
    entries: [{ ...entry('capture', 'Un autre'), id: 'c2' }],
    counts: { ...counts, count: 1, posts: 0, threads: 0 },
  },
];

function pngBlob(width: number, height: number): Blob {
  const png = new PNG({ width, height, colorType: 2 });
  png.data.fill(200);
  return new Blob([new Uint8Array(PNG.sync.write(png, { colorType: 2 }))], { type: 'image/png' });
}

describe('the report by author', () => {
  it('has one CSV row per capture or post, author by author, every cell text', () => {
    const lines = authorReportCsv(groups).replace('\uFEFF', '').trim().split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toMatch(/^author,author_key,platform,kind,capture_id,thread_id,post_id/);
    // A handle starting with @ would be a formula: it stays text.
    expect(lines[1]).toContain(`"'@troll",x|handle|troll,x,capture,c1,,,`);
    expect(lines[1]).toContain(`"'=SUM(A1) première"`);
    expect(lines[2]).toContain(`post,,t1,t1/post/3,`);
    expect(lines[2]).toContain(`${HASH('b')},${HASH('c')},0 50 200 50`);
    expect(lines[3]).toContain('@autre');
  });

  it('draws a section per author with each post cut from its screen, in French', async () => {
    const screen = await pngForPdf(pngBlob(200, 100));
    const pdf = await authorReportPdf({
      groups,
      language: 'fr',
      exportedAt: new Date('2026-12-07T12:00:00Z'),
      extensionVersion: '0.1.0',
      platformName: () => 'X (Twitter)',
      picture: async (item) =>
        item.screen ? { key: item.screen.id, image: screen!, area: item.screen.area } : null,
    });
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'authors-')), 'report.pdf');
    writeFileSync(file, new Uint8Array(await pdf.arrayBuffer()));
    const text = execFileSync('pdftotext', ['-layout', file, '-']).toString();
    expect(text).toContain('Rapport par auteur');
    expect(text).toContain('Auteur 1 sur 2 : @troll');
    expect(text).toContain('Auteur 2 sur 2 : @autre');
    expect(text).toContain('Deuxième, dans le fil');
    expect(text).toContain(HASH('b'));
    expect(text).toContain('Le message, découpé dans son écran');
    const images = execFileSync('pdfimages', ['-list', file]).toString().trim().split('\n');
    // A header, a rule, and the screen once.
    expect(images).toHaveLength(3);
  });
});
