import { fakeBrowser } from 'wxt/testing/fake-browser';
import { describeTopFrame } from './early-shot';

const NO_LISTENER = 'Could not establish connection. Receiving end does not exist.';
const viewport = { width: 1280, height: 800, devicePixelRatio: 1 };
const post = { x: 10, y: 200, width: 600, height: 150 };
const moved = { ...post, y: 120 };
const target = { tagName: 'article', recognizedBy: 'extractor:x', rectangle: post };
const request = { token: 'a', trigger: 'context-menu' as const, requestedAt: 0 };

interface Page {
  /** The agent is in the frame before the capture. */
  agentThere: boolean;
  /** The agent cannot be injected (a browser page, no permission). */
  injectionFails?: boolean;
  /** What the agent says at `describe`, beyond the page facts. */
  described: Record<string, unknown>;
  /** Where the post is once the shot is back. */
  after?: typeof post;
}

/** A top frame that runs only the recorder until the agent is injected, and what happened. */
function topFrame(page: Page) {
  const events: string[] = [];
  let agent = page.agentThere;
  vi.spyOn(fakeBrowser.tabs, 'sendMessage').mockImplementation((async (
    _tab: number,
    message: { type: string; payload: { keep?: true } },
  ) => {
    if (!agent) throw new Error(NO_LISTENER);
    events.push(message.type);
    if (message.type === 'measure') {
      expect(message.payload.keep).toBe(true);
      return { attached: true, rectangle: page.after ?? post, viewport };
    }
    return { url: 'https://x.com/', title: 'X', viewport, recorder: true, ...page.described };
  }) as never);
  Object.assign(fakeBrowser, {
    scripting: {
      executeScript: vi.fn(async ({ files }: { files: string[] }) => {
        events.push('inject');
        expect(files).toEqual(['/page-agent-x.js']);
        await new Promise((resolve) => setTimeout(resolve, 20));
        if (page.injectionFails) throw new Error('Cannot access contents of the page');
        agent = true;
        return [];
      }),
    },
  });
  const shoot = async () => {
    events.push('shot');
    return 'data:image/png;base64,AAAA';
  };
  return { events, shoot };
}

describe('describeTopFrame', () => {
  afterEach(() => vi.restoreAllMocks());

  it.each<[string, Page, ReturnType<typeof expect.anything> | undefined, string[]]>([
    [
      'only asks an agent already there, and does not shoot',
      { agentThere: true, described: { target, clickUnmoved: true } },
      undefined,
      ['describe'],
    ],
    [
      'keeps the shot taken while injecting when the post stayed put',
      { agentThere: false, described: { target, clickUnmoved: true } },
      { attached: true, rectangle: post, viewport },
      ['shot', 'inject', 'describe', 'measure'],
    ],
    [
      'throws the shot away when the clicked element moved before the agent read it',
      { agentThere: false, described: { target } },
      undefined,
      ['shot', 'inject', 'describe'],
    ],
    [
      'throws the shot away when the post moved before the shot came back',
      { agentThere: false, described: { target, clickUnmoved: true }, after: moved },
      undefined,
      ['shot', 'inject', 'describe', 'measure'],
    ],
    [
      'keeps the shot when there is no post to crop',
      { agentThere: false, described: {} },
      { attached: false, viewport },
      ['shot', 'inject', 'describe'],
    ],
    [
      'keeps the shot, with nothing measured, when no agent can run in the page',
      { agentThere: false, injectionFails: true, described: {} },
      null,
      ['shot', 'inject'],
    ],
  ])('%s', async (_case, page, prepared, events) => {
    const frame = topFrame(page);
    const reading = await describeTopFrame({ id: 1, url: 'https://x.com/' }, request, frame.shoot);
    expect(reading.shot?.prepared).toEqual(prepared);
    if (reading.shot) expect(reading.shot.dataUrl).toMatch(/^data:image\/png/);
    expect(reading.report === null).toBe(page.injectionFails === true);
    expect(frame.events).toEqual(events);
  });
});
