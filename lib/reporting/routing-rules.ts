import { z } from '../validation/zod';
import { channelIdSchema } from './channel-schema';
import { ROUTING_FACTS } from './routing-facts';
import { REASONS } from './routing-reasons';

const fact = z.enum(ROUTING_FACTS);

export const routingRuleSchema = z.strictObject({
  id: z.string().regex(/^[a-z][a-z0-9-]*$/),
  channel: channelIdSchema,
  priority: z.enum(['emergency', 'primary', 'also']),
  reason: z.enum(Object.keys(REASONS) as [keyof typeof REASONS, ...(keyof typeof REASONS)[]]),
  /** Every one of these facts holds. */
  when: z.array(fact),
  /** None of these holds. */
  unless: z.array(fact).default([]),
  /** Where the rule comes from: REPORTING.md, a seed, or the issue that asked for it. */
  source: z.string().min(10),
});
export type RoutingRule = z.infer<typeof routingRuleSchema>;

const NOT_FOR_SCAMS = ['scam', 'spam'] as const;

/**
 * Which channel applies when, and why. A channel named by several rules keeps its most urgent
 * priority, and the reason of the first rule that gave it. Tested one by one against its source
 * (recommend-channels.test.ts), and under every combination of answers (tables.test.ts).
 */
export const ROUTING_RULES: RoutingRule[] = z.array(routingRuleSchema).parse([
  {
    id: 'emergency',
    channel: 'emergency',
    priority: 'emergency',
    reason: 'danger',
    when: ['danger'],
    source:
      'REPORTING.md: PHAROS is not an emergency service (17 or 112); emergencies 17, 112, 114',
  },
  {
    id: 'child-in-danger',
    channel: 'allo-119',
    priority: 'primary',
    reason: 'childInDanger',
    when: ['minor', 'danger'],
    unless: ['attack'],
    source:
      'Seeds 000, 001: 119 is for children in danger; issue 11: not for a threat of an attack',
  },
  {
    id: 'child-abuse-119',
    channel: 'allo-119',
    priority: 'also',
    reason: 'childInDanger',
    when: ['child-abuse'],
    source: 'Seeds 000, 001: 119 is for children in danger',
  },
  {
    id: 'scam',
    channel: 'thesee',
    priority: 'primary',
    reason: 'scam',
    when: ['scam'],
    unless: ['spam'],
    source:
      'REPORTING.md, service-public N31138 and R45983: THESEE takes online scams and sextortion',
  },
  {
    id: 'spam',
    channel: 'signal-spam',
    priority: 'primary',
    reason: 'spam',
    when: ['spam'],
    source: 'REPORTING.md: Signal Spam for spam and phishing; SMS spam forwarded to 33700',
  },
  {
    id: 'spam-money-lost',
    channel: 'thesee',
    priority: 'primary',
    reason: 'scamLoss',
    when: ['spam', 'money-lost'],
    source: 'Issue 11: THESEE is added when money was lost or card details given',
  },
  {
    id: 'card-fraud',
    channel: 'perceval',
    priority: 'primary',
    reason: 'cardFraud',
    when: ['money-lost'],
    source: 'REPORTING.md, service-public R46526: Perceval for card fraud online',
  },
  {
    id: 'private-complaint',
    channel: 'ma-securite',
    priority: 'primary',
    reason: 'privateComplaint',
    when: ['private'],
    unless: [...NOT_FOR_SCAMS, 'child-abuse'],
    source: 'Seed 004: the private side of cyber-harassment needs a complaint, not PHAROS',
  },
  {
    id: 'child-abuse-complaint',
    channel: 'ma-securite',
    priority: 'primary',
    reason: 'childAbuseComplaint',
    when: ['child-abuse', 'private'],
    source: 'Seed 004 and REPORTING.md: private content calls for a complaint (Ma Sécurité)',
  },
  {
    id: 'private-support',
    channel: 'pnav',
    priority: 'primary',
    reason: 'privateSupport',
    when: ['private', 'support'],
    unless: [...NOT_FOR_SCAMS],
    source: 'REPORTING.md: PNAV, best fit for harassment and sexual violence by private message',
  },
  {
    id: 'private-orientation',
    channel: 'cyber17',
    priority: 'also',
    reason: 'orientation',
    when: ['private'],
    unless: [...NOT_FOR_SCAMS],
    source: 'REPORTING.md: 17Cyber, single entry for victims of digital offences',
  },
  {
    id: 'insult-victim',
    channel: 'ma-securite',
    priority: 'primary',
    reason: 'insultVictim',
    when: ['insult-victim', 'public'],
    unless: [...NOT_FOR_SCAMS],
    source: 'REPORTING.md: insults against the reporter go to a complaint, not PHAROS',
  },
  {
    id: 'insult-victim-orientation',
    channel: 'cyber17',
    priority: 'also',
    reason: 'orientation',
    when: ['insult-victim', 'public'],
    unless: [...NOT_FOR_SCAMS],
    source: 'REPORTING.md: 17Cyber, single entry for victims of digital offences',
  },
  {
    id: 'child-abuse-public',
    channel: 'pharos',
    priority: 'primary',
    reason: 'childAbusePublic',
    when: ['child-abuse', 'public'],
    source: 'Seed 001 (AN question 29779): PHAROS receives child sexual abuse content',
  },
  {
    id: 'child-abuse-private',
    channel: 'pharos',
    priority: 'primary',
    reason: 'childAbusePrivate',
    when: ['child-abuse', 'private'],
    source:
      'Seed 001 (AN question 29779): PHAROS receives « propositions sexuelles à mineur par voie de télécommunications »',
  },
  {
    id: 'public-unsure',
    channel: 'pharos',
    priority: 'primary',
    reason: 'pharosUnsure',
    when: ['visibility-unsure'],
    unless: [...NOT_FOR_SCAMS, 'insult-victim', 'child-abuse'],
    source: 'Seeds 001, 004: PHAROS takes public content only',
  },
  {
    id: 'public',
    channel: 'pharos',
    priority: 'primary',
    reason: 'pharos',
    when: ['public'],
    unless: [...NOT_FOR_SCAMS, 'insult-victim', 'child-abuse'],
    source: 'Seeds 001, 002, 004: PHAROS receives reports of public illegal content',
  },
  {
    id: 'victim-complaint',
    channel: 'ma-securite',
    priority: 'also',
    reason: 'victimComplaint',
    when: ['victim', 'public'],
    unless: [...NOT_FOR_SCAMS, 'insult-victim'],
    source:
      'REPORTING.md: the reporter says whether they are the victim; if so a complaint is advised',
  },
  {
    id: 'child-abuse-3018',
    channel: 'e-enfance-3018',
    priority: 'primary',
    reason: 'minor',
    when: ['child-abuse'],
    source:
      'Seeds 000, 001 and REPORTING.md: 3018 helps young victims, intimate images, sextortion',
  },
  {
    id: 'child-abuse-images-flagger',
    channel: 'point-de-contact',
    priority: 'primary',
    reason: 'trustedFlaggerImages',
    when: ['child-abuse-images'],
    source:
      'REPORTING.md: Point de Contact, trusted flagger; issue 11: recommended for these images',
  },
  {
    id: 'child-abuse-flagger',
    channel: 'point-de-contact',
    priority: 'also',
    reason: 'trustedFlagger',
    when: ['child-abuse'],
    source: 'REPORTING.md: Point de Contact, NGO reporting, trusted flagger since 2025',
  },
  {
    id: 'minor-unsure',
    channel: 'e-enfance-3018',
    priority: 'primary',
    reason: 'minorMaybe',
    when: ['minor-unsure'],
    unless: ['attack'],
    source:
      'Seeds 000, 001: 3018 helps young people; issue 11: « un mineur est peut-être concerné »',
  },
  {
    id: 'minor',
    channel: 'e-enfance-3018',
    priority: 'primary',
    reason: 'minor',
    when: ['minor'],
    unless: ['attack'],
    source: 'Seeds 000, 001: 3018 helps young people; issue 11: not for a threat of an attack',
  },
  {
    id: 'platform-notice',
    channel: 'platform-dsa',
    priority: 'also',
    reason: 'platform',
    when: ['public'],
    unless: ['scam', 'child-abuse'],
    source: 'REPORTING.md: DSA art. 16 notice to the platform, not for child sexual abuse',
  },
]);
