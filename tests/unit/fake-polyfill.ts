// Unit tests run outside a browser: the polyfill's import resolves to WXT's in-memory fake.
import { fakeBrowser } from 'wxt/testing/fake-browser';

export default fakeBrowser;
