import type { TranslateIn } from '../i18n/catalogue';
import type { authorPdfMessagesFr } from '../i18n/author-pdf-messages-fr';
import { countsInWords, type AuthorGroup, type DossierEntry } from '../library/author-dossier';
import type { PageFlow } from './page-flow';
import type { PdfImage } from './pdf-image';
import type { PdfWriter } from './pdf-writer';

/** The report by author's words, in the export's language. */
export type Say = TranslateIn<keyof typeof authorPdfMessagesFr>;

/** A picture for an entry: a stored PNG, and the part of it to show. */
export interface EntryPicture {
  /** Pictures shared by several entries (a thread's screen) are added to the PDF once. */
  key: string;
  image: PdfImage;
  area?: { x: number; y: number; width: number; height: number };
}

export interface SectionTools {
  say: Say;
  when: (iso: string) => string;
  platformName: (platform: string) => string;
  picture: (entry: DossierEntry) => Promise<EntryPicture | null>;
}

/**
 * One author's section, from a new page: who, on which platform, how many captures and
 * thread posts, then each one in time order with its address, text, hashes and its post.
 */
export async function drawAuthorSection(
  flow: PageFlow,
  writer: PdfWriter,
  group: AuthorGroup,
  place: { index: number; count: number },
  tools: SectionTools,
  added: Map<string, string>,
): Promise<void> {
  const { say } = tools;
  flow.newPage();
  const author = group.author || say('unknownAuthor');
  flow.text(say('author', { index: place.index + 1, count: place.count, author }), {
    font: 'bold',
    size: 15,
  });
  flow.field(say('platform'), tools.platformName(group.platform));
  flow.text(countsText(say, group), { grey: 0.3 });
  for (const entry of group.entries) {
    flow.rule();
    flow.text(say(entry.kind), { font: 'bold', size: 11 });
    flow.field(say('capturedAt'), tools.when(entry.capturedAt));
    if (entry.postedAt) flow.field(say('published'), entry.postedAt);
    flow.field(say('address'), entry.address);
    if (entry.text) flow.field(say('text'), entry.text);
    flow.field(say('sealSha256'), entry.sealSha256, { mono: true });
    flow.text(say(entry.kind === 'post' ? 'sealThread' : 'sealCapture'), { size: 8, grey: 0.4 });
    if (entry.screen) flow.field(say('screenSha256'), entry.screen.sha256, { mono: true });
    const picture = await tools.picture(entry);
    if (!picture) continue;
    let name = added.get(picture.key);
    if (!name) added.set(picture.key, (name = writer.addImage(picture.image)));
    flow.figure(say(entry.kind === 'post' ? 'crop' : 'picture'), name, picture.image, {
      maxHeight: 220,
      minHeight: 60,
      maxScale: 1,
      ...(picture.area ? { area: picture.area } : {}),
    });
  }
}

/** « 1 capture, 4 messages dans 1 fil, 0 dossier ». */
export const countsText = (say: Say, group: AuthorGroup) =>
  say(
    'counts',
    countsInWords(group.counts, (key, count) => say(key, { count })),
  );
