import type { ComponentChildren } from 'preact';
import { FactList, type Fact } from './FactList';
import { formatDateTime, type Locale, type Translate } from '../lib/i18n/translate';
import type { PostDetails } from '../lib/sites/post-details';
import { visibleText } from '../lib/evidence/visible-text';

const FIELD_LABELS = {
  postId: 'post.postId',
  permalink: 'post.permalink',
  authorName: 'post.author',
  authorHandle: 'post.author',
  authorUrl: 'post.author',
  text: 'post.text',
  published: 'post.published',
} as const;

/** What the platform showed about the post, with links to it, its author and its parent. */
export function PostFacts({
  post,
  platformLabel,
  parentCaptureId,
  t,
  locale,
  onOpenCapture,
}: {
  post: PostDetails;
  platformLabel: string;
  parentCaptureId?: string;
  t: Translate;
  locale: Locale;
  onOpenCapture: (id: string) => void;
}) {
  const author = visibleText(
    [...new Set([post.authorName, post.authorHandle].filter(Boolean))].join(' · '),
  );
  const rows: Fact[] = [
    [t('post.platform'), platformLabel],
    [t('post.kind'), t(`post.kind.${post.kind}`)],
    [
      t('post.author'),
      post.authorUrl ? <Link href={post.authorUrl}>{author || post.authorUrl}</Link> : author,
    ],
    [t('post.authorId'), post.authorId],
    [t('post.permalink'), post.permalink && <Link href={post.permalink}>{post.permalink}</Link>],
    [t('post.postId'), post.postId],
    [t('post.published'), publishedText(post.published, t, locale)],
    [
      t('post.text'),
      post.text && <blockquote class="post-text">{visibleText(post.text)}</blockquote>,
    ],
    [
      t('post.media'),
      post.mediaUrls.length > 0 && (
        <ul>
          {post.mediaUrls.map((url) => (
            <li key={url}>
              <Link href={url}>{url.length > 80 ? `${url.slice(0, 80)}…` : url}</Link>
            </li>
          ))}
        </ul>
      ),
    ],
    [
      t('post.parent'),
      (post.parentPermalink || post.parentId) && (
        <>
          {post.parentPermalink ? (
            <Link href={post.parentPermalink}>{post.parentPermalink}</Link>
          ) : (
            post.parentId
          )}
          {parentCaptureId && (
            <button type="button" onClick={() => onOpenCapture(parentCaptureId)}>
              {t('post.openParent')}
            </button>
          )}
        </>
      ),
    ],
    [t('post.channel'), post.channel],
    [t('post.surrounding'), post.surroundingAuthors?.join(', ')],
    [t('post.readBy'), post.extractor === 'web' ? t('post.readByGeneric') : platformLabel],
  ];
  const missing = [
    ...new Set(
      post.missing.map((field) =>
        t(FIELD_LABELS[field as keyof typeof FIELD_LABELS] ?? 'post.title'),
      ),
    ),
  ];
  return (
    <section aria-labelledby="post-title" class="stack" style={{ padding: 0 }}>
      <h2 id="post-title">{t('post.title')}</h2>
      <FactList facts={rows} section="post" />
      {missing.length > 0 && (
        <p class="muted">{t('post.missing', { fields: missing.join(', ') })}</p>
      )}
    </section>
  );
}

function Link({ href, children }: { href: string; children: ComponentChildren }) {
  return /^https?:/.test(href) ? (
    <a href={href} target="_blank" rel="noreferrer noopener">
      {children}
    </a>
  ) : (
    <span>{children}</span>
  );
}

function publishedText(published: PostDetails['published'], t: Translate, locale: Locale): string {
  if (published.kind === 'absolute') {
    const at = `${formatDateTime(published.at, locale)} (${published.at})`;
    return published.label ? `${at}, ${t('post.shown', { label: published.label })}` : at;
  }
  if (published.kind === 'range') {
    return t('post.publishedBetween', {
      earliest: formatDateTime(published.earliest, locale),
      latest: formatDateTime(published.latest, locale),
      label: published.label,
    });
  }
  return published.label
    ? `${t('post.publishedUnknown')}, ${t('post.shown', { label: published.label })}`
    : t('post.publishedUnknown');
}
