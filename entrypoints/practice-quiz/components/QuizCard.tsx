import { useEffect, useRef } from 'preact/hooks';
import type { Locale, Translate } from '../../../lib/i18n/translate';
import type { CardResult } from '../../../lib/practice/quiz';
import type { Scenario } from '../../../lib/practice/scenario-schema';
import type { ChannelId } from '../../../lib/reporting/channel-schema';
import { channelById, OFFICIAL_CHANNELS } from '../../../lib/reporting/official-channels';
import { platformLabel } from '../../../lib/sites/platform-names';

/** One situation of the quiz: what happened, the services to tick, then Témoin's marking. */
export function QuizCard({
  scenario,
  index,
  count,
  picked,
  result,
  t,
  locale,
  onPick,
  onCheck,
  onNext,
}: {
  scenario: Scenario;
  index: number;
  count: number;
  picked: ChannelId[];
  result: CardResult | undefined;
  t: Translate;
  locale: Locale;
  onPick: (picked: ChannelId[]) => void;
  onCheck: () => void;
  onNext: () => void;
}) {
  const heading = useRef<HTMLHeadingElement>(null);
  const verdict = useRef<HTMLParagraphElement>(null);
  useEffect(() => heading.current?.focus(), [scenario.id]);
  useEffect(() => void (result && verdict.current?.focus()), [result]);
  const post = scenario.scene.posts.find((candidate) => candidate.target)!;
  return (
    <article class="quiz-card" aria-labelledby="quiz-card-title" data-quiz-card={scenario.id}>
      <p class="muted">{t('quiz.progress', { index: index + 1, count })}</p>
      <h2 id="quiz-card-title" tabindex={-1} ref={heading}>
        {scenario.title[locale]}
      </h2>
      <p>{scenario.setting[locale]}</p>
      <blockquote class="post-text" lang={locale}>
        <strong>
          {platformLabel(scenario.scene.platform)} · {post.name}
        </strong>
        <br />
        {post.text[locale]}
      </blockquote>
      <fieldset class="quiz-channels" disabled={Boolean(result)}>
        <legend>{t('quiz.channels')}</legend>
        {OFFICIAL_CHANNELS.map((channel) => {
          const id = `quiz-${channel.id}`;
          return (
            <div class="choice" key={channel.id}>
              <input
                type="checkbox"
                id={id}
                checked={picked.includes(channel.id)}
                onChange={(event) =>
                  onPick(
                    event.currentTarget.checked
                      ? [...picked, channel.id]
                      : picked.filter((known) => known !== channel.id),
                  )
                }
              />
              <label for={id}>
                <strong>{channel.name}</strong>
                <span class="muted"> · {channel.accepts[locale]}</span>
              </label>
            </div>
          );
        })}
      </fieldset>
      {result ? (
        <div class="quiz-feedback">
          <p
            ref={verdict}
            tabindex={-1}
            class={result.right ? 'verdict-intact' : 'verdict-tampered'}
            data-quiz-verdict={result.right ? 'right' : 'wrong'}
          >
            {result.right ? t('quiz.right') : t('quiz.notQuite')}
          </p>
          <ul>
            {result.feedback.map((item) => (
              <li key={item.channelId} data-feedback={item.verdict} data-channel={item.channelId}>
                <strong>{channelById(item.channelId).name}</strong>{' '}
                <span class={`quiz-verdict ${item.verdict}`}>
                  {t(`quiz.verdict.${item.verdict}`)}
                </span>
                <br />
                {item.reason ? item.reason[locale] : t('quiz.extraWhy')}
              </li>
            ))}
          </ul>
          <button type="button" class="primary" onClick={onNext}>
            {index + 1 === count ? t('quiz.finish') : t('quiz.next')}
          </button>
        </div>
      ) : (
        <button type="button" class="primary" onClick={onCheck}>
          {t('quiz.check')}
        </button>
      )}
    </article>
  );
}
