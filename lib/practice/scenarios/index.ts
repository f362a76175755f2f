import { scenarioSchema, SITUATIONS, type Scenario } from '../scenario-schema';
import { CHILD_ABUSE } from './child-abuse';
import { MONEY_AND_TRADE } from './money-and-trade';
import { PUBLIC_ATTACKS } from './public-attacks';
import { WORDS_THAT_HURT } from './words-that-hurt';

/**
 * The practice scenarios, in the order of SITUATIONS, each checked against its schema when
 * first read: a broken table fails at once, not in front of a class.
 */
export const SCENARIOS: readonly Scenario[] = [
  ...PUBLIC_ATTACKS,
  ...WORDS_THAT_HURT,
  ...MONEY_AND_TRADE,
  CHILD_ABUSE,
]
  .map((scenario) => scenarioSchema.parse(scenario))
  .sort((left, right) => SITUATIONS.indexOf(left.id) - SITUATIONS.indexOf(right.id));

export function scenarioById(id: string | null | undefined): Scenario | undefined {
  return SCENARIOS.find((scenario) => scenario.id === id);
}
