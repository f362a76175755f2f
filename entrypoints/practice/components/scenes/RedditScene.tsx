import { postedAt, relativeLabel } from '../../../../lib/practice/scene-time';
import type { ScenePost } from '../../../../lib/practice/scenario-schema';
import { Custom } from './Custom';
import type { SceneProps } from './scene-props';

/**
 * A Reddit post and its comments in the "shreddit" markup Reddit's extractor reads (see
 * lib/sites/extractors/reddit.ts): the first post of the scene is the post, the others comment.
 */
export function RedditScene({ scene, locale, openedAt }: SceneProps) {
  const [post, ...comments] = scene.posts as [ScenePost, ...ScenePost[]];
  const path = new URL(scene.address).pathname;
  const title = scene.heading?.[locale] ?? '';
  const time = (item: ScenePost) => (
    <time datetime={postedAt(item, openedAt).toISOString()}>
      {relativeLabel(item.minutesAgo, locale)}
    </time>
  );
  return (
    <div class="reddit-thread">
      <p class="reddit-community">r/{path.split('/')[2]}</p>
      <Custom
        tag="shreddit-post"
        id={`t3_${post.id}`}
        author={post.handle}
        permalink={path}
        post-title={title}
        created-timestamp={postedAt(post, openedAt).toISOString()}
        class="reddit-post"
        tabindex={0}
      >
        <span class="reddit-author">u/{post.handle}</span> ·{' '}
        <Custom tag="faceplate-timeago">{time(post)}</Custom>
        <h2 slot="title" class="reddit-title">
          {title}
        </h2>
        <div slot="text-body" lang={locale}>
          {post.text[locale]}
        </div>
      </Custom>
      {comments.map((comment) => (
        <Custom
          tag="shreddit-comment"
          key={comment.id}
          thingid={`t1_${comment.id}`}
          author={comment.handle}
          postid={`t3_${post.id}`}
          permalink={`${path}comment/${comment.id}/`}
          created={postedAt(comment, openedAt).toISOString()}
          class="reddit-comment"
          tabindex={0}
        >
          <div slot="commentMeta" class="reddit-meta">
            <Custom tag="faceplate-tracker" noun="comment_author">
              <a href={`/user/${comment.handle}/`}>u/{comment.handle}</a>
            </Custom>{' '}
            · {time(comment)}
          </div>
          <div slot="comment" lang={locale}>
            {comment.text[locale]}
          </div>
        </Custom>
      ))}
    </div>
  );
}
