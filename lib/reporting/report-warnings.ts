import { formatDate, formatDateTime, type Locale } from '../i18n/translate';
import { categoryById } from './report-categories';
import type { EvidenceItem } from './evidence-item';
import type { Localized } from './localized';
import { channelName } from './official-channels';
import { prescriptionDeadline, type PrescriptionDeadline } from './press-prescription';
import type { Recommendation } from './recommend-channels';
import type { ReportAnswers } from './report-answers';

export interface ReportWarning {
  id: 'false-report' | 'prescription' | 'repeat' | 'already-reported' | 'no-images';
  severity: 'info' | 'important';
  text: Localized;
}

const AUTHORITIES = new Set(['pharos', 'thesee', 'ma-securite', 'plainte-en-ligne', 'perceval']);

/** The warnings that apply to this report, most important first. */
export function reportWarnings({
  answers,
  recommendations,
  items,
  alreadyReported,
  now,
}: {
  answers: ReportAnswers;
  recommendations: readonly Recommendation[];
  items: readonly EvidenceItem[];
  alreadyReported: ReadonlyArray<{ channelId: string; at: string }>;
  now: Date;
}): ReportWarning[] {
  const category = categoryById(answers.categoryId);
  const warnings: ReportWarning[] = [];
  if (category?.pressPrescription && items.length) {
    const deadlines = items.map((item) =>
      prescriptionDeadline(item.published, item.capturedAt, category.pressPrescription!, now),
    );
    const soonest = deadlines.reduce((left, right) =>
      right.daysLeft < left.daysLeft ? right : left,
    );
    warnings.push({
      id: 'prescription',
      severity: 'important',
      text: prescriptionText(soonest, category.pressPrescription),
    });
  }
  if (category?.childAbuse) {
    warnings.push({
      id: 'no-images',
      severity: 'important',
      text: {
        fr: 'La loi interdit de détenir des images d’abus sexuels sur mineurs, même pour les signaler : Témoin n’en garde et n’en exporte aucune. L’adresse et le texte suffisent aux enquêteurs.',
        en: 'The law forbids keeping images of child sexual abuse, even to report them: Témoin keeps and exports none. The address and text are enough for investigators.',
      },
    });
  }
  if (recommendations.some((recommendation) => AUTHORITIES.has(recommendation.channelId))) {
    warnings.push({
      id: 'false-report',
      severity: 'info',
      text: {
        fr: 'Signaler sciemment un fait faux est puni (code pénal, art. 226-10 : jusqu’à 5 ans de prison et 45 000 € d’amende). Décrivez ce que vous avez vu, sans en rajouter.',
        en: 'Knowingly reporting something false is punished (French Criminal Code, art. 226-10: up to 5 years in prison and a €45,000 fine). Describe what you saw, without adding to it.',
      },
    });
  }
  for (const report of alreadyReported) {
    const name = channelName(report.channelId);
    warnings.push({
      id: 'already-reported',
      severity: 'info',
      text: {
        fr: `Déjà signalé à ${name} le ${formatDateTime(report.at, 'fr')}. Signaler plusieurs fois le même contenu n’accélère pas son traitement.`,
        en: `Already reported to ${name} on ${formatDateTime(report.at, 'en')}. Reporting the same content several times does not speed it up.`,
      },
    });
  }
  if (!alreadyReported.length && recommendations.some((item) => item.channelId === 'pharos')) {
    warnings.push({
      id: 'repeat',
      severity: 'info',
      text: {
        fr: 'Un seul signalement suffit : signaler plusieurs fois le même contenu, ou le faire signaler par d’autres, n’accélère pas son traitement.',
        en: 'One report is enough: reporting the same content several times, or having others report it, does not speed it up.',
      },
    });
  }
  return warnings;
}

function prescriptionText(
  deadline: PrescriptionDeadline,
  term: 'three-months' | 'one-year',
): Localized {
  const date = (locale: Locale) => formatDate(deadline.deadline, locale);
  const termText: Localized =
    term === 'three-months'
      ? {
          fr: 'Les injures et diffamations se prescrivent par trois mois (un an si elles sont discriminatoires)',
          en: 'Insult and defamation must be acted on within three months (one year when discriminatory)',
        }
      : {
          fr: 'Les propos discriminatoires se prescrivent par un an',
          en: 'Discriminatory speech must be acted on within one year',
        };
  if (deadline.daysLeft < 0) {
    return {
      fr: `${termText.fr} (loi du 29 juillet 1881). Ce délai semble dépassé depuis le ${date('fr')} : parlez-en à un avocat ou à une association d’aide aux victimes avant de renoncer.`,
      en: `${termText.en} (Press Law of 29 July 1881). This time seems to have run out on ${date('en')}: talk to a lawyer or a victim support association before giving up.`,
    };
  }
  const atMost = deadline.basis === 'captured';
  return {
    fr: `${termText.fr} (loi du 29 juillet 1881) : il reste ${atMost ? 'au plus ' : ''}${deadline.daysLeft} jour(s), jusqu’au ${date('fr')}${atMost ? ' (date de publication inconnue : compté depuis la capture)' : ''}.`,
    en: `${termText.en} (Press Law of 29 July 1881): ${atMost ? 'at most ' : ''}${deadline.daysLeft} day(s) left, until ${date('en')}${atMost ? ' (publication date unknown: counted from the capture)' : ''}.`,
  };
}
