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
  base: [1.36, 8.7, 2.59, 5.46, 0.88, 0.27, 0.02, -0.72, -0.06, 0.58, 2.09, 5.41, -1.29, 2.55, 3.92, 1.06],
  type: { person: 1.13, time: 1.22, place: 2.15, count: 1.3, amount: 3.25, duration: 1.32, cause: 0.65, quote: 8.33, future: 3.25, definition: -0.96, description: -6.41, manner: -1.49, statement: -7.04, any: -2.35 },
  calibration: { w: [1.91, 5.44, 2.97, 3.1, 0.05, 0.7, -1.6, 3.58, 2.48, 0.82, 0.67, 4.09, -0.35, 5.16, 0.46, 3.35], b: -3.9 },
  threshold: 0.558,
};
