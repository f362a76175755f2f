import type { TranslationOf } from './catalogue';
import type { confirmationMessagesFr } from './confirmation-messages-fr';

export const confirmationMessagesEn: TranslationOf<typeof confirmationMessagesFr> = {
  'toast.view': 'View',
  'offer.recognized':
    'This page looks like {platform}. On {site}, Témoin cannot tell yet which post you mean.',
  'offer.preview': 'Enabled, it would have recorded: {post}.',
  'offer.fields':
    'Enabled, it would record the author, text and time of the post you mean, and crop it.',
  'offer.enable': 'Enable on {site}…',
  'enableSite.title': 'Enable Témoin on {site}',
  'enableSite.explain':
    'Your browser will ask you to allow Témoin to read {site}. Témoin uses it to remember the element you right-click and, when you capture, to record the post’s author, text, time and address, and crop it. Nothing leaves your computer.',
  'enableSite.allow': 'Allow {site}…',
  'enableSite.cancel': 'Not now',
  'enableSite.granted':
    'Enabled on {site}. Your next captures there will have the post’s details and its crop.',
  'enableSite.refused': 'Not enabled. You can do it later with Témoin’s toolbar button.',
  'enableSite.close': 'Close',
  'enableSite.none': 'No site to enable.',
};
