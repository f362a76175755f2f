import { captureName } from '../evidence/capture-name';
import type { FileRole } from '../evidence/capture-metadata';
import type { CustodyEntry } from '../evidence/custody-entry';
import { utcText } from '../time/utc-text';
import { channelName } from '../reporting/official-channels';
import { categoryById } from '../reporting/report-categories';
import type { PublicationTime } from '../sites/post-details';
import type { PageFlow } from './page-flow';
import type { PdfWriter } from './pdf-writer';
import type { EvidenceReportOptions, ReportCapture, ReportContext } from './report-context';
import { drawEnvironment } from './report-environment';
import { drawPictures, type ScreenshotRead } from './report-pictures';
import { drawCaptureSeal } from './report-seal';

/** Longest post text printed; the whole text is always in metadata.json. */
const TEXT_LIMIT = 3000;

/**
 * One capture on its own page: the post's address, author, times and text, the user's
 * category, reports, tags and notes, its pictures, every hash and its custody log.
 */
export async function drawCapturePage(
  flow: PageFlow,
  writer: PdfWriter,
  item: ReportCapture,
  { index, count, screenshot }: { index: number; count: number; screenshot?: ScreenshotRead },
  options: EvidenceReportOptions,
  context: ReportContext,
): Promise<void> {
  const { say, when, platformName, language, colon } = context;
  const { capture, annotation, custody, files } = item;
  const { metadata } = capture;
  const post = metadata.post;
  flow.text(say('captureHeading', { index: index + 1, count }), {
    font: 'bold',
    size: 15,
  });
  flow.text(captureName(metadata, language), { font: 'bold', size: 11 });
  flow.rule();
  if (post?.permalink) flow.field(say('address'), post.permalink);
  flow.field(post?.permalink ? say('pageAddress') : say('address'), metadata.page.url);
  if (metadata.page.title) flow.field(say('pageTitle'), metadata.page.title);
  flow.field(say('platform'), platformName(post?.platform ?? 'web'));
  const author = [post?.authorName, post?.authorHandle].filter(Boolean).join(', ');
  if (author) flow.field(say('author'), author);
  if (post?.authorUrl) flow.field(say('authorAddress'), post.authorUrl);
  if (post) flow.field(say('published'), published(post.published, say));
  flow.field(
    say('capturedLocal'),
    `${when(capture.capturedAt, metadata.time.timeZone)} (${metadata.time.timeZone})`,
  );
  flow.field(say('capturedUtc'), metadata.time.capturedAt);
  const text = post?.text ?? metadata.target.selectionText;
  if (text) {
    const cut = text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)} ${say('textCut')}` : text;
    flow.field(say('text'), cut);
  }
  const category = categoryById(annotation?.category?.categoryId);
  if (category) {
    const choice = category.subChoices.find((sub) => sub.id === annotation?.category?.subChoiceId);
    flow.field(
      say('category'),
      choice
        ? `${category.label[language]}${colon}${choice.label[language]}`
        : category.label[language],
    );
  }
  const reports = annotation?.reports ?? [];
  flow.field(
    say('reports'),
    reports.length
      ? reports
          .map((report) =>
            say('reportLine', { channel: channelName(report.channelId), at: utcText(report.at) }),
          )
          .join('\n')
      : say('none'),
  );
  if (annotation?.tags.length) flow.field(say('tags'), annotation.tags.join(', '));
  for (const note of annotation?.notes ?? [])
    flow.field(`${say('notes')}, ${utcText(note.at)}`, note.text);

  await drawPictures(flow, writer, item, options, context, screenshot);

  flow.space(6);
  flow.text(say('hashes'), { font: 'bold', size: 11 });
  flow.field(say('metadataHash'), capture.metadataSha256, { mono: true });
  for (const file of metadata.files)
    flow.field(say(`role.${file.role}`), file.sha256, { mono: true });
  for (const file of files.filter((stored) => stored.derivedFrom && stored.role !== 'thumbnail'))
    if (!metadata.files.some((sealed) => sealed.role === file.role))
      flow.field(say(`role.${file.role}`), file.sha256, { mono: true });
  for (const entry of custody)
    if (entry.kind === 'images-deleted')
      for (const file of entry.data.files)
        flow.field(say('deleted', { role: say(`role.${file.role as FileRole}`) }), file.sha256, {
          mono: true,
        });

  drawEnvironment(flow, item, context);
  drawCaptureSeal(flow, item, context);

  flow.space(6);
  flow.text(say('custody'), { font: 'bold', size: 11 });
  for (const entry of custody)
    flow.field(`${entry.index}. ${utcText(entry.at)}`, custodyLine(entry, context));
  const head = custody[custody.length - 1];
  if (head) flow.field(say('custodyHead'), head.hash, { mono: true });
}

function custodyLine(entry: CustodyEntry, { say, language, colon }: ReportContext): string {
  const kind = say(`custody.${entry.kind}`);
  switch (entry.kind) {
    case 'category':
      return `${kind}${colon}${categoryById(entry.data.categoryId)?.label[language] ?? entry.data.categoryId}`;
    case 'report':
      return `${kind}${colon}${channelName(entry.data.channelId)}`;
    case 'tags':
      return `${kind}${colon}${entry.data.tags.join(', ')}`;
    case 'export':
    case 'export-cancelled':
    case 'export-failed':
      return `${kind} (${entry.data.format})`;
    default:
      return kind;
  }
}

function published(time: PublicationTime, say: ReportContext['say']): string {
  if (time.kind === 'absolute')
    return time.label
      ? `${utcText(time.at)} (${say('publishedShown', { label: time.label })})`
      : utcText(time.at);
  if (time.kind === 'range')
    return say('publishedBetween', {
      earliest: utcText(time.earliest),
      latest: utcText(time.latest),
      label: time.label,
    });
  return time.label
    ? `${say('publishedUnknown')} (${say('publishedShown', { label: time.label })})`
    : say('publishedUnknown');
}
