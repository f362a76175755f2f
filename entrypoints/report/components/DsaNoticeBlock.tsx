import { useState } from 'preact/hooks';
import type { Translate } from '../../../lib/i18n/translate';
import { ChoiceGroup } from './ChoiceGroup';
import { CopyTextBlock } from './CopyTextBlock';
import type { CopyText, NoticeView } from './view-types';

/** The notice to the platform under Article 16 of the DSA, to copy or send by e-mail. */
export function DsaNoticeBlock({
  notices,
  initialLanguage,
  t,
  copy,
}: {
  notices: Record<'fr' | 'en', NoticeView>;
  initialLanguage: 'fr' | 'en';
  t: Translate;
  copy: CopyText;
}) {
  const [language, setLanguage] = useState(initialLanguage);
  const notice = notices[language];
  return (
    <div class="dsa-notice">
      <h4>{t('report.dsaTitle')}</h4>
      <p class="muted">{t('report.dsaHelp')}</p>
      <div class="row wrap">
        {notice.reportPageUrl ? (
          <a class="button" href={notice.reportPageUrl} target="_blank" rel="noopener noreferrer">
            {t('report.dsaReportPage', { site: notice.site })}
          </a>
        ) : (
          <p class="muted">{t('report.dsaNoPage')}</p>
        )}
        <a class="button" href={notice.mailto}>
          {t('report.dsaEmail')}
        </a>
      </div>
      <ChoiceGroup
        name="notice-language"
        legend={t('report.dsaLanguage')}
        value={language}
        onChange={setLanguage}
        choices={[
          { value: 'fr', label: 'Français' },
          { value: 'en', label: 'English' },
        ]}
      />
      <CopyTextBlock
        id="dsa-notice-text"
        label={notice.subject}
        text={notice.body}
        t={t}
        copy={copy}
      />
    </div>
  );
}
