import type { ReportCategory } from './category-schema';
import type { ReportAnswers } from './report-answers';

/** What the routing rules read from the answers and the category. */
export const ROUTING_FACTS = [
  'danger',
  'public',
  'visibility-unsure',
  'private',
  'victim',
  'minor',
  'minor-unsure',
  'scam',
  'money-lost',
  'spam',
  'child-abuse',
  'child-abuse-images',
  'attack',
  'insult-victim',
  'support',
] as const;
export type RoutingFact = (typeof ROUTING_FACTS)[number];

/** Kinds of harm for which PNAV's police and gendarmes answer by chat. */
const SUPPORT_CONCERNS = ['harassment', 'sexual', 'discrimination'] as const;

/**
 * The facts that hold for these answers. A parent or guardian acts for the child as a witness
 * does: only « la personne visée » is the victim. « Je ne sais pas » about a minor counts as a
 * minor who may be concerned; « Je ne sais pas » about visibility as public content, with care.
 */
export function routingFacts(answers: ReportAnswers, category: ReportCategory): Set<RoutingFact> {
  const holds: Record<RoutingFact, boolean> = {
    danger: answers.immediateDanger,
    public: answers.visibility !== 'private',
    'visibility-unsure': answers.visibility === 'unsure',
    private: answers.visibility === 'private',
    victim: answers.role === 'victim',
    minor: answers.minorInvolved !== 'no',
    'minor-unsure': answers.minorInvolved === 'unsure',
    scam: answers.scam || category.pharos === 'to-thesee',
    'money-lost': answers.moneyLost === true,
    spam: category.concerns.includes('spam'),
    'child-abuse': category.childAbuse,
    'child-abuse-images':
      category.childAbuse && answers.subChoiceId === 'child-sexual-abuse-material',
    attack: category.concerns.includes('attack'),
    'insult-victim': category.pharos === 'victims-to-complaint' && answers.role === 'victim',
    support: SUPPORT_CONCERNS.some((concern) => category.concerns.includes(concern)),
  };
  return new Set(ROUTING_FACTS.filter((fact) => holds[fact]));
}
