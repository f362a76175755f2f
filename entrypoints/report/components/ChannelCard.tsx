import type { ComponentChildren } from 'preact';
import type { Translate } from '../../../lib/i18n/translate';
import { CopyTextBlock } from './CopyTextBlock';
import { MarkReported } from './MarkReported';
import type { ChannelView, CopyText } from './view-types';

/** One recommended channel: why it applies, what it takes, and how to reach it now. */
export function ChannelCard({
  channel,
  t,
  copy,
  onMark,
  children,
}: {
  channel: ChannelView;
  t: Translate;
  copy: CopyText;
  onMark: (note: string) => Promise<void>;
  /** The channel's own action: filling PHAROS, or the DSA notice. */
  children?: ComponentChildren;
}) {
  const headingId = `channel-${channel.id}`;
  return (
    <article
      class={`channel priority-${channel.priority}`}
      aria-labelledby={headingId}
      data-channel={channel.id}
    >
      <p class="priority">{t(`report.priority.${channel.priority}`)}</p>
      <h3 id={headingId}>{channel.name}</h3>
      <p class="reason">{channel.reason}</p>
      <dl class="facts">
        <dt>{t('report.accepts')}</dt>
        <dd>{channel.accepts}</dd>
        <dt>{t('report.needs')}</dt>
        <dd>{channel.needs}</dd>
        <dt>{t('report.hours')}</dt>
        <dd>{channel.hours}</dd>
        <dt>{t('report.anonymity')}</dt>
        <dd>{channel.anonymity}</dd>
      </dl>
      <div class="row wrap">
        {channel.phones.map((number) => (
          <a class="button" href={`tel:${number}`} key={number}>
            {t('report.call', { number })}
          </a>
        ))}
        {channel.url && channel.action !== 'fill-form' && (
          <a class="button" href={channel.url} target="_blank" rel="noopener noreferrer">
            {t('report.openSite', { site: channel.name })}
          </a>
        )}
      </div>
      {children}
      {channel.readyText && (
        <CopyTextBlock
          id={`text-${channel.id}`}
          label={t('report.readyText')}
          text={channel.readyText}
          t={t}
          copy={copy}
        />
      )}
      {channel.priority !== 'emergency' && (
        <MarkReported
          channelId={channel.id}
          channelName={channel.name}
          {...(channel.reportedOn ? { reportedOn: channel.reportedOn } : {})}
          t={t}
          onMark={onMark}
        />
      )}
    </article>
  );
}
