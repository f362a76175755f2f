import type { TranslationOf } from './catalogue';
import type { practiceToolsMessagesFr } from './practice-tools-messages-fr';

export const practiceToolsMessagesEn: TranslationOf<typeof practiceToolsMessagesFr> = {
  'training.title': 'Training form — nothing is sent',
  'training.intro':
    'A training copy of the PHAROS form. Témoin fills it exactly as it fills the real one, with the same panel; read every field over. This page cannot send anything: « Envoyer » only shows what a real report would have held.',
  'training.noCapture':
    'No practice capture was chosen: fill the form in by hand, or open it from a capture in the practice space to see Témoin fill it.',
  'training.back': 'Back to the practice space',
  'training.nothingSent': 'Nothing was sent.',
  'training.wouldHave': 'This is what a real report would have held:',
  'training.empty': 'empty',
  'training.missing': {
    one: '{count} required field is empty: the real form would ask for it.',
    other: '{count} required fields are empty: the real form would ask for them.',
  },
  'training.checkTitle': 'What to check before sending a real report',
  'training.check.address': 'The address is the post’s own, not the feed’s or the home page’s.',
  'training.check.dates': 'The date and time it was posted, and when you saw it.',
  'training.check.facts':
    'The description says what you saw, without adding anything: a false report is punished (French Criminal Code, art. 226-10).',
  'training.check.identity': 'Your contact details are optional: you may stay anonymous.',
  'training.check.person':
    'The security code and « Je certifie… » are yours: Témoin never touches them, and you are the one who sends.',
  'training.check.emergency':
    'PHAROS is not an emergency service: if someone is in danger, call 17 or 112.',
  'training.backToForm': 'Back to the form',
  'quiz.title': 'Quiz: where to report?',
  'quiz.pageTitle': 'Témoin · Routing quiz',
  'quiz.intro':
    'For each situation, tick the services to report to. The marking is Témoin’s own, with its reasons. Nothing is kept after the session.',
  'quiz.progress': 'Situation {index} of {count}',
  'quiz.channels': 'Where to report?',
  'quiz.check': 'Check my answer',
  'quiz.next': 'Next situation',
  'quiz.finish': 'See my score',
  'quiz.right': 'Right.',
  'quiz.notQuite': 'Not quite.',
  'quiz.verdict.right': 'Well spotted',
  'quiz.verdict.missed': 'Missed',
  'quiz.verdict.extra': 'Not here',
  'quiz.extraWhy': 'Témoin does not recommend it for this situation.',
  'quiz.score': {
    one: 'Score: {count} situation routed right out of {total}.',
    other: 'Score: {count} situations routed right out of {total}.',
  },
  'quiz.again': 'Start again',
  'quiz.back': 'Back to the practice space',
};
