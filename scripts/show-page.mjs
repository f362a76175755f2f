// Opens an extension page through the DevTools protocol (Chromium refuses extension pages given
// on its command line) and waits until its document has really loaded, not an error page.

const pollMs = 200;

/** The tab Chromium opened at launch (the `about:blank` of its command line). */
export async function firstTab(send, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const { targetInfos } = await send('Target.getTargets');
    const tab = targetInfos.find((target) => target.type === 'page');
    if (tab) return tab.targetId;
    await sleep(pollMs);
  }
  throw new Error('Chromium opened no window');
}

/** Shows `url` in front, in the tab `targetId` or a new one; throws saying why it could not. */
export async function showPage(send, url, targetId = undefined, timeoutMs = 20_000) {
  const tab = targetId ?? (await send('Target.createTarget', { url: 'about:blank' })).targetId;
  const { sessionId } = await send('Target.attachToTarget', { targetId: tab, flatten: true });
  const deadline = Date.now() + timeoutMs;
  let problem = await navigate(send, sessionId, url, deadline);
  // Just after a launch or a reload the extension may not be registered yet, and its pages are
  // blocked for that moment: try again until the deadline.
  while (problem && Date.now() < deadline) {
    await sleep(pollMs);
    problem = await navigate(send, sessionId, url, deadline);
  }
  await send('Target.detachFromTarget', { sessionId });
  if (problem) throw new Error(`${url} did not load (${problem})`);
  await send('Target.activateTarget', { targetId: tab });
}

async function navigate(send, sessionId, url, deadline) {
  const { errorText } = await send('Page.navigate', { url }, sessionId);
  if (errorText) return errorText;
  while (Date.now() < deadline) {
    const { result } = await send(
      'Runtime.evaluate',
      { expression: '[location.href, document.readyState]', returnByValue: true },
      sessionId,
    );
    const [href, readyState] = result.value;
    if (href !== url) return `the tab shows ${href}`;
    if (readyState === 'complete') return null;
    await sleep(pollMs);
  }
  return 'still loading';
}

function sleep(milliseconds) {
  return new Promise((resolve) => setTimeout(resolve, milliseconds));
}
