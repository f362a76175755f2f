import type { ComponentChildren } from 'preact';
import { ZoomableImage } from './ZoomableImage';
import type { CaptureMetadata, FileRole } from '../lib/evidence/capture-metadata';
import type { EvidenceProblem } from '../lib/verification/evidence-problem';
import type { Verification } from '../lib/verification/verify-capture';
import { formatDateTime, type Locale, type Translate } from '../lib/i18n/translate';
import { FactList, type Fact } from './FactList';
import { HashTable } from './HashTable';
import { PostFacts } from './PostFacts';
import { visibleText } from '../lib/evidence/visible-text';

export interface CaptureView {
  /** The capture's one name (lib/evidence/capture-name.ts). */
  name: string;
  metadata: CaptureMetadata;
  metadataSha256: string;
  pageUrl?: string;
  postUrl?: string;
  /** Files made from the sealed screenshot (crop, thumbnail), each with its own hash. */
  derivedFiles: Array<{ role: FileRole; sha256: string }>;
  platformLabel?: string;
  /** The capture of the post this one answers, when it is in the store too. */
  parentCaptureId?: string;
  /** The reports the user said they made, in words ("Signalée à PHAROS le …"). */
  reports: string[];
  imagesDeleted: boolean;
}

export function CaptureDetail({
  capture,
  verification,
  verifying,
  t,
  locale,
  onVerify,
  describeProblem,
  onBack,
  onOpenCapture,
  onReport,
  children,
}: {
  capture: CaptureView;
  verification: Verification | null;
  verifying: boolean;
  t: Translate;
  locale: Locale;
  onVerify: () => void;
  /** A problem the verification found, in the reader's words. */
  describeProblem: (problem: EvidenceProblem) => string;
  onBack: () => void;
  onOpenCapture: (id: string) => void;
  onReport: () => void;
  /** Drawn after the post's facts: the notes and tags, where the view has them. */
  children?: ComponentChildren;
}) {
  const { metadata } = capture;
  const facts: Fact[] = [
    [t('field.capturedAt'), metadata.time.capturedAt],
    [
      t('field.localTime'),
      `${formatDateTime(metadata.time.capturedAt, locale)} (${metadata.time.timeZone}, UTC${metadata.time.utcOffset})`,
    ],
    [t('field.timeSource'), t('field.timeSourceDevice')],
    [t('field.url'), metadata.page.url],
    [t('field.canonicalUrl'), metadata.page.canonicalUrl],
    [t('field.title'), visibleText(metadata.page.title)],
    [t('field.language'), metadata.page.language],
    [
      t('field.selection'),
      metadata.target.selectionText && visibleText(metadata.target.selectionText),
    ],
    [t('field.link'), metadata.target.linkUrl],
    [t('field.media'), metadata.target.mediaUrl],
    [t('field.trigger'), t(`trigger.${metadata.trigger}`)],
    [
      t('field.viewport'),
      `${metadata.page.viewport.width} × ${metadata.page.viewport.height}, ×${metadata.page.devicePixelRatio}`,
    ],
    [
      t('field.browser'),
      `${metadata.environment.browserName} ${metadata.environment.browserVersion}`,
    ],
    [t('field.extension'), metadata.environment.extensionVersion],
  ];
  return (
    <article class="stack" aria-labelledby="capture-title">
      <div class="row">
        <button type="button" onClick={onBack}>
          ← {t('popup.back')}
        </button>
        <h1 id="capture-title" class="capture-name">
          {capture.name}
        </h1>
      </div>
      <div class="row wrap">
        <button type="button" class="primary" onClick={onReport}>
          {t('detail.report')}
        </button>
        {capture.reports.map((report) => (
          <span class="tag reported" key={report}>
            {report}
          </span>
        ))}
      </div>
      {capture.imagesDeleted && <p class="notice">{t('report.imagesDeleted')}</p>}
      {capture.postUrl ? (
        <ZoomableImage url={capture.postUrl} label={t('detail.postCrop')} role="post-crop" t={t} />
      ) : (
        <p class="muted">{t('detail.noCrop', { why: t(`crop.${metadata.target.crop}`) })}</p>
      )}
      {capture.pageUrl && (
        <ZoomableImage
          url={capture.pageUrl}
          label={t('detail.screenshot')}
          role="page-screenshot"
          t={t}
        />
      )}
      {metadata.post && (
        <PostFacts
          post={metadata.post}
          platformLabel={capture.platformLabel ?? metadata.post.platform}
          parentCaptureId={capture.parentCaptureId}
          t={t}
          locale={locale}
          onOpenCapture={onOpenCapture}
        />
      )}
      {children}
      <h2>{t('detail.metadata')}</h2>
      <FactList facts={facts} />
      <h2>{t('detail.hashes')}</h2>
      <HashTable capture={capture} verification={verification} t={t} />
      <div class="row">
        <button type="button" class="primary" onClick={onVerify} disabled={verifying}>
          {verifying ? t('detail.verifying') : t('detail.verify')}
        </button>
        <p role="status" aria-live="polite">
          {verification &&
            (verification.intact ? (
              <span class="verdict-intact">{t('detail.intact')}</span>
            ) : (
              <span class="verdict-tampered">
                {t('detail.tampered', { count: verification.problems.length })}
              </span>
            ))}
        </p>
      </div>
      {verification && verification.problems.length > 0 && (
        <ul class="verdict-tampered" data-problems>
          {verification.problems.map((problem, index) => (
            <li key={index} data-reason={problem.reason}>
              {describeProblem(problem)}
            </li>
          ))}
        </ul>
      )}
      {verification?.cropReproduced && <p class="verdict-intact">{t('detail.cropReproduced')}</p>}
    </article>
  );
}
