import { useEffect, useState } from 'preact/hooks';
import browser from 'webextension-polyfill';
import type { Shortcut, ShortcutCommand, ShortcutSettings } from '../../components/ShortcutList';

const ORDER: readonly ShortcutCommand[] = ['capture-tab', 'open-popup', 'open-library'];
/** The popup's command has the browser's own name, which differs in Manifest V2 and V3. */
const POPUP_COMMANDS = ['_execute_action', '_execute_browser_action'];

/** The shortcuts in a fixed order, from the browser's list of commands. */
export function shortcutsOf(commands: ReadonlyArray<{ name?: string; shortcut?: string }>) {
  const keysOf = new Map(
    commands.map(({ name = '', shortcut = '' }) => [
      POPUP_COMMANDS.includes(name) ? 'open-popup' : name,
      shortcut,
    ]),
  );
  return ORDER.flatMap((command): Shortcut[] =>
    keysOf.has(command) ? [{ command, keys: keysOf.get(command)! }] : [],
  );
}

/**
 * The shortcuts as the browser binds them now (a person may have changed them), read from
 * `commands.getAll()`, and the browser whose settings page changes them.
 */
export function useShortcuts(): { shortcuts: Shortcut[]; settings: ShortcutSettings } | undefined {
  const [state, setState] = useState<{ shortcuts: Shortcut[]; settings: ShortcutSettings }>();
  useEffect(() => {
    const settings = browser.runtime.getURL('/').startsWith('moz-extension:')
      ? 'firefox'
      : 'chrome';
    void browser.commands
      .getAll()
      .then((commands) => setState({ shortcuts: shortcutsOf(commands), settings }))
      .catch(() => setState({ shortcuts: [], settings }));
  }, []);
  return state;
}
