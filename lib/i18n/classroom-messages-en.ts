import type { TranslationOf } from './catalogue';
import type { classroomMessagesFr } from './classroom-messages-fr';

export const classroomMessagesEn: TranslationOf<typeof classroomMessagesFr> = {
  teacherTitle: 'Teacher’s sheet: keeping evidence and reporting',
  pupilTitle: 'Pupil’s worksheet: keeping evidence and reporting',
  subtitle: 'A one-hour session with Témoin’s practice space',
  footer: 'Témoin · {title} · page {page} of {count}',
  aboutTitle: 'What the practice space does',
  aboutText:
    'Everything in it is fictional: people, accounts and messages were invented. Practice captures are kept apart from real evidence, marked « EXERCICE », and cleared in one click. The training form cannot send anything. Nothing is recorded about pupils, no account is needed, everything works offline.',
  planTitle: 'Suggested plan (60 minutes)',
  'plan.1': '5 min · What never to do (see below), the emergency numbers.',
  'plan.2':
    '10 min · Guided mode on the projector (projector mode): the six steps on one situation.',
  'plan.3': '15 min · In pairs: capture a post, check it, say what it is.',
  'plan.4': '15 min · Routing quiz: where to report, and why.',
  'plan.5': '10 min · Training form: read what Témoin filled in, then « Envoyer ».',
  'plan.6': '5 min · Wrap-up; clear the exercises in one click.',
  beforeTitle: 'Before the session',
  beforeText:
    'Install Témoin on the class computer and open the practice space (in Témoin’s window, “Practise on a sample page”). The “Projector mode” button enlarges the text and strengthens contrast for the back of the room. After the session, “Clear the exercises” deletes every practice capture.',
  stepsTitle: 'The six steps',
  stepLaw: 'Law: {law}',
  stepLawCategory:
    'Law: that of the chosen category (for a threat, for example, French Criminal Code, art. 222-17 and 222-18).',
  channelsTitle: 'Where to report',
  emergencyTitle: 'Emergency numbers',
  emergencyText:
    'When someone is in immediate danger, call first: PHAROS is not an emergency service.',
  dontTitle: 'What never to do',
  'dont.share':
    'Never share the content, even to denounce it: that spreads it further. Keep the evidence to yourself and send it to the right service.',
  'dont.answer': 'Never answer the author: no bargaining, no revenge; block them.',
  'dont.childImages':
    'Never keep or forward an image of child sexual abuse: report only its address.',
  'dont.alone': 'Do not stay alone with it: talk to an adult you trust, or call 3018.',
  keyTitle: 'Answer key (worked out by Témoin)',
  keySetting: 'Situation',
  keyChannels: 'Where to report',
  keyWhy: 'Why',
  exercisesTitle: 'Your turn',
  exercisesHelp: 'For each situation, answer on the sheet, then check with Témoin’s quiz.',
  'question.public': 'Public or private?',
  'question.role': 'Are you the person targeted, or a witness?',
  'question.where': 'Where to report?',
  'question.why': 'Why?',
  blank: '______________________________________________',
};
