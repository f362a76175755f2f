import type { TranslationOf } from './catalogue';
import type { practiceMessagesFr } from './practice-messages-fr';

export const practiceMessagesEn: TranslationOf<typeof practiceMessagesFr> = {
  'practice.mark': 'EXERCICE',
  'practice.page': 'the practice page',
  'practice.savedTitle': 'Practice capture saved',
  'practice.savedDetail':
    '{name}. {captured}. Kept apart from your evidence: it never goes to the library or an export.',
  'practice.title': 'Practice space',
  'practice.pageTitle': 'Témoin · Practice space',
  'practice.skip': 'Skip to the situation',
  'practice.intro':
    'Everything here is fictional: people, accounts and messages were invented to learn how to keep evidence and report, safely. Nothing is sent, and practice captures never mix with your real evidence.',
  'practice.tools': 'Session tools',
  'practice.guided': 'Guided mode',
  'practice.quiz': 'Quiz: where to report?',
  'practice.teacherSheet': 'Teacher’s sheet (PDF)',
  'practice.pupilSheet': 'Pupil’s worksheet (PDF)',
  'practice.teacherFile': 'temoin-teacher-sheet.pdf',
  'practice.pupilFile': 'temoin-pupil-worksheet.pdf',
  'practice.projector': 'Projector mode',
  'practice.situations': 'Situations',
  'practice.howToCapture':
    'Right-click the post, then “Capture as evidence”. With the keyboard: Tab to the post, then the Menu key (or Shift+F10).',
  'practice.exercises': 'My practice captures',
  'practice.keptApart':
    'Kept apart from your evidence: they never appear in the library, its statistics, an export or the icon’s count.',
  'practice.noExercises': 'No practice capture yet.',
  'practice.capturedAt': 'Captured on {time}',
  'practice.clear': 'Clear the exercises',
  'practice.cleared': {
    one: '{count} practice capture cleared.',
    other: '{count} practice captures cleared.',
  },
  'practice.markedPost': 'The captured post, marked EXERCICE',
  'practice.markedPage': 'The captured page, marked EXERCICE',
  'practice.classifyTitle': 'What is it?',
  'practice.childAbuseNote':
    'In a real case, Témoin first deletes the captures’ images: the law forbids keeping them, even to report them. This exercise shows none.',
  'practice.routeTitle': 'Where to report, and why',
  'practice.sameAsScenario': 'That is the answer for this situation.',
  'practice.notAsScenario':
    'For this situation, Témoin recommends: {channels}. Read the situation again for: {answers}.',
  'practice.formTitle': 'The training form',
  'practice.formHelp':
    'A copy of the PHAROS form that cannot send anything: Témoin fills it as it fills the real one, you read it over.',
  'practice.formNotPharos':
    'PHAROS is not the right service here, but you can see how Témoin fills its form.',
  'practice.openForm': 'Fill in the training form',
  'practice.exportTitle': 'For a complaint',
  'practice.exportHelp':
    'The PDF report Témoin prepares for a complaint, marked EXERCICE on every page.',
  'practice.export': 'Export the practice report (PDF)',
  'practice.exporting': 'Making the report…',
  'practice.exportFailed': 'The report could not be made: {message}. Nothing was lost.',
  'practice.reportCase': 'Exercise: none of this is evidence',
  'practice.emergency':
    'If someone is in immediate danger, call 17 or 112 (text 114). A child in danger: 119. Young victims of harassment: 3018.',
  'practice.guidedProgress': 'Guided mode · step {step} of {count}',
  'practice.step.capture':
    'In the situation, right-click the post in question, then “Capture as evidence”.',
  'practice.step.verify': 'Open your practice capture, then press « Vérifier ».',
  'practice.step.classify': 'Answer “What is it?” from the situation.',
  'practice.step.route':
    'Answer the other questions, then “Show where to report”: public or private, victim or witness change everything.',
  'practice.step.form': 'Press “Fill in the training form”, read it over, then « Envoyer ».',
  'practice.step.export': 'Export the practice report: that is what goes with a complaint.',
  'practice.law': 'Law: {reference}. {summary}',
  'practice.lawOfCategory': 'Law: that of the chosen category.',
  'practice.stepDone': '✓ Done.',
  'practice.stepToDo': 'To do.',
  'practice.previous': 'Previous step',
  'practice.goTo': 'Go to this part',
  'practice.next': 'Next step',
  'practice.finish': 'Finish',
  'practice.leaveGuided': 'Leave guided mode',
  'practice.popupCount': {
    one: '{count} practice capture',
    other: '{count} practice captures',
  },
  'practice.popupApart': 'Kept apart: never in your evidence, your exports or the count.',
  'practice.popupOpen': 'See the exercises',
};
