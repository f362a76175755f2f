import type { BundleProblem, BundleReason } from '../bundle-problem';

/** What a test expects of one problem: its reason and where it was found. */
export type ExpectedProblem = {
  reason: BundleReason;
  path?: string;
  entry?: number;
  line?: number;
};

/** The problems as tests compare them: the reason and the places that are set. */
export const problemSummary = (problems: BundleProblem[]): ExpectedProblem[] =>
  problems.map(({ reason, path, entry, line }) => ({
    reason,
    ...(path === undefined ? {} : { path }),
    ...(entry === undefined ? {} : { entry }),
    ...(line === undefined ? {} : { line }),
  }));
