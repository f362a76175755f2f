import { clockLabel, postedAt } from '../../../../lib/practice/scene-time';
import type { ScenePost } from '../../../../lib/practice/scenario-schema';
import { avatarPicture } from './Placeholder';
import type { SceneProps } from './scene-props';

/**
 * A Discord conversation, in a server's channel or in private messages, in the markup
 * Discord's extractor reads (see lib/sites/extractors/discord.ts). A message following one by
 * the same author has no header of its own and is named by the first of its group, as on
 * Discord.
 */
export function DiscordScene({ scene, locale, openedAt }: SceneProps) {
  const [, , place, channel] = new URL(scene.address).pathname.split('/');
  const direct = place === '@me';
  const heading = scene.heading?.[locale] ?? '';
  const first = scene.posts[0]!;
  let groupStart = first;
  return (
    <div class="discord-chat">
      {/* The channel's name is the heading Discord's extractor reads; a person's is not. */}
      <section class="title_practice discord-title">
        {direct ? <p class="discord-person">{heading}</p> : <h1># {heading}</h1>}
      </section>
      <div data-list-id="chat-messages" class="discord-messages">
        {direct ? (
          <div class="discord-intro">
            <h3>{first.name}</h3>
            <div class="userName_practice">{first.handle}</div>
          </div>
        ) : null}
        <ol class="discord-list">
          {scene.posts.map((message, index) => {
            const grouped = scene.posts[index - 1]?.handle === message.handle;
            if (!grouped) groupStart = message;
            return (
              <Message
                key={message.id}
                message={message}
                headerId={groupStart.id}
                channel={channel!}
                grouped={grouped}
                locale={locale}
                openedAt={openedAt}
              />
            );
          })}
        </ol>
      </div>
    </div>
  );
}

function Message({
  message,
  headerId,
  channel,
  grouped,
  locale,
  openedAt,
}: {
  message: ScenePost;
  headerId: string;
  channel: string;
  grouped: boolean;
  locale: SceneProps['locale'];
  openedAt: number;
}) {
  const at = postedAt(message, openedAt);
  const time = (
    <time id={`message-timestamp-${message.id}`} datetime={at.toISOString()}>
      {clockLabel(at)}
    </time>
  );
  return (
    <li id={`chat-messages-${channel}-${message.id}`} class="discord-message" tabindex={0}>
      <div
        role="article"
        aria-labelledby={`message-username-${headerId} message-content-${message.id}`}
        class={grouped ? 'discord-follow-up' : undefined}
      >
        {grouped ? (
          <span class="discord-aside">{time}</span>
        ) : (
          <>
            <img src={avatarPicture(message.name)} alt="" class="avatar_practice discord-avatar" />
            <div class="discord-header">
              <span id={`message-username-${message.id}`}>
                <span class="username_practice">{message.name}</span>
              </span>{' '}
              {time}
            </div>
          </>
        )}
        <div id={`message-content-${message.id}`} lang={locale}>
          {message.text[locale]}
        </div>
      </div>
    </li>
  );
}
