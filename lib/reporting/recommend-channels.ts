import type { ChannelId } from './channel-schema';
import { categoryById } from './report-categories';
import type { Localized } from './localized';
import type { ReportAnswers } from './report-answers';
import { REASONS } from './routing-reasons';

export interface Recommendation {
  channelId: ChannelId;
  priority: 'emergency' | 'primary' | 'also';
  /** One sentence saying why this channel applies here. */
  reason: Localized;
}

const ORDER = { emergency: 0, primary: 1, also: 2 } as const;

/**
 * Which official channels apply, and why, from the answers. PHAROS takes public content
 * only; private content goes to a complaint; scams to THESEE; a minor to 3018; immediate
 * danger to 17 / 112 first. The ministry declined to add categories to PHAROS: this does the
 * routing for the user instead (shared/seeds/004).
 */
export function recommendChannels(answers: ReportAnswers): Recommendation[] {
  const category = categoryById(answers.categoryId);
  if (!category) throw new Error(`Unknown category ${answers.categoryId}`);
  const picked = new Map<ChannelId, Recommendation>();
  const add = (channelId: ChannelId, priority: Recommendation['priority'], reason: Localized) => {
    const known = picked.get(channelId);
    if (!known || ORDER[priority] < ORDER[known.priority]) {
      picked.set(channelId, { channelId, priority, reason });
    }
  };
  const isPublic = answers.visibility !== 'private';
  const minor = answers.minorInvolved !== 'no' && answers.minorInvolved !== undefined;
  const scam = answers.scam || category.pharos === 'to-thesee';

  if (answers.immediateDanger) add('emergency', 'emergency', REASONS.danger);
  if (category.childAbuse || (minor && answers.immediateDanger)) {
    add('allo-119', category.childAbuse ? 'also' : 'primary', REASONS.childInDanger);
  }

  if (scam) {
    add('thesee', 'primary', REASONS.scam);
    add('perceval', 'also', REASONS.cardFraud);
  } else if (category.concerns.includes('spam')) {
    add('signal-spam', 'primary', REASONS.spam);
  } else if (!isPublic) {
    add('ma-securite', 'primary', REASONS.privateComplaint);
    const support = ['harassment', 'sexual', 'discrimination'] as const;
    if (support.some((concern) => category.concerns.includes(concern))) {
      add('pnav', 'primary', REASONS.privateSupport);
    }
    add('cyber17', 'also', REASONS.orientation);
  } else if (category.pharos === 'victims-to-complaint' && answers.role === 'victim') {
    add('ma-securite', 'primary', REASONS.insultVictim);
    add('cyber17', 'also', REASONS.orientation);
  } else {
    add(
      'pharos',
      'primary',
      answers.visibility === 'unsure' ? REASONS.pharosUnsure : REASONS.pharos,
    );
    if (answers.role === 'victim') add('ma-securite', 'also', REASONS.victimComplaint);
  }

  if (category.childAbuse) {
    if (isPublic) add('pharos', 'primary', REASONS.childAbusePublic);
    add('e-enfance-3018', 'primary', REASONS.minor);
    add('point-de-contact', 'also', REASONS.trustedFlagger);
  } else if (minor) {
    add('e-enfance-3018', 'primary', REASONS.minor);
  }

  if (isPublic && !scam && !category.childAbuse) add('platform-dsa', 'also', REASONS.platform);

  return [...picked.values()].sort((left, right) => ORDER[left.priority] - ORDER[right.priority]);
}
