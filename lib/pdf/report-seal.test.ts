import type { SealRecord } from '../seal/seal-records';
import { pdfText, reportCapture, reportFile } from '../../tests/unit/sample-report';

const seal = (eidasQualified: boolean): SealRecord => ({
  captureId: '6f1c2f2e-8a55-4f43-9a3c-1b1d2e3f4a5b',
  digestHex: 'b'.repeat(64),
  authorityId: eidasQualified ? 'sectigo-qualified' : 'freetsa',
  authorityName: eidasQualified ? 'Sectigo (qualified eIDAS)' : 'FreeTSA',
  authorityUrl: eidasQualified ? 'http://tsa.example/qualified' : 'http://tsa.example/free',
  eidasQualified,
  response: new Uint8Array([1]),
  genTime: '2026-11-22T08:00:05.000Z',
  queuedAt: '2026-11-22T08:00:00.200Z',
  sentAt: '2026-11-22T08:03:05.000Z',
  receivedAt: '2026-11-22T08:03:05.400Z',
  clockOffsetMs: 180_200,
  clockUncertaintyMs: 200,
  chainPem: '',
});

/** pdftotext's words, with line breaks as spaces: sentences wrap in the report. */
const words = (text: string) => text.replace(/\s+/g, ' ');

// Parsing and subsetting three fonts takes seconds on a loaded machine.
describe('the capture environment and the seal in the report', { timeout: 30_000 }, () => {
  it('states the environment: browser, extension, system, time zone, clock and its offset', async () => {
    const sealed = reportCapture(
      'Texte',
      {
        environment: {
          browserName: 'Chrome',
          browserVersion: '142.0.7444.60',
          userAgent: 'Mozilla/5.0 (X11; Linux x86_64)',
          extensionVersion: '0.3.0',
          operatingSystem: { name: 'win', architecture: 'x86-64', version: '15.0.0' },
        },
      },
      seal(false),
    );
    const text = words(pdfText(await reportFile([sealed])));
    for (const expected of [
      'Environnement de la capture',
      'Chrome 142.0.7444.60',
      'Témoin 0.3.0',
      'Windows (x86-64), version de plateforme 15.0.0',
      'Mozilla/5.0 (X11; Linux x86_64)',
      'Europe/Paris (UTC+01:00)',
      'celle de l’ordinateur, telle qu’elle était : 2026-11-22T08:00:00.123Z',
      'l’horloge de l’ordinateur avançait de 3 min 0,2 s (à 200 ms près)',
    ])
      expect(text).toContain(expected);
  });

  it('says when an older capture did not record its system, and that an unsealed one has no offset', async () => {
    const text = words(pdfText(await reportFile([reportCapture('Texte')])));
    expect(text).toContain('non enregistré (capture faite avant que Témoin ne le note)');
    expect(text).toContain('non mesuré : la capture n’est pas scellée');
    expect(text).toContain('Cette capture n’a pas de sceau');
  });

  it.each([
    [true, 'Sectigo (qualified eIDAS), horodatage qualifié eIDAS'],
    [false, 'FreeTSA, horodatage RFC 3161, non qualifié eIDAS'],
  ])(
    'names who sealed it and when, what it proves and not (qualified: %s)',
    async (qualified, who) => {
      const text = words(
        pdfText(
          await reportFile([reportCapture('Texte', {}, seal(qualified))], {
            exportSeal: { authorityName: qualified ? 'Sectigo (qualified eIDAS)' : 'FreeTSA' },
          }),
        ),
      );
      expect(text).toContain(`Scellé par ${who}`);
      expect(text).toContain('2026-11-22 08:00:05 UTC');
      expect(text).toContain('Ce que le sceau prouve : les informations scellées');
      expect(text).toContain('Ce qu’il ne prouve pas : que la page était vue de la même façon');
      expect(text).toContain('openssl ts -verify -data SHA256SUMS -in SHA256SUMS.tsr');
      expect(text.includes('horodatage qualifié eIDAS')).toBe(qualified);
    },
  );

  it('says an export is not sealed when the seal is off', async () => {
    const text = words(pdfText(await reportFile([reportCapture('Texte')], { exportSeal: null })));
    expect(text).toContain('Cet export n’est pas scellé');
    expect(text).not.toContain('horodatage qualifié eIDAS');
  });
});
