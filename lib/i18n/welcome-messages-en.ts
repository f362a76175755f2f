import type { TranslationOf } from './catalogue';
import type { welcomeMessagesFr } from './welcome-messages-fr';

/** The welcome page, the shortcuts and the way to the settings, in English. */
export const welcomeMessagesEn: TranslationOf<typeof welcomeMessagesFr> = {
  'welcome.title': 'Welcome to Témoin',
  'welcome.intro':
    'Témoin keeps evidence of the abusive posts you see online. Right-click a post and choose "Capture as evidence": its address, the time, a screenshot of the page and of the post, the author and the text are stored with their SHA-256 fingerprints, so anyone can check later that nothing changed.',
  'welcome.doesTitle': 'What Témoin does',
  'welcome.does1': 'It stores your captures on this computer, in the browser.',
  'welcome.does2':
    'It helps you report: it finds the right service (PHAROS, the platform, a complaint…) and fills in the official form for you to check.',
  'welcome.does3':
    'It exports your evidence as a verifiable archive, with a PDF report for a complaint.',
  'welcome.doesNotTitle': 'What it does not do',
  'welcome.doesNot1':
    'Nothing leaves your computer: no account, no server, no statistics. Only the forms you open and the files you export go out.',
  'welcome.doesNot2':
    'It never sends a report for you: you read the form through and send it yourself.',
  'welcome.doesNot3':
    'It keeps no images of child sexual abuse: as soon as a capture is filed as such, it deletes its images, as the law requires, and keeps only the address, the text and the fingerprints.',
  'welcome.practice': 'Practise on the example page',
  'welcome.practiceHelp': 'Fictional posts, to try it out safely.',
  'welcome.settings': 'Open the settings',
  'welcome.settingsHelp': 'The language, what Témoin records, your identity for forms (optional).',
  'shortcuts.title': 'Keyboard shortcuts',
  'shortcuts.capture-tab': 'Capture the tab',
  'shortcuts.open-popup': 'Open Témoin’s window',
  'shortcuts.open-library': 'Open the library',
  'shortcuts.none': 'no shortcut chosen',
  'shortcuts.change.chrome': 'To change them: chrome://extensions/shortcuts.',
  'shortcuts.change.firefox':
    'To change them: about:addons, then the gear, "Manage Extension Shortcuts".',
  'settings.open': 'Settings',
};
