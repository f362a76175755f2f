import type { ChannelId } from './channel-schema';
import { categoryById } from './report-categories';
import type { Localized } from './localized';
import type { ReportAnswers } from './report-answers';
import { routingFacts } from './routing-facts';
import { REASONS } from './routing-reasons';
import { ROUTING_RULES, type RoutingRule } from './routing-rules';

export interface Recommendation {
  channelId: ChannelId;
  priority: 'emergency' | 'primary' | 'also';
  /** One sentence saying why this channel applies here. */
  reason: Localized;
  /** The rule that recommended it, and so its source. */
  ruleId: string;
}

const ORDER = { emergency: 0, primary: 1, also: 2 } as const;

/**
 * Which official channels apply, and why, from the answers: the rules of the routing table
 * whose facts hold. The ministry declined to add categories to PHAROS: this does the routing
 * for the user instead (shared/seeds/004).
 */
export function recommendChannels(
  answers: ReportAnswers,
  rules: readonly RoutingRule[] = ROUTING_RULES,
): Recommendation[] {
  const category = categoryById(answers.categoryId);
  if (!category) throw new Error(`Unknown category ${answers.categoryId}`);
  const facts = routingFacts(answers, category);
  const picked = new Map<ChannelId, Recommendation>();
  for (const rule of rules) {
    if (!rule.when.every((fact) => facts.has(fact))) continue;
    if (rule.unless.some((fact) => facts.has(fact))) continue;
    const known = picked.get(rule.channel);
    if (!known || ORDER[rule.priority] < ORDER[known.priority]) {
      picked.set(rule.channel, {
        channelId: rule.channel,
        priority: rule.priority,
        reason: REASONS[rule.reason],
        ruleId: rule.id,
      });
    }
  }
  return [...picked.values()].sort((left, right) => ORDER[left.priority] - ORDER[right.priority]);
}
