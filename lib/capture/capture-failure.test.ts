import { CaptureError, failureFromError } from './capture-failure';

describe('failureFromError', () => {
  it.each([
    [new CaptureError('page-navigated'), 'page-navigated'],
    [new Error('No tab with id: 42.'), 'tab-closed'],
    [new DOMException('Quota exceeded', 'QuotaExceededError'), 'storage-full'],
    [new Error('Cannot access a chrome:// URL'), 'browser-page'],
    [new Error('The extensions gallery cannot be scripted.'), 'extension-store'],
    [
      new Error(
        'Cannot access contents of url "file:///x". Extension manifest must request permission',
      ),
      'file-access-denied',
    ],
    [
      new Error('This request exceeds the MAX_CAPTURE_VISIBLE_TAB_CALLS_PER_SECOND quota.'),
      'quota-exceeded',
    ],
    [new Error('Something else'), 'unknown'],
    ['a string', 'unknown'],
  ])('%s → %s', (error, reason) => {
    expect(failureFromError(error)).toBe(reason);
  });
});
