export type ShortcutCommand = 'capture-tab' | 'open-library' | 'open-popup';

export interface Shortcut {
  command: ShortcutCommand;
  /** The suggested keys, in the manifest's notation; people can change them in the browser. */
  keys: string;
  /** The manifest's message naming the command; the browser names its own popup command. */
  description?: string;
}

/**
 * The default keyboard shortcuts, the same in Chrome and Firefox. An extension gets
 * Alt+Shift+<letter> only for letters the browser does not keep: Chromium refuses some, and
 * Firefox opens a top menu on its access keys (Alt+Shift+E opens the Edit menu). The test beside
 * this table lists the letters that are taken and checks every default against them.
 */
export const SHORTCUTS: readonly Shortcut[] = [
  { command: 'capture-tab', keys: 'Alt+Shift+D', description: '__MSG_commandCaptureTab__' },
  { command: 'open-library', keys: 'Alt+Shift+L', description: '__MSG_commandOpenLibrary__' },
  { command: 'open-popup', keys: 'Alt+Shift+Y' },
];

/** The manifest's `commands`: the popup's command has a different name in MV2 and MV3. */
export function manifestCommands(manifestVersion: 2 | 3) {
  const popupCommand = manifestVersion === 3 ? '_execute_action' : '_execute_browser_action';
  return Object.fromEntries(
    SHORTCUTS.map(({ command, keys, description }) => [
      command === 'open-popup' ? popupCommand : command,
      { suggested_key: { default: keys }, ...(description ? { description } : {}) },
    ]),
  );
}

/** The shortcut of a command, e.g. "Alt+Shift+D". */
export function shortcutKeys(command: ShortcutCommand): string {
  return SHORTCUTS.find((shortcut) => shortcut.command === command)!.keys;
}
