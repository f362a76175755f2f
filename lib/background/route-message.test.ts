import browser from 'webextension-polyfill';
import { agentChannel, type AgentHandlers } from '../messaging/agent-channel';
import { backgroundChannel, type BackgroundHandlers } from '../messaging/background-channel';
import { formChannel, type FormHandlers } from '../messaging/form-channel';
import { routeMessages } from './route-message';

const OWN = 'chrome-extension://temoin/';
const FORM_PAGE = 'https://www.internet-signalement.gouv.fr/PharosS1/';

describe('routing messages by sender', () => {
  const answered: string[] = [];
  const pages = {
    openLibrary: async () => (answered.push('page: openLibrary'), {}),
  } as unknown as BackgroundHandlers<unknown>;
  const forms = {
    plan: async () => (answered.push('form: plan'), { plan: null }),
  } as unknown as FormHandlers<unknown>;
  const toast = {
    viewCapture: async () => (answered.push('toast: viewCapture'), {}),
  } as unknown as AgentHandlers<unknown>;
  const route = routeMessages({ ownOrigin: OWN, pages, forms, toast });
  const fromToast = agentChannel.envelope('viewCapture', {
    captureId: '6f1c1d1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f',
  });
  const fromPage = backgroundChannel.envelope('openLibrary', {});
  const fromForm = formChannel.envelope('plan', {});
  beforeEach(() => answered.splice(0));

  it.each<[string, unknown, browser.Runtime.MessageSender, string[]]>([
    [
      'answers an extension page on the background channel',
      fromPage,
      { id: browser.runtime.id, url: `${OWN}popup.html`, tab: { id: 1 } as never, frameId: 0 },
      ['page: openLibrary'],
    ],
    [
      'answers the form filler in a tab’s top frame on the form channel',
      fromForm,
      { id: browser.runtime.id, url: FORM_PAGE, tab: { id: 7 } as never, frameId: 0 },
      ['form: plan'],
    ],
    [
      'ignores a web page’s script asking as a page would',
      fromPage,
      { id: browser.runtime.id, url: 'https://x.com/', tab: { id: 7 } as never, frameId: 0 },
      [],
    ],
    [
      'ignores a script in a frame inside a tab',
      fromForm,
      { id: browser.runtime.id, url: FORM_PAGE, tab: { id: 7 } as never, frameId: 3 },
      [],
    ],
    [
      'ignores an extension page asking on the form channel',
      fromForm,
      { id: browser.runtime.id, url: `${OWN}report.html`, tab: { id: 2 } as never, frameId: 0 },
      [],
    ],
    [
      'answers the confirmation in a tab’s top frame on the agent channel',
      fromToast,
      { id: browser.runtime.id, url: 'https://x.com/', tab: { id: 7 } as never, frameId: 0 },
      ['toast: viewCapture'],
    ],
    [
      'ignores the agent channel from a frame inside a tab',
      fromToast,
      { id: browser.runtime.id, url: 'https://x.com/', tab: { id: 7 } as never, frameId: 2 },
      [],
    ],
    [
      'ignores an extension page asking on the agent channel',
      fromToast,
      { id: browser.runtime.id, url: `${OWN}library.html`, tab: { id: 2 } as never, frameId: 0 },
      [],
    ],
    ['ignores another extension', fromPage, { id: 'someone-else', url: `${OWN}popup.html` }, []],
  ])('%s', async (_name, message, sender, expected) => {
    await route(message, sender);
    expect(answered).toEqual(expected);
  });
});
