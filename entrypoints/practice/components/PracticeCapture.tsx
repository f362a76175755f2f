import type { ComponentChildren } from 'preact';
import { HashTable } from '../../../components/HashTable';
import { FactList } from '../../../components/FactList';
import type { CaptureRecord } from '../../../lib/evidence/database';
import type { FileRole } from '../../../lib/evidence/capture-metadata';
import type { Verification } from '../../../lib/verification/verify-capture';
import { formatDateTime, type Locale, type Translate } from '../../../lib/i18n/translate';
import { platformLabel } from '../../../lib/sites/platform-names';

/**
 * An open practice capture: its pictures with the practice mark, what was read from the post,
 * its fingerprints and « Vérifier », the same check as for real evidence.
 */
export function PracticeCapture({
  capture,
  name,
  pictures,
  derivedFiles,
  verification,
  verifying,
  t,
  locale,
  onVerify,
  children,
}: {
  capture: CaptureRecord;
  name: string;
  pictures: { post?: string; page?: string };
  derivedFiles: Array<{ role: FileRole; sha256: string }>;
  verification: Verification | null;
  verifying: boolean;
  t: Translate;
  locale: Locale;
  onVerify: () => void;
  children?: ComponentChildren;
}) {
  const { metadata } = capture;
  return (
    <article class="practice-capture" aria-labelledby="practice-capture-title">
      <h3 id="practice-capture-title">
        <span class="exercise-mark small">{t('practice.mark')}</span> {name}
      </h3>
      <p class="muted">
        {t('practice.capturedAt', { time: formatDateTime(metadata.time.capturedAt, locale) })}
      </p>
      {(pictures.post ?? pictures.page) ? (
        <img
          class="picture"
          src={pictures.post ?? pictures.page}
          alt={t(pictures.post ? 'practice.markedPost' : 'practice.markedPage')}
          data-marked-picture
        />
      ) : null}
      {pictures.post && pictures.page ? (
        <details>
          <summary>{t('detail.screenshot')}</summary>
          <img class="picture" src={pictures.page} alt={t('practice.markedPage')} />
        </details>
      ) : null}
      {metadata.post ? (
        // Plain words, no links: the fictional posts' addresses lead nowhere worth opening.
        <FactList
          section="post"
          facts={[
            [t('post.platform'), platformLabel(metadata.post.platform)],
            [t('post.kind'), t(`post.kind.${metadata.post.kind}`)],
            [
              t('post.author'),
              [metadata.post.authorName, metadata.post.authorHandle].filter(Boolean).join(' · '),
            ],
            [t('post.permalink'), metadata.post.permalink],
            [
              t('post.text'),
              metadata.post.text && <blockquote class="post-text">{metadata.post.text}</blockquote>,
            ],
            [
              t('post.readBy'),
              metadata.post.extractor === 'web'
                ? t('post.readByGeneric')
                : platformLabel(metadata.post.extractor),
            ],
          ]}
        />
      ) : null}
      <div class="verify-step" data-guided="verify" tabindex={-1}>
        <h4>{t('detail.hashes')}</h4>
        <HashTable capture={{ ...capture, derivedFiles }} verification={verification} t={t} />
        <div class="row wrap">
          <button type="button" class="primary" onClick={onVerify} disabled={verifying}>
            {verifying ? t('detail.verifying') : t('detail.verify')}
          </button>
          <p role="status" aria-live="polite">
            {verification ? (
              verification.intact ? (
                <span class="verdict-intact">{t('detail.intact')}</span>
              ) : (
                <span class="verdict-tampered">
                  {t('detail.tampered', {
                    count: verification.checks.filter((check) => !check.matches).length,
                  })}
                </span>
              )
            ) : null}
          </p>
        </div>
      </div>
      {children}
    </article>
  );
}
