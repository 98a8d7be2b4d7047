import { describe, expect, it } from 'vitest';
import { rouge, rougeLsum, rougeN, rougeTokens } from '../../scripts/bench/eval/rouge';
import { leadK, textRank } from '../../scripts/bench/eval/baselines';
import { segmentArticle } from '../../lib/text/segment';

describe('ROUGE', () => {
  it('tokenises Unicode words, lower-cased', () => {
    expect(rougeTokens("L'Élysée a 3 œuvres, dit-il.")).toEqual(['l', 'élysée', 'a', '3', 'œuvres', 'dit', 'il']);
  });

  it('ROUGE-N counts clipped n-gram overlaps', () => {
    // candidate: the cat sat on the mat (6); reference: the cat is on the mat (6); common unigrams: the x2, cat, on, mat = 5
    const r1 = rougeN('the cat sat on the mat', 'the cat is on the mat', 1);
    expect(r1.p).toBeCloseTo(5 / 6);
    expect(r1.r).toBeCloseTo(5 / 6);
    // bigrams common: "the cat", "on the", "the mat" = 3 of 5
    expect(rougeN('the cat sat on the mat', 'the cat is on the mat', 2).f).toBeCloseTo(3 / 5);
  });

  it('ROUGE-Lsum takes the union LCS of each reference line over candidate lines', () => {
    // The classic example of Lin (2004): r = w1 w2 w3 w4 w5; c1 = w1 w2 w6 w7 w8; c2 = w1 w3 w8 w9 w5.
    // union LCS = w1 w2 w3 w5: 4 hits; recall 4/5, precision 4/10.
    const s = rougeLsum(['w1 w2 w6 w7 w8', 'w1 w3 w8 w9 w5'], ['w1 w2 w3 w4 w5']);
    expect(s.r).toBeCloseTo(4 / 5);
    expect(s.p).toBeCloseTo(4 / 10);
  });

  it('identical summaries score 1, disjoint ones 0', () => {
    expect(rouge(['a b c.', 'd e f.'], ['a b c.', 'd e f.'])).toEqual({ r1: 1, r2: 1, rL: 1 });
    expect(rouge(['a b c'], ['x y z'])).toEqual({ r1: 0, r2: 0, rL: 0 });
  });
});

describe('baselines', () => {
  it('Lead-k and TextRank pick k sentences in reading order', () => {
    expect(leadK(['a', 'b', 'c'], 2)).toEqual(['a', 'b']);
    const blocks = [
      { kind: 'paragraph' as const, text: 'The river flooded the town. The flood closed the town bridge. Rain fell on the river all week. A cat slept.' },
    ];
    const sentences = segmentArticle(blocks, 'en');
    const picked = textRank(sentences, 'en', 2);
    expect(picked).toHaveLength(2);
    expect([...picked].sort((a, b) => a - b)).toEqual(picked);
    expect(picked).not.toContain(3);
  });
});

describe('benchmark statistics', () => {
  it('nearest-rank quantiles and a mean that is 0 for nothing', async () => {
    const { mean, quantile } = await import('../../scripts/bench/eval/stats');
    expect(quantile([5, 1, 3, 2, 4], 0.5)).toBe(3);
    expect(quantile([1, 2, 3, 4], 0.5)).toBe(2);
    expect(
      quantile(
        Array.from({ length: 20 }, (_, i) => i + 1),
        0.95,
      ),
    ).toBe(19);
    expect(quantile([], 0.5)).toBeNaN();
    expect(mean([1, 2, 3])).toBe(2);
    expect(mean([])).toBe(0);
  });
});
