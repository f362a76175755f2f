import { fakeBrowser } from 'wxt/testing/fake-browser';
import { askAgent } from './ask-page';

const NO_LISTENER = 'Could not establish connection. Receiving end does not exist.';
const viewport = { width: 1280, height: 800, devicePixelRatio: 1 };

/**
 * A tab whose frames run only the recorder until the agent is injected into them, as the
 * browser does it: an injected frame answers, the others say no one listens.
 */
function tabWithRecorderOnly() {
  const withAgent = new Set<number>();
  const injected: number[][] = [];
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tabId: number,
    _message: unknown,
    options?: { frameId?: number },
  ) => {
    if (!withAgent.has(options?.frameId ?? 0)) throw new Error(NO_LISTENER);
    return { url: 'https://x.com/', title: 'X', viewport, recorder: true };
  }) as never);
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: vi.fn(
        async ({ target, files }: { target: { frameIds: number[] }; files: string[] }) => {
          expect(files).toEqual(['/page-agent-x.js']);
          injected.push(target.frameIds);
          await new Promise((resolve) => setTimeout(resolve, 10));
          target.frameIds.forEach((frame) => withAgent.add(frame));
          return [];
        },
      ),
    },
  });
  return injected;
}

const describeRequest = { token: 'a', trigger: 'context-menu' as const, requestedAt: 0 };

describe('askAgent', () => {
  afterEach(() => vi.restoreAllMocks());

  it('injects the agent once per frame, however many captures ask at once or later', async () => {
    const injected = tabWithRecorderOnly();
    await Promise.all([
      askAgent(1, 0, 'describe', describeRequest, 'https://x.com/home'),
      askAgent(1, 0, 'describe', describeRequest, 'https://x.com/home'),
      askAgent(1, 7, 'describe', describeRequest, 'https://x.com/home'),
    ]);
    await askAgent(1, 0, 'describe', describeRequest, 'https://x.com/home');
    await askAgent(1, 7, 'describe', describeRequest, 'https://x.com/home');
    expect(injected).toEqual([[0], [7]]);
  });

  it('does not inject where the frame answered with an error of its own', async () => {
    const injected = tabWithRecorderOnly();
    vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockRejectedValue(new Error('Invalid request'));
    await expect(askAgent(1, 0, 'describe', describeRequest, 'https://x.com/home')).rejects.toThrow(
      'Invalid request',
    );
    expect(injected).toEqual([]);
  });
});
