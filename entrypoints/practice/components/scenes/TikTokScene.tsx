import { relativeLabel, tiktokVideoId } from '../../../../lib/practice/scene-time';
import type { ScenePost } from '../../../../lib/practice/scenario-schema';
import { Placeholder } from './Placeholder';
import type { SceneProps } from './scene-props';

/**
 * A TikTok video page, its description and comments, in the markup TikTok's extractor reads
 * (see lib/sites/extractors/tiktok.ts). The video is a plain box.
 */
export function TikTokScene({ scene, locale, openedAt }: SceneProps) {
  const [video, ...comments] = scene.posts as [ScenePost, ...ScenePost[]];
  return (
    <div class="tiktok-page">
      <div id={`xgwrapper-0-${tiktokVideoId(video, openedAt)}`} class="tiktok-player">
        <Placeholder text={scene.placeholder[locale]} tall />
      </div>
      <div class="DivDescriptionContentWrapper tiktok-details" tabindex={0}>
        <a href={`/@${video.handle}`} class="tiktok-author">
          <span data-e2e="browse-username">{video.handle}</span>{' '}
          <span data-e2e="browser-nickname">
            <span>{video.name}</span>
            <span> · </span>
            <span>{relativeLabel(video.minutesAgo, locale)}</span>
          </span>
        </a>
        <p data-e2e="browse-video-desc" lang={locale}>
          {video.text[locale]}
        </p>
      </div>
      <div class="tiktok-comments">
        {comments.map((comment) => (
          <div key={comment.id} class="DivCommentItemWrapper tiktok-comment" tabindex={0}>
            <div data-e2e="comment-username-1">
              <a href={`/@${comment.handle}`}>{comment.name}</a>
            </div>
            <span data-e2e="comment-level-1" lang={locale}>
              {comment.text[locale]}
            </span>
            <div class="DivCommentSubContentWrapper">
              <span data-e2e="comment-time-1">{relativeLabel(comment.minutesAgo, locale)}</span>
            </div>
          </div>
        ))}
      </div>
    </div>
  );
}
