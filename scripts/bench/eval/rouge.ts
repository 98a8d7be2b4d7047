/**
 * ROUGE F1 as the summarisation literature reports it: Unicode word tokens, lower-cased, no
 * stemming; ROUGE-L at summary level ("rougeLsum": union LCS of each reference line over the
 * candidate lines), after Google's rouge-score package.
 */
export const rougeTokens = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

export interface Prf {
  p: number;
  r: number;
  f: number;
}

const prf = (hits: number, candTotal: number, refTotal: number): Prf => {
  const p = candTotal ? hits / candTotal : 0;
  const r = refTotal ? hits / refTotal : 0;
  return { p, r, f: p + r ? (2 * p * r) / (p + r) : 0 };
};

function ngrams(tokens: string[], n: number): Map<string, number> {
  const m = new Map<string, number>();
  for (let i = 0; i + n <= tokens.length; i++) {
    const k = tokens.slice(i, i + n).join('\u0001');
    m.set(k, (m.get(k) ?? 0) + 1);
  }
  return m;
}

export function rougeN(candidate: string, reference: string, n: number): Prf {
  const c = ngrams(rougeTokens(candidate), n);
  const r = ngrams(rougeTokens(reference), n);
  let hits = 0;
  let ct = 0;
  let rt = 0;
  for (const v of c.values()) ct += v;
  for (const [k, v] of r) {
    rt += v;
    hits += Math.min(v, c.get(k) ?? 0);
  }
  return prf(hits, ct, rt);
}

/** Indices in `a` of one longest common subsequence of `a` and `b`. */
function lcsIndices(a: string[], b: string[]): number[] {
  const m = a.length;
  const n = b.length;
  const t: Uint16Array[] = Array.from({ length: m + 1 }, () => new Uint16Array(n + 1));
  for (let i = 1; i <= m; i++) for (let j = 1; j <= n; j++) t[i][j] = a[i - 1] === b[j - 1] ? t[i - 1][j - 1] + 1 : Math.max(t[i - 1][j], t[i][j - 1]);
  const out: number[] = [];
  let i = m;
  let j = n;
  while (i > 0 && j > 0) {
    if (a[i - 1] === b[j - 1]) {
      out.push(i - 1);
      i--;
      j--;
    } else if (t[i - 1][j] >= t[i][j - 1]) i--;
    else j--;
  }
  return out.reverse();
}

/** Summary-level ROUGE-L over lines (one sentence or bullet per line). */
export function rougeLsum(candidateLines: string[], referenceLines: string[]): Prf {
  const cand = candidateLines.map(rougeTokens).filter((x) => x.length);
  const ref = referenceLines.map(rougeTokens).filter((x) => x.length);
  const count = (lines: string[][]) => {
    const m = new Map<string, number>();
    for (const l of lines) for (const t of l) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const cc = count(cand);
  const rc = count(ref);
  let hits = 0;
  for (const r of ref) {
    const union = new Set<number>();
    for (const c of cand) for (const i of lcsIndices(r, c)) union.add(i);
    for (const i of [...union].sort((a, b) => a - b)) {
      const tok = r[i];
      if ((cc.get(tok) ?? 0) > 0 && (rc.get(tok) ?? 0) > 0) {
        hits++;
        cc.set(tok, cc.get(tok)! - 1);
        rc.set(tok, rc.get(tok)! - 1);
      }
    }
  }
  const total = (lines: string[][]) => lines.reduce((a, l) => a + l.length, 0);
  return prf(hits, total(cand), total(ref));
}

export interface RougeScores {
  r1: number;
  r2: number;
  rL: number;
}

export function rouge(candidateLines: string[], referenceLines: string[]): RougeScores {
  const c = candidateLines.join('\n');
  const r = referenceLines.join('\n');
  return { r1: rougeN(c, r, 1).f, r2: rougeN(c, r, 2).f, rL: rougeLsum(candidateLines, referenceLines).f };
}
