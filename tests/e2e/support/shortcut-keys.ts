import { shortcutKeys, type ShortcutCommand } from '../../../lib/shortcuts';

/** A command's default shortcut as xdotool names it: "Alt+Shift+D" becomes "alt+shift+d". */
export function xdotoolKeys(command: ShortcutCommand): string {
  return shortcutKeys(command).toLowerCase();
}
