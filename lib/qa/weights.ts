/**
 * The weights of the ranking signals (rank.ts FEATURES, in order) and of the typed fact per
 * kind of answer, tuned on the tuning half of the development data (npm run bench:ask --
 * --tune); the refusal threshold, calibrated on the same half.
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
  base: [1.05, 7.41, 2.26, 5.29, 1.45, 0.35, 0.09, 0.22, 0.02, 0.01, 1.72, 5.57, -0.92, 2.52, 3.33, 0.68, 1.4],
  type: { person: 0.48, time: 0.89, place: 1.29, count: 0.26, amount: 2.65, duration: 1.01, cause: 0.22, quote: 10.42, future: 2.78, definition: 1.58, description: -6.41, manner: -2, statement: -8.59, any: -1.94 },
  calibration: { w: [1.43, 3.56, 2.78, 1.58, 0.15, 1.03, -1.33, 2.64, 2.39, 0.66, 0.1, 3.97, -0.72, 3.61, 0.36, 2.3, 6.39], b: -4.04 },
  threshold: 0.671,
};
