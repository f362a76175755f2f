import { relativeLabel } from '../../../../lib/practice/scene-time';
import { Placeholder } from './Placeholder';
import { Custom } from './Custom';
import type { SceneProps } from './scene-props';

/**
 * A video and its comments in YouTube's markup, as YouTube's extractor reads it (see
 * lib/sites/extractors/youtube.ts). The video itself is a plain box.
 */
export function YouTubeScene({ scene, locale }: SceneProps) {
  const address = new URL(scene.address);
  const video = address.searchParams.get('v') ?? '';
  return (
    <div class="youtube-watch">
      <Placeholder text={scene.placeholder[locale]} tall />
      <Custom tag="ytd-watch-metadata" class="youtube-metadata">
        <h2 class="youtube-title">{scene.heading?.[locale]}</h2>
      </Custom>
      <Custom tag="ytd-comments" class="youtube-comments">
        {scene.posts.map((comment) => (
          <Custom tag="ytd-comment-thread-renderer" key={comment.id}>
            <Custom
              tag="ytd-comment-view-model"
              id={`comment-${comment.id}`}
              class="youtube-comment"
              tabindex={0}
            >
              <div class="youtube-header">
                <a id="author-text" href={`/@${comment.handle}`}>
                  @{comment.handle}
                </a>{' '}
                <span id="published-time-text">
                  <a href={`/watch?v=${video}&lc=${comment.id}`}>
                    {relativeLabel(comment.minutesAgo, locale)}
                  </a>
                </span>
              </div>
              <Custom tag="yt-attributed-string" id="content-text" lang={locale}>
                {comment.text[locale]}
              </Custom>
            </Custom>
          </Custom>
        ))}
      </Custom>
    </div>
  );
}
