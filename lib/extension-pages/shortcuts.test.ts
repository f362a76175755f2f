import { shortcutsOf } from './shortcuts';

describe('shortcutsOf', () => {
  it.each([
    [
      'Chrome (Manifest V3), in its own order',
      [
        { name: 'open-library', shortcut: 'Alt+Shift+L' },
        { name: '_execute_action', shortcut: 'Alt+Shift+Y' },
        { name: 'capture-tab', shortcut: 'Alt+Shift+D' },
      ],
      [
        { command: 'capture-tab', keys: 'Alt+Shift+D' },
        { command: 'open-popup', keys: 'Alt+Shift+Y' },
        { command: 'open-library', keys: 'Alt+Shift+L' },
      ],
    ],
    [
      'Firefox (Manifest V2), one shortcut removed by the person',
      [
        { name: 'capture-tab', shortcut: 'Alt+Shift+D' },
        { name: '_execute_browser_action', shortcut: 'Alt+Shift+Y' },
        { name: 'open-library' },
      ],
      [
        { command: 'capture-tab', keys: 'Alt+Shift+D' },
        { command: 'open-popup', keys: 'Alt+Shift+Y' },
        { command: 'open-library', keys: '' },
      ],
    ],
  ])('%s', (_case, commands, shortcuts) => {
    expect(shortcutsOf(commands)).toEqual(shortcuts);
  });
});
