// A fresh profile installs Témoin, which then opens its welcome page once. Benchmarks and
// end-to-end tests close it before they start, so the tab they drive stays the active one.

const WELCOME = /^chrome-extension:\/\/[a-p]{32}\/welcome\.html$/;

/** Waits until the welcome page is open in the Playwright `context`, then closes it. */
export async function closeWelcomePage(context, timeoutMs = 15_000) {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    const welcome = context.pages().find((page) => WELCOME.test(page.url()));
    if (welcome) return welcome.close();
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error('Témoin opened no welcome page on its first install');
}
