import { postedAt, relativeLabel } from '../../../../lib/practice/scene-time';
import { avatarPicture } from './Placeholder';
import type { SceneProps } from './scene-props';

/** Posts in X's style, in the markup X's extractor reads (see lib/sites/extractors/x.ts). */
export function XScene({ scene, locale, openedAt }: SceneProps) {
  return (
    <div class="x-timeline">
      {scene.posts.map((post) => (
        <article key={post.id} data-testid="tweet" tabindex={0} class="x-post" data-post={post.id}>
          <div data-testid={`UserAvatar-Container-${post.handle}`} class="x-avatar">
            <img src={avatarPicture(post.name)} alt="" />
          </div>
          <div class="x-body">
            <div data-testid="User-Name" class="x-names">
              <a href={`/${post.handle}`} class="x-name">
                {post.name}
              </a>
              <a href={`/${post.handle}`} tabindex={-1} class="x-handle">
                @{post.handle}
              </a>
              <a href={`/${post.handle}/status/${post.id}`} class="x-time">
                <time datetime={postedAt(post, openedAt).toISOString()}>
                  {relativeLabel(post.minutesAgo, locale)}
                </time>
              </a>
            </div>
            <div data-testid="tweetText" lang={locale} class="x-text">
              {post.text[locale]}
            </div>
          </div>
        </article>
      ))}
    </div>
  );
}
