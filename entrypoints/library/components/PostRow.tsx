import type { Rectangle } from '../../../lib/messaging/page-schemas';
import type { Translate } from '../../../lib/i18n/translate';
import type { CaptureSummary } from '../../../lib/library/capture-summary';

/** A screen of a thread, as an object URL with its size in pixels. */
export interface ScreenPicture {
  url: string;
  width: number;
  height: number;
}

/**
 * One post of an opened thread: its crop (cut from its screen by its recorded area, never a
 * second picture), author, time, text, its permalink, and everything its author wrote.
 */
export function PostRow(props: {
  post: CaptureSummary;
  screen: ScreenPicture | undefined;
  tabbable: boolean;
  t: Translate;
  onAuthor: (() => void) | undefined;
}) {
  const { post, t } = props;
  const tabIndex = props.tabbable ? 0 : -1;
  return (
    <div class="capture-row post-row" data-post-id={post.id}>
      <PostCrop screen={props.screen} area={post.crop?.area} t={t} />
      <span class="post-body">
        <span class="capture-name">
          {post.author || t('library.post.unknownAuthor')}
          {post.postedAt && <span class="muted"> · {post.postedAt}</span>}
        </span>
        <span class="post-text">{post.text}</span>
      </span>
      {post.address.startsWith('http') && (
        <a href={post.address} target="_blank" rel="noreferrer" tabIndex={tabIndex}>
          {t('library.post.permalink')}
        </a>
      )}
      {props.onAuthor && (
        <button type="button" tabIndex={tabIndex} onClick={props.onAuthor}>
          {t('library.author.everything')}
        </button>
      )}
    </div>
  );
}

/** The part of the screen inside `area`, drawn by an SVG view box: the screen stays whole. */
function PostCrop(props: { screen: ScreenPicture | undefined; area?: Rectangle; t: Translate }) {
  const { screen, area, t } = props;
  if (!screen || !area) return <span class="no-thumbnail" title={t('library.post.noCrop')} />;
  return (
    <svg
      class="post-crop"
      role="img"
      aria-label={t('library.post.crop')}
      viewBox={`${area.x} ${area.y} ${area.width} ${area.height}`}
      preserveAspectRatio="xMidYMin meet"
    >
      <image href={screen.url} width={screen.width} height={screen.height} />
    </svg>
  );
}
