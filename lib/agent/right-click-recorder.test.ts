// @vitest-environment happy-dom
import { agentChannel } from '../messaging/agent-channel';
import {
  recordedRightClicks,
  RIGHT_CLICKED,
  startRightClickRecorder,
} from './right-click-recorder';

describe('the right-click recorder', () => {
  const sent: unknown[] = [];
  let sendMessage: (message: unknown) => Promise<unknown>;

  beforeEach(() => {
    sent.length = 0;
    sendMessage = async (message) => {
      sent.push(message);
      throw new Error('Could not establish connection. Receiving end does not exist.');
    };
    // As in Chrome's content scripts: `chrome` only.
    vi.stubGlobal('browser', undefined);
    vi.stubGlobal('chrome', {
      runtime: { sendMessage: (message: unknown) => sendMessage(message) },
    });
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-08T10:00:00Z'));
    document.body.innerHTML = '<article><p id="text">Message fictif</p></article>';
  });

  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  const rightClick = () =>
    document
      .getElementById('text')!
      .dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true }));

  it('remembers the element and wakes the background with nothing of the page, at most every 10 s', async () => {
    startRightClickRecorder(window);
    rightClick();
    vi.setSystemTime(new Date('2026-12-08T10:00:09Z'));
    rightClick();
    expect(recordedRightClicks(window)?.lastBefore(Date.now() + 1)?.element.id).toBe('text');
    expect(sent).toEqual([{ channel: 'temoin/agent', type: 'rightClicked', payload: {} }]);
    vi.setSystemTime(new Date('2026-12-08T10:00:11Z'));
    rightClick();
    expect(sent).toHaveLength(2);
  });

  it('sends what the agent channel accepts', async () => {
    const answered = await agentChannel.dispatch(
      RIGHT_CLICKED,
      {},
      {
        viewCapture: async () => ({}),
        captureSelection: async () => ({}),
        enableSite: async () => ({}),
        rightClicked: async () => ({}),
      },
    );
    expect(answered).toEqual({});
  });

  it('keeps recording when the extension can no longer be reached', () => {
    sendMessage = () => {
      throw new Error('Extension context invalidated.');
    };
    const fresh = new DOMParser().parseFromString('<p id="text">x</p>', 'text/html');
    const frame = { document: fresh } as unknown as Window;
    startRightClickRecorder(frame);
    expect(() =>
      fresh
        .getElementById('text')!
        .dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, composed: true })),
    ).not.toThrow();
    expect(recordedRightClicks(frame)?.lastBefore(Date.now() + 1)?.element.id).toBe('text');
  });
});
