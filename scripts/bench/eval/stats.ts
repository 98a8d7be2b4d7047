/** Small statistics shared by the benchmark scripts. */

/** Arithmetic mean; 0 for no values. */
export const mean = (xs: number[]): number => xs.reduce((a, x) => a + x, 0) / Math.max(1, xs.length);

/** Nearest-rank quantile (q = 0.5: median, 0.95: p95); NaN for no values. */
export function quantile(xs: number[], q: number): number {
  if (!xs.length) return NaN;
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.max(0, Math.ceil(q * s.length) - 1))];
}
