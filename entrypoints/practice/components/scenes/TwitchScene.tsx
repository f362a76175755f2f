import { clockLabel, postedAt } from '../../../../lib/practice/scene-time';
import { Placeholder } from './Placeholder';
import type { SceneProps } from './scene-props';

/**
 * A live stream's chat in Twitch's markup, as Twitch's extractor reads it (see
 * lib/sites/extractors/twitch.ts): each line, with its author, is one post.
 */
export function TwitchScene({ scene, locale, openedAt }: SceneProps) {
  const channel = new URL(scene.address).pathname.slice(1);
  return (
    <div class="twitch-channel">
      <div class="twitch-stream">
        <Placeholder text={scene.placeholder[locale]} tall />
        <p class="twitch-title">
          <strong>{channel}</strong> · {scene.heading?.[locale]}
        </p>
      </div>
      <section class="twitch-chat" aria-label={locale === 'fr' ? 'Chat du stream' : 'Stream chat'}>
        <div role="log" class="twitch-log">
          {scene.posts.map((line) => (
            <div
              key={line.id}
              class="chat-line__message"
              data-a-target="chat-line-message"
              data-a-user={line.handle}
              tabindex={0}
            >
              <span class="chat-line__timestamp">{clockLabel(postedAt(line, openedAt))}</span>
              <span class="chat-author__display-name" data-a-user={line.handle}>
                {line.name}
              </span>
              <span aria-hidden="true">: </span>
              <span data-a-target="chat-line-message-body" lang={locale}>
                {line.text[locale]}
              </span>
            </div>
          ))}
        </div>
      </section>
    </div>
  );
}
