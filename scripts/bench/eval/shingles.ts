/**
 * Article-body scoring of the Scrapinghub/Zyte article extraction benchmark, ported from its
 * evaluate.py (github.com/scrapinghub/article-extraction-benchmark, evaluate.py at commits
 * 11b407d and 7d95432: the scoring is the same in both). What is followed, line by line:
 *
 * - Tokens: `re.compile(r'\w+', re.UNICODE | ... | re.IGNORECASE)` + findall. So tokens are runs
 *   of word characters, NOT whitespace-separated words: punctuation is dropped ("U.S." -> "U",
 *   "S"). IGNORECASE changes nothing for findall: case is kept ("The" != "the"). Python's `\w`
 *   on str is `str.isalnum() or '_'`, which is exactly `[\p{L}\p{N}_]` (checked over every code
 *   point: they differ only where Node's Unicode tables are newer than Python 3.11's).
 *   Combining marks (\p{M}) are not word characters there, nor here.
 * - Shingles (`_ngrams`): every run of n = 4 consecutive tokens, counted as a multiset
 *   (Counter). A text of 1..3 tokens gives ONE shingle made of all its tokens
 *   (`range(max(1, len - n + 1))` with the empty tuple dropped); no token, no shingle.
 * - Per page (`string_shingle_matching`): tp = sum of min(count_pred, count_ref) over shingles,
 *   fp = the prediction's excess, fn = the reference's excess; then tp, fp, fn are divided by
 *   their sum "so that longer texts do not have more weight" (ratios are unchanged by this).
 * - precision_score: 1 when fp == fn == 0, 0 when tp == fp == 0, else tp / (tp + fp);
 *   recall_score: 1 when fp == fn == 0, 0 when tp == fn == 0, else tp / (tp + fn).
 * - Averages (`metrics_from_tp_fp_fns`): precision is the mean over the pages whose prediction
 *   has shingles (tp + fp > 0): an EMPTY PREDICTION DOES NOT COUNT IN PRECISION; it counts as
 *   recall 0 (recall is the mean over the pages whose reference has shingles, tp + fn > 0).
 *   F1 = 2PR / (P + R) of those two MEANS, not the mean of per-page F1s.
 *
 * One deliberate departure (option `cjkChars`, on by default): upstream's `\w+` turns a run of
 * Chinese or Japanese text without spaces into a single token (a whole clause), which its own
 * comment accepts ("several words will be clumped together"). With `cjkChars`, every Han,
 * Hiragana or Katakana character is a token of its own (character shingles, the usual practice
 * for these scripts); other text is tokenised as upstream. Text without those scripts scores
 * identically either way. Hangul is left to `\w+`: Korean separates its words with spaces.
 */

export interface ShingleOptions {
  /** Shingle length (upstream: 4). */
  n?: number;
  /** One token per Han/Hiragana/Katakana character (default true); false = upstream exactly. */
  cjkChars?: boolean;
}

/** Normalised counts of one page: tp + fp + fn = 1, or all 0 when neither text has a token. */
export interface PageCounts {
  tp: number;
  fp: number;
  fn: number;
}

export interface Scores {
  precision: number;
  recall: number;
  f1: number;
}

const WORD = /[\p{L}\p{N}_]+/gu;
// A CJK character is a token by itself; any other run of word characters is one token.
const CJK = '\\p{scx=Han}\\p{scx=Hiragana}\\p{scx=Katakana}';
const WORD_OR_CJK = new RegExp(`(?:(?![${CJK}])[\\p{L}\\p{N}_])+|[${CJK}]`, 'gu');
const IS_WORD = /^[\p{L}\p{N}_]$/u;

export function tokenize(text: string, options: ShingleOptions = {}): string[] {
  if (!text) return [];
  if (options.cjkChars === false) return text.match(WORD) ?? [];
  // The CJK alternative must still be a word character (e.g. not the ideographic comma).
  return (text.match(WORD_OR_CJK) ?? []).filter((t) => t.length > 1 || IS_WORD.test(t));
}

/** Multiset of the text's shingles, keyed by their tokens joined with a space (tokens have none). */
export function shingles(text: string, options: ShingleOptions = {}): Map<string, number> {
  const n = options.n ?? 4;
  const tokens = tokenize(text, options);
  const out = new Map<string, number>();
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const gram = tokens.slice(i, i + n);
    if (gram.length === 0) continue;
    const key = gram.join(' ');
    out.set(key, (out.get(key) ?? 0) + 1);
  }
  return out;
}

/** Upstream `string_shingle_matching(true=reference, pred=prediction)`. */
export function shingleMatch(prediction: string, reference: string, options: ShingleOptions = {}): PageCounts {
  const pred = shingles(prediction, options);
  const ref = shingles(reference, options);
  let tp = 0;
  let fp = 0;
  let fn = 0;
  for (const [key, p] of pred) {
    const r = ref.get(key) ?? 0;
    tp += Math.min(p, r);
    fp += Math.max(0, p - r);
  }
  for (const [key, r] of ref) fn += Math.max(0, r - (pred.get(key) ?? 0));
  const s = tp + fp + fn;
  return s > 0 ? { tp: tp / s, fp: fp / s, fn: fn / s } : { tp, fp, fn };
}

export function precisionScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

export function recallScore({ tp, fp, fn }: PageCounts): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

/**
 * F1 of one page (for listing and sorting pages; upstream has no per-page F1). An empty
 * prediction of a non-empty reference scores 0; two empty texts score 1.
 */
export function pageF1(c: PageCounts): number {
  const p = precisionScore(c);
  const r = recallScore(c);
  return p + r > 0 ? (2 * p * r) / (p + r) : 0;
}

const mean = (xs: number[]): number => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : NaN);

/** Upstream `metrics_from_tp_fp_fns`: mean precision and recall over the pages they apply to, F1 of the means. */
export function aggregate(pages: PageCounts[]): Scores {
  const precision = mean(pages.filter((c) => c.tp + c.fp > 0).map(precisionScore));
  const recall = mean(pages.filter((c) => c.tp + c.fn > 0).map(recallScore));
  const f1 = (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

/** Mean of the per-page F1s (every page counts; an empty prediction is 0). Not an upstream figure. */
export function meanPageF1(pages: PageCounts[]): number {
  return mean(pages.map(pageF1));
}
