import { agentChannel } from './agent-channel';
import { backgroundChannel } from './background-channel';
import { pageChannel } from './page-channel';

const viewport = { width: 1280, height: 800, devicePixelRatio: 2 };
const noHandlers = {} as never;

describe('page channel', () => {
  const answers = {
    describe: async () => ({ url: 'https://x.com/a', title: 'A', viewport, recorder: true }),
    measure: async () => ({ attached: false, viewport }),
    watchFrame: async () => ({ url: 'https://www.youtube.com/watch?v=a', title: 'A', viewport }),
    measureFrame: async () => ({ area: { x: 1, y: 2, width: 3, height: 4 }, viewport }),
    confirm: async () => ({ shown: true }),
  };

  it.each([
    ['describe', { token: 'abc', trigger: 'context-menu', requestedAt: 1 }],
    [
      'describe',
      { token: 'abc', trigger: 'shortcut', requestedAt: 1, linkUrl: 'https://exemple.invalid/' },
    ],
    ['describe', { token: 'abc', trigger: 'context-menu', requestedAt: 1, announceFrame: true }],
    ['measure', { token: 'abc' }],
    ['watchFrame', { token: 'abc' }],
    ['measureFrame', { token: 'abc' }],
    ['confirm', { tone: 'success', title: 'Ok', detail: 'Done', closeLabel: 'Fermer' }],
    [
      'confirm',
      {
        tone: 'success',
        title: 'Ok',
        detail: 'Done',
        closeLabel: 'Fermer',
        view: { captureId: '6f1c1d1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f', label: 'Voir' },
        offer: { text: 'Mastodon', preview: '@a', enableLabel: 'Activer' },
      },
    ],
  ] as const)('accepts a valid %s request', async (type, payload) => {
    const envelope = pageChannel.envelope(type, payload as never);
    await expect(pageChannel.dispatch(envelope, {}, answers)).resolves.toBeDefined();
  });

  it.each([
    [
      'a token too long',
      { channel: 'temoin/page', type: 'measure', payload: { token: 'x'.repeat(65) } },
    ],
    [
      'a missing token',
      { channel: 'temoin/page', type: 'describe', payload: { trigger: 'popup' } },
    ],
    [
      'an unknown trigger',
      { channel: 'temoin/page', type: 'describe', payload: { token: 'a', trigger: 'script' } },
    ],
    [
      'a thumbnail that is not an image',
      {
        channel: 'temoin/page',
        type: 'confirm',
        payload: {
          tone: 'success',
          title: 't',
          detail: 'd',
          closeLabel: 'c',
          thumbnailDataUrl: 'javascript:alert(1)',
        },
      },
    ],
    [
      'a « Voir » naming no capture',
      {
        channel: 'temoin/page',
        type: 'confirm',
        payload: {
          tone: 'success',
          title: 't',
          detail: 'd',
          closeLabel: 'c',
          view: { captureId: '../options.html', label: 'Voir' },
        },
      },
    ],
    ['an unknown type', { channel: 'temoin/page', type: 'evaluate', payload: {} }],
  ])('rejects %s', async (_name, message) => {
    await expect(pageChannel.dispatch(message, {}, answers)).rejects.toThrow();
  });

  it.each([
    ['another channel', { channel: 'someone-else', type: 'describe', payload: {} }],
    ['a string', 'describe'],
    ['null', null],
  ])('leaves %s to other listeners', (_name, message) => {
    expect(pageChannel.dispatch(message, {}, noHandlers)).toBeUndefined();
  });

  it('rejects an answer that breaks the protocol', async () => {
    const lying = { ...answers, describe: async () => ({ url: 42 }) as never };
    await expect(
      pageChannel.dispatch(
        pageChannel.envelope('describe', { token: 'a', trigger: 'popup', requestedAt: 0 }),
        {},
        lying,
      ),
    ).rejects.toThrow();
    expect(() => pageChannel.parseResponse('measure', { attached: 'yes', viewport })).toThrow();
  });

  it('refuses to send an invalid request', () => {
    expect(() => pageChannel.envelope('measure', { token: '' })).toThrow();
  });
});

describe('background channel', () => {
  it('validates capture outcomes', () => {
    expect(
      backgroundChannel.parseResponse('captureActiveTab', { status: 'stored', captureId: 'x' }),
    ).toEqual({ status: 'stored', captureId: 'x' });
    expect(() =>
      backgroundChannel.parseResponse('captureActiveTab', { status: 'failed', reason: 'exploded' }),
    ).toThrow();
  });
});

describe('agent channel', () => {
  const answers = {
    viewCapture: async () => ({}),
    enableSite: async () => ({}),
    captureSelection: async () => ({}),
    rightClicked: async () => ({}),
  };

  it.each([
    ['a capture to view', 'viewCapture', { captureId: '6f1c1d1e-2b3a-4c5d-8e9f-0a1b2c3d4e5f' }],
    ['a site to enable, named by its sender', 'enableSite', {}],
    ['a selection to capture, in the sender tab', 'captureSelection', {}],
    ['a right-click, with nothing in it', 'rightClicked', {}],
  ] as const)('accepts %s', async (_name, type, payload) => {
    await expect(
      agentChannel.dispatch(agentChannel.envelope(type, payload as never), {}, answers),
    ).resolves.toEqual({});
  });

  it('rejects a capture id that is not one', async () => {
    const message = { channel: 'temoin/agent', type: 'viewCapture', payload: { captureId: 'x' } };
    await expect(agentChannel.dispatch(message, {}, answers)).rejects.toThrow();
  });
});
