import type { ChannelId } from '../reporting/channel-schema';
import type { Localized } from '../reporting/localized';
import { recommendChannels, type Recommendation } from '../reporting/recommend-channels';
import type { Scenario } from './scenario-schema';

export type Verdict = 'right' | 'missed' | 'extra';

export interface ChannelFeedback {
  channelId: ChannelId;
  verdict: Verdict;
  /** The routing's own reason, for a channel it recommends. */
  reason?: Localized;
  priority?: Recommendation['priority'];
}

export interface CardResult {
  /** Every recommended channel picked and nothing else. */
  right: boolean;
  feedback: ChannelFeedback[];
}

/**
 * Judges a pupil's channels for a scenario against Témoin's routing at the moment of asking,
 * never against a copy: the quiz says what the product would say, with its reasons.
 */
export function judgeCard(scenario: Scenario, picked: readonly ChannelId[]): CardResult {
  const recommended = recommendChannels(scenario.answers);
  const chosen = new Set(picked);
  const feedback: ChannelFeedback[] = [
    ...recommended.map(({ channelId, reason, priority }) => ({
      channelId,
      verdict: chosen.has(channelId) ? ('right' as const) : ('missed' as const),
      reason,
      priority,
    })),
    ...picked
      .filter((channelId) => !recommended.some((item) => item.channelId === channelId))
      .map((channelId) => ({ channelId, verdict: 'extra' as const })),
  ];
  return { right: feedback.every((item) => item.verdict === 'right'), feedback };
}

/** The score of a finished quiz: right cards out of all. */
export function quizScore(results: readonly CardResult[]): { right: number; total: number } {
  return { right: results.filter((result) => result.right).length, total: results.length };
}
