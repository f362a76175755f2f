import type { TranslationOf } from './catalogue';
import type { reportingMessagesFr } from './reporting-messages-fr';

export const reportingMessagesEn: TranslationOf<typeof reportingMessagesFr> = {
  'evidence.content': 'Content',
  'evidence.on': 'on',
  'evidence.by': 'posted by',
  'evidence.address': 'Address',
  'evidence.text': 'Text shown',
  'evidence.published': 'Published on',
  'evidence.publishedAround': 'Published between {earliest} and {latest} (shown “{label}”)',
  'evidence.instant': '{date} at {time} (local time, UTC{offset}), that is {utc}',
  'evidence.captured': 'Captured on',
  'evidence.hash': 'SHA-256 of the screenshot',
  'evidence.deleted': 'images deleted (child sexual abuse), hashes kept',
  'evidence.several':
    '{count} items reported together, in order, each with its address, author and times:',
  'evidence.closing':
    'Captures kept by the reporter with the Témoin extension; SHA-256 hashes can be checked.',
  'notice.subject': 'Notice of illegal content (Regulation (EU) 2022/2065, Article 16)',
  'notice.intro': {
    one: 'Under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act), I notify you of the illegal content described below. This notice covers {count} item.',
    other:
      'Under Article 16 of Regulation (EU) 2022/2065 (Digital Services Act), I notify you of the illegal content described below. This notice covers {count} items.',
  },
  'notice.a': 'a) Why this content is illegal',
  'notice.b': 'b) Exact location of the content',
  'notice.c': 'c) Notifier',
  'notice.childAbuseException':
    'Not given: the notice concerns a child sexual abuse offence (Article 16(2)(c)).',
  'notice.placeholderName': '[Your name]',
  'notice.placeholderEmail': '[Your e-mail address]',
  'notice.d': 'd) Statement',
  'notice.statement':
    'I confirm my bona fide belief that the information and allegations contained in this notice are accurate and complete.',
  'notice.laws': 'Relevant law',
  'deadline.three-months':
    'Insult and defamation must be acted on within three months (one year when discriminatory)',
  'deadline.one-year': 'Discriminatory speech must be acted on within one year',
  'deadline.passed':
    '{term} (Press Law of 29 July 1881). This time seems to have run out on {date}: talk to a lawyer or a victim support association before giving up.',
  'deadline.left': {
    one: '{term} (Press Law of 29 July 1881): {count} day left, until {date}.',
    other: '{term} (Press Law of 29 July 1881): {count} days left, until {date}.',
  },
  'deadline.leftAtMost': {
    one: '{term} (Press Law of 29 July 1881): at most {count} day left, until {date} (publication date unknown: counted from the capture).',
    other:
      '{term} (Press Law of 29 July 1881): at most {count} days left, until {date} (publication date unknown: counted from the capture).',
  },
  'warning.no-images':
    'The law forbids keeping images of child sexual abuse, even to report them: Témoin keeps and exports none. The address and text are enough for investigators.',
  'warning.false-report':
    'Knowingly reporting something false is punished (French Criminal Code, art. 226-10: up to 5 years in prison and a €45,000 fine). Describe what you saw, without adding to it.',
  'warning.already-reported':
    'Already reported to {channel} on {at}. Reporting the same content several times does not speed it up.',
  'warning.repeat':
    'One report is enough: reporting the same content several times, or having others report it, does not speed it up.',
};
