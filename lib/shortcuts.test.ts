import { z } from './validation/zod';
import { manifestCommands, SHORTCUTS } from './shortcuts';

const shortcutSchema = z.strictObject({
  command: z.enum(['capture-tab', 'open-library', 'open-popup']),
  keys: z.string().regex(/^Alt\+Shift\+[A-Z]$/),
  description: z
    .string()
    .regex(/^__MSG_\w+__$/)
    .optional(),
});

/**
 * Letters whose Alt+Shift+<letter> the browsers keep for themselves, measured on Linux. Firefox
 * opens a top menu on its access key (Firefox ESR 153, English and French menus); Chromium 156
 * refuses to give these to an extension (`commands.getAll` shows no shortcut).
 */
const TAKEN_LETTERS = [
  {
    by: 'Firefox menu bar, English (File Edit View History Bookmarks Tools Help)',
    letters: 'FEVSBTH',
  },
  {
    by: 'Firefox menu bar, French (Fichier Édition Affichage Historique Marque-pages Outils Aide)',
    letters: 'FNAHMOE',
  },
  { by: 'Chromium, which keeps them', letters: 'ABCNPRTWXZ' },
];

describe('keyboard shortcuts', () => {
  it('match their schema, one per command', () => {
    expect(() => z.array(shortcutSchema).parse(SHORTCUTS)).not.toThrow();
    expect(SHORTCUTS.map((shortcut) => shortcut.command).sort()).toEqual([
      'capture-tab',
      'open-library',
      'open-popup',
    ]);
    const keys = SHORTCUTS.map((shortcut) => shortcut.keys);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(
    SHORTCUTS.flatMap((shortcut) => TAKEN_LETTERS.map((taken) => ({ ...shortcut, ...taken }))),
  )('$command ($keys) is not taken by the $by', ({ keys, letters }) => {
    expect(letters).not.toContain(keys.at(-1));
  });

  it.each([
    [2, '_execute_browser_action'],
    [3, '_execute_action'],
  ] as const)('name the popup command of Manifest V%i %s', (version, popupCommand) => {
    expect(manifestCommands(version)).toEqual({
      'capture-tab': {
        suggested_key: { default: 'Alt+Shift+D' },
        description: '__MSG_commandCaptureTab__',
      },
      'open-library': {
        suggested_key: { default: 'Alt+Shift+L' },
        description: '__MSG_commandOpenLibrary__',
      },
      [popupCommand]: { suggested_key: { default: 'Alt+Shift+Y' } },
    });
  });
});
