import { describe, expect, it } from 'vitest';
import { aggregate, meanPageF1, pageF1, precisionScore, recallScore, shingleMatch, shingles, tokenize } from '../../scripts/bench/eval/shingles';

describe('shingle tokens (upstream \\w+)', () => {
  it('keeps runs of word characters, drops punctuation, keeps case', () => {
    expect(tokenize('The U.S. economy, in 2019: up_3%!')).toEqual(['The', 'U', 'S', 'economy', 'in', '2019', 'up_3']);
    expect(tokenize("L'Élysée — Москва, Αθήνα 엘제이의")).toEqual(['L', 'Élysée', 'Москва', 'Αθήνα', '엘제이의']);
    expect(tokenize('')).toEqual([]);
    expect(tokenize(' ... ')).toEqual([]);
  });

  it('splits Chinese and Japanese into characters, unless asked for upstream tokens', () => {
    expect(tokenize('北京，2012年 iPhone发布')).toEqual(['北', '京', '2012', '年', 'iPhone', '发', '布']);
    expect(tokenize('東京タワーへ', {})).toEqual(['東', '京', 'タ', 'ワ', 'ー', 'へ']);
    expect(tokenize('北京，2012年 iPhone发布', { cjkChars: false })).toEqual(['北京', '2012年', 'iPhone发布']);
  });
});

describe('shingles', () => {
  it('counts every 4-gram as a multiset', () => {
    // a b c d a b c d e: 6 shingles, "a b c d" twice
    const s = shingles('a b c d a b c d e');
    expect([...s.entries()]).toEqual([
      ['a b c d', 2],
      ['b c d a', 1],
      ['c d a b', 1],
      ['d a b c', 1],
      ['b c d e', 1],
    ]);
  });

  it('a text shorter than n is one shingle; an empty one has none', () => {
    expect([...shingles('Hello, world').entries()]).toEqual([['Hello world', 1]]);
    expect(shingles('—').size).toBe(0);
  });
});

describe('page counts (upstream string_shingle_matching)', () => {
  it('hand-computed overlap, normalised by tp + fp + fn', () => {
    // ref:  a b c d e f  -> abcd bcde cdef      (3)
    // pred: a b c d e x y -> abcd bcde cdex dexy (4)
    // tp 2, fp 2, fn 1 -> divided by 5
    const c = shingleMatch('a b c d e x y', 'a b c d e f');
    expect(c.tp).toBeCloseTo(2 / 5);
    expect(c.fp).toBeCloseTo(2 / 5);
    expect(c.fn).toBeCloseTo(1 / 5);
    expect(precisionScore(c)).toBeCloseTo(2 / 4);
    expect(recallScore(c)).toBeCloseTo(2 / 3);
    expect(pageF1(c)).toBeCloseTo((2 * 0.5 * (2 / 3)) / (0.5 + 2 / 3));
  });

  it('repeated shingles match only as often as the reference has them', () => {
    // pred: a b c d a b c d -> abcd x2, bcda, cdab, dabc (5); ref: a b c d -> abcd (1)
    const c = shingleMatch('a b c d a b c d', 'a b c d');
    expect(precisionScore(c)).toBeCloseTo(1 / 5);
    expect(recallScore(c)).toBe(1);
  });

  it('tokens ignore punctuation and whitespace layout but not case', () => {
    expect(precisionScore(shingleMatch('One, two;\n\nthree four five.', 'One two three four five'))).toBe(1);
    expect(recallScore(shingleMatch('one two three four', 'One two three four'))).toBe(0);
  });

  it('empty prediction, empty reference', () => {
    expect(shingleMatch('', 'a b c d e')).toEqual({ tp: 0, fp: 0, fn: 1 });
    expect(shingleMatch('a b c d e', '')).toEqual({ tp: 0, fp: 1, fn: 0 });
    expect(shingleMatch('', '')).toEqual({ tp: 0, fp: 0, fn: 0 });
    expect(recallScore({ tp: 0, fp: 0, fn: 1 })).toBe(0);
    expect(precisionScore({ tp: 0, fp: 1, fn: 0 })).toBe(0);
    // upstream: fp == fn == 0 -> 1 for both
    expect(precisionScore({ tp: 0, fp: 0, fn: 0 })).toBe(1);
    expect(pageF1({ tp: 0, fp: 0, fn: 1 })).toBe(0);
  });

  it('Chinese: character shingles give partial credit where clause tokens give none', () => {
    // ref 今天天气很好 -> 今天天气 天天气很 天气很好 (3); pred 今天天气不好 -> 今天天气 天天气不 天气不好 (3); tp 1
    const c = shingleMatch('今天天气不好', '今天天气很好');
    expect(precisionScore(c)).toBeCloseTo(1 / 3);
    expect(recallScore(c)).toBeCloseTo(1 / 3);
    expect(precisionScore(shingleMatch('今天天气不好', '今天天气很好', { cjkChars: false }))).toBe(0);
  });
});

describe('aggregate (upstream metrics_from_tp_fp_fns)', () => {
  it('means over applicable pages, F1 of the means; an empty prediction is left out of precision', () => {
    const pages = [
      shingleMatch('a b c d e x y', 'a b c d e f'), // P 1/2, R 2/3
      shingleMatch('a b c d e', 'a b c d e'), // P 1, R 1
      shingleMatch('', 'a b c d e'), // no precision, R 0
    ];
    const s = aggregate(pages);
    expect(s.precision).toBeCloseTo((0.5 + 1) / 2);
    expect(s.recall).toBeCloseTo((2 / 3 + 1 + 0) / 3);
    expect(s.f1).toBeCloseTo((2 * 0.75 * (5 / 9)) / (0.75 + 5 / 9));
    // the mean of per-page F1s is a different figure: (4/7 + 1 + 0) / 3
    expect(meanPageF1(pages)).toBeCloseTo((4 / 7 + 1) / 3);
  });
});
