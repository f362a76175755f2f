import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { channelById } from '../reporting/official-channels';
import { pupilSheetPdf, teacherSheetPdf } from './classroom-sheets';
import { GUIDED_STEPS } from './guided-steps';
import { SCENARIOS } from './scenarios';

const hasPoppler = (() => {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
})();

async function textOf(blob: Blob): Promise<string> {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'temoin-sheet-')), 'sheet.pdf');
  writeFileSync(file, Buffer.from(await blob.arrayBuffer()));
  // Lines joined: a long sentence may wrap anywhere.
  return execFileSync('pdftotext', [file, '-'], { encoding: 'utf8' }).replace(/\s+/g, ' ');
}

const EMERGENCY_NUMBERS = ['17', '112', '114', '119', '3018'];

describe.skipIf(!hasPoppler)('classroom sheets', () => {
  it.each(['fr', 'en'] as const)(
    'the teacher’s sheet (%s): the steps, channels, numbers, what not to do, the answer key',
    async (locale) => {
      const text = await textOf(teacherSheetPdf(locale));
      for (const step of GUIDED_STEPS) expect(text).toContain(step.title[locale]);
      for (const number of EMERGENCY_NUMBERS) expect(text).toMatch(new RegExp(` ${number} `));
      expect(text).toContain(locale === 'fr' ? 'Ne jamais partager le contenu' : 'Never share');
      expect(text).toContain(locale === 'fr' ? 'Ne jamais répondre à l’auteur' : 'Never answer');
      expect(text).toContain(
        'Code pénal, art. 226-10'.replace(
          'Code pénal',
          locale === 'fr' ? 'Code pénal' : 'French Criminal Code',
        ),
      );
      for (const scenario of SCENARIOS) {
        expect(text).toContain(scenario.title[locale]);
        for (const channelId of scenario.answerKey)
          expect(text).toContain(channelById(channelId).name);
      }
    },
  );

  it.each(['fr', 'en'] as const)(
    'the pupil’s worksheet (%s): the steps, numbers, what not to do, situations with blanks',
    async (locale) => {
      const text = await textOf(pupilSheetPdf(locale));
      for (const step of GUIDED_STEPS) expect(text).toContain(step.title[locale]);
      for (const number of EMERGENCY_NUMBERS) expect(text).toMatch(new RegExp(` ${number} `));
      expect(text).toContain(locale === 'fr' ? 'Ne jamais répondre à l’auteur' : 'Never answer');
      for (const scenario of SCENARIOS) expect(text).toContain(scenario.title[locale]);
      expect(text.match(/_{20,}/g)?.length).toBe(SCENARIOS.length * 4);
      // The pupil's sheet is for answering: it gives no answer key.
      expect(text).not.toContain(locale === 'fr' ? 'Corrigé' : 'Answer key');
    },
  );
});
