import type { Annotation } from '../evidence/annotation';
import { captureName } from '../evidence/capture-name';
import type { FileRole } from '../evidence/capture-metadata';
import type { CustodyEntry } from '../evidence/custody-entry';
import type { CaptureRecord, FileRecord } from '../evidence/database';
import { pdfText, type PdfTranslate } from '../i18n/pdf-text';
import { dateTimeFormat } from '../i18n/translate';
import { utcText } from '../time/utc-text';
import { channelName } from '../reporting/official-channels';
import { categoryById } from '../reporting/report-categories';
import type { PublicationTime } from '../sites/post-details';
import { PageFlow } from './page-flow';
import { pngForPdf, type PdfImage } from './pdf-image';
import { PdfWriter } from './pdf-writer';

export interface ReportCapture {
  capture: CaptureRecord;
  annotation: Annotation | undefined;
  custody: CustodyEntry[];
  files: FileRecord[];
}

export interface EvidenceReportOptions {
  captures: readonly ReportCapture[];
  language: 'fr' | 'en';
  exportedAt: Date;
  extensionVersion: string;
  caseName?: string;
  /**
   * A word printed above the title and in every page's footer: « EXERCICE » on a practice
   * report, so no page of it can pass for evidence.
   */
  mark?: string;
  /** Names a platform id for people ("x" → "X"). */
  platformName?: (platform: string) => string;
  /**
   * Turns an image the PDF cannot take as it is (a PNG with transparency, say) into a JPEG.
   * Only the browser can; without it such a screenshot is left out and the report says so.
   */
  toJpeg?: (image: Blob) => Promise<PdfImage | null>;
  signal?: AbortSignal;
  /** Told after each capture's pages are written, with how many are. */
  onProgress?: (done: number) => void;
}

/** Longest post text printed; the whole text is always in metadata.json. */
const TEXT_LIMIT = 3000;

/**
 * The PDF report for a complaint: a summary of the captures, then each capture on its own
 * page with the post, the screenshot, the address, author, times, hashes, the user's notes
 * and its custody log, and how the evidence was collected and can be checked.
 */
export async function evidenceReportPdf(options: EvidenceReportOptions): Promise<Blob> {
  const { language, exportedAt } = options;
  // In the order they were made: the order a reader follows the events in.
  const captures = [...options.captures].sort((left, right) =>
    left.capture.capturedAt.localeCompare(right.capture.capturedAt),
  );
  const say = pdfText(language);
  const when = (iso: string, timeZone?: string) => {
    try {
      return dateTimeFormat(language, {
        dateStyle: 'long',
        timeStyle: 'long',
        ...(timeZone ? { timeZone } : {}),
      }).format(new Date(iso));
    } catch {
      return utcText(iso);
    }
  };
  const platformName = options.platformName ?? ((platform: string) => platform);

  const writer = new PdfWriter();
  const day = dateTimeFormat(language, { dateStyle: 'long' }).format(exportedAt);
  const flow = new PageFlow(writer, (page, count) =>
    [options.mark, say('footer', { date: day, page, count })].filter(Boolean).join(' · '),
  );

  // The summary.
  if (options.mark) flow.text(options.mark, { font: 'bold', size: 20 });
  flow.text(say('title'), { font: 'bold', size: 20 });
  flow.space(4);
  flow.text(say('subtitle'), { size: 11, grey: 0.3 });
  flow.space(10);
  if (options.caseName) flow.field(say('caseName'), options.caseName);
  flow.field(
    say('exportedAt'),
    `${when(exportedAt.toISOString())} (${utcText(exportedAt.toISOString())})`,
  );
  flow.field(say('count'), String(captures.length));
  if (captures.length > 0) {
    const times = captures.map(({ capture }) => capture.capturedAt).sort();
    flow.field(say('period'), `${utcText(times[0]!)} – ${utcText(times[times.length - 1]!)}`);
    const environment = captures[0]!.capture.metadata.environment;
    flow.field(say('browser'), `${environment.browserName} ${environment.browserVersion}`);
  }
  flow.field(say('tool'), `Témoin ${options.extensionVersion}`);
  flow.space(8);
  flow.text(say('summary'), { font: 'bold', size: 13 });
  flow.rule();
  captures.forEach(({ capture }, index) => {
    const address = capture.metadata.post?.permalink ?? capture.metadata.page.url;
    flow.field(
      `${index + 1}. ${utcText(capture.capturedAt)}`,
      `${captureName(capture.metadata, language)}\n${address}`,
      { labelWidth: 150 },
    );
  });
  flow.space(10);
  flow.text(say('method'), { font: 'bold', size: 13 });
  flow.rule();
  flow.text(say('methodText'), { size: 9.5 });
  flow.space(8);
  flow.text(say('verify'), { font: 'bold', size: 13 });
  flow.rule();
  flow.text(say('verifyText'), { size: 9.5 });

  for (const [index, item] of captures.entries()) {
    options.signal?.throwIfAborted();
    flow.newPage();
    const { capture, annotation, custody, files } = item;
    const { metadata } = capture;
    const post = metadata.post;
    flow.text(say('captureHeading', { index: index + 1, count: captures.length }), {
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
      const cut =
        text.length > TEXT_LIMIT ? `${text.slice(0, TEXT_LIMIT)} ${say('textCut')}` : text;
      flow.field(say('text'), cut);
    }
    const category = categoryById(annotation?.category?.categoryId);
    if (category) {
      const choice = category.subChoices.find(
        (sub) => sub.id === annotation?.category?.subChoiceId,
      );
      flow.field(
        say('category'),
        choice
          ? `${category.label[language]}${language === 'fr' ? '\u202f: ' : ': '}${choice.label[language]}`
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

    await drawPictures(flow, writer, item, say, options);

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

    flow.space(6);
    flow.text(say('custody'), { font: 'bold', size: 11 });
    for (const entry of custody)
      flow.field(`${entry.index}. ${utcText(entry.at)}`, custodyLine(entry, say, language));
    const head = custody[custody.length - 1];
    if (head) flow.field(say('custodyHead'), head.hash, { mono: true });
    options.onProgress?.(index + 1);
  }

  flow.finish();
  return writer.finish({
    title: options.caseName ? `${say('title')}, ${options.caseName}` : say('title'),
    creator: `Témoin ${options.extensionVersion}`,
    createdAt: exportedAt,
  });
}

async function drawPictures(
  flow: PageFlow,
  writer: PdfWriter,
  { capture, annotation, files }: ReportCapture,
  say: PdfTranslate,
  options: EvidenceReportOptions,
): Promise<void> {
  if (annotation?.imagesDeletedAt) {
    flow.space(6);
    flow.text(say('noImages'), { font: 'bold', size: 10 });
    return;
  }
  const screenshot = files.find((file) => file.role === 'page-screenshot');
  if (!screenshot) {
    flow.text(say('noScreenshot'), { size: 10, grey: 0.3 });
    return;
  }
  const image =
    (await pngForPdf(screenshot.blob)) ??
    (await options.toJpeg?.(screenshot.blob).catch(() => null)) ??
    null;
  if (!image) {
    flow.text(say('noScreenshot'), { size: 10, grey: 0.3 });
    return;
  }
  const name = writer.addImage(image);
  // Scales from the sealed screenshot to the picture drawn (a JPEG copy may be smaller).
  const sealed = capture.metadata.files.find((file) => file.role === 'page-screenshot');
  const factor = sealed ? image.width / sealed.width : 1;
  const area = capture.metadata.target.cropArea;
  if (area && files.some((file) => file.role === 'post-crop')) {
    flow.space(6);
    flow.figure(say('crop'), name, image, {
      maxHeight: 260,
      area: {
        x: area.x * factor,
        y: area.y * factor,
        width: area.width * factor,
        height: area.height * factor,
      },
    });
  }
  flow.space(6);
  flow.figure(say('screenshot'), name, image, { maxHeight: 360, minHeight: 220 });
}

function custodyLine(entry: CustodyEntry, say: PdfTranslate, language: 'fr' | 'en'): string {
  const kind = say(`custody.${entry.kind}`);
  const colon = language === 'fr' ? '\u202f: ' : ': ';
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

function published(time: PublicationTime, say: PdfTranslate): string {
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
