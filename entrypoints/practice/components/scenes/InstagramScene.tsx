import type { ComponentChildren } from 'preact';
import { postedAt, relativeLabel } from '../../../../lib/practice/scene-time';
import type { ScenePost } from '../../../../lib/practice/scenario-schema';
import { Placeholder, avatarPicture } from './Placeholder';
import type { SceneProps } from './scene-props';

/**
 * An Instagram post, its caption and comments, shaped as Instagram's extractor finds entries
 * (see lib/sites/extractors/instagram.ts): one time, an avatar, and a caption or a comment link.
 */
export function InstagramScene({ scene, locale, openedAt }: SceneProps) {
  const [caption, ...comments] = scene.posts as [ScenePost, ...ScenePost[]];
  const path = new URL(scene.address).pathname;
  const entry = (post: ScenePost, link: string, text: ComponentChildren) => (
    <div class="instagram-entry">
      <a href={`/${post.handle}/`} class="instagram-avatar" tabindex={-1}>
        <img src={avatarPicture(post.name)} alt={post.handle} />
      </a>
      <div>
        <a href={`/${post.handle}/`} class="instagram-name">
          <span dir="auto">{post.handle}</span>
        </a>{' '}
        {text}{' '}
        <a href={link} class="instagram-time">
          <time datetime={postedAt(post, openedAt).toISOString()}>
            {relativeLabel(post.minutesAgo, locale)}
          </time>
        </a>
      </div>
    </div>
  );
  return (
    <article class="instagram-post">
      <Placeholder text={scene.placeholder[locale]} tall />
      <div class="instagram-caption" tabindex={0}>
        {entry(
          caption,
          path,
          <h1 dir="auto" lang={locale} class="instagram-text">
            {caption.text[locale]}
          </h1>,
        )}
      </div>
      <div class="instagram-comments">
        {comments.map((comment) => (
          <div key={comment.id} class="instagram-comment" tabindex={0}>
            {entry(
              comment,
              `${path}c/${comment.id}/`,
              <span dir="auto" lang={locale}>
                {comment.text[locale]}
              </span>,
            )}
          </div>
        ))}
      </div>
    </article>
  );
}
