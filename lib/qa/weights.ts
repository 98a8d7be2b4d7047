/**
 * The weights of the ranking signals (rank.ts FEATURES, in order) and of the typed fact per
 * kind of answer, tuned on the tuning half of the development data (npm run bench:ask --
 * --tune); the answerability model and its threshold, fitted on the same half (the middle of
 * the range where every language answers and refuses at least 90%).
 */
import type { AnswerKind } from './question';

export interface Weights {
  base: number[];
  type: Partial<Record<AnswerKind, number>>;
  /**
   * Whether the article answers at all: a logistic model over the best sentence's signals
   * (1 / (1 + e^-(w·features + b))), fitted on answerable questions against the same questions
   * asked of another article.
   */
  calibration: { w: number[]; b: number };
  /** Confidence below which the article is taken not to answer. */
  threshold: number;
}

export const WEIGHTS: Weights = {
  base: [1.05, 7.41, 2.26, 5.24, 1.45, 0.35, 0.09, 0.22, 0.02, 0.01, 1.72, 5.57, -0.92, 2.52, 3.33, 0.68, 1.4],
  type: {
    person: 0.48,
    time: 0.89,
    place: 1.19,
    count: 0.26,
    amount: 2.65,
    duration: 1.01,
    cause: 0.22,
    quote: 10.42,
    future: 2.78,
    definition: 1.58,
    description: -6.41,
    manner: -2,
    statement: -8.59,
    any: -1.94,
  },
  calibration: { w: [1.43, 3.56, 2.77, 1.58, 0.15, 1.03, -1.34, 2.64, 2.38, 0.66, 0.09, 3.96, -0.72, 3.61, 0.36, 2.31, 6.39], b: -4.04 },
  threshold: 0.423,
};
