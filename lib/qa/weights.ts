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
  base: [1.24, 9.67, 1.92, 5.87, 1.52, 0.3, -0.49, -0.46, -0.07, -0.3, 1.94, 5.39, -1.18, 2.78, 3.98, 0.15],
  type: { person: 0.61, time: 0.96, place: 0.65, count: 0.8, amount: 2.88, duration: 0.96, cause: 0.06, quote: 9.75, future: 2.87, definition: 1.71, description: -6.41, manner: -1.9, statement: -8.72, any: -1.88 },
  calibration: { w: [1.67, 5.41, 2.81, 3.03, 0.22, 0.73, -1.82, 3.49, 2.4, 0.88, 0.99, 3.95, -0.28, 5.21, 0.33, 3.38], b: -3.94 },
  threshold: 0.565,
};
