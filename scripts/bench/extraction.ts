/**
 * Extraction time per page in Node, with linkedom and with jsdom: our extractArticle() and plain
 * Readability (defaults, on doc.cloneNode(true), as a reader-mode script would call it) on the
 * same parsed page, in the same run, by turns (which one goes first alternates page by page
 * and repetition by repetition). Each page's time is the median of `reps` runs.
 */
import { parseHTML } from 'linkedom';
import { JSDOM, VirtualConsole } from 'jsdom';
import { Readability } from '@mozilla/readability';
import { extractArticle } from '../../lib/extract/extract';
import { quantile } from './eval/stats';
import { readHtml, type DevPage } from './corpus';

export type Dom = 'linkedom' | 'jsdom';

export interface PageTimes {
  set: string;
  id: string;
  ours: number;
  readability: number;
  ok: boolean;
}

const quiet = new VirtualConsole();

function parse(dom: Dom, html: string, url: string): { doc: Document; close(): void } {
  if (dom === 'jsdom') {
    const d = new JSDOM(html, { url, virtualConsole: quiet });
    return { doc: d.window.document, close: () => d.window.close() };
  }
  return { doc: parseHTML(html).document as unknown as Document, close: () => {} };
}

export function timeExtraction(dom: Dom, pages: DevPage[], reps: number, log?: (s: string) => void): PageTimes[] {
  const out: PageTimes[] = [];
  let turn = 0;
  const t0 = performance.now();
  pages.forEach((p, i) => {
    const { doc, close } = parse(dom, readHtml(p.file), p.url);
    const ours: number[] = [];
    const plain: number[] = [];
    let ok = false;
    for (let r = 0; r < reps; r++) {
      const runOurs = () => {
        const t = performance.now();
        ok = extractArticle(doc, { url: p.url }).ok;
        ours.push(performance.now() - t);
      };
      const runPlain = () => {
        const t = performance.now();
        try {
          new Readability(doc.cloneNode(true) as Document).parse();
        } catch {
          /* timed all the same */
        }
        plain.push(performance.now() - t);
      };
      if (turn++ % 2 === 0) {
        runOurs();
        runPlain();
      } else {
        runPlain();
        runOurs();
      }
    }
    close();
    out.push({ set: p.set, id: p.id, ours: quantile(ours, 0.5), readability: quantile(plain, 0.5), ok });
    if (log && (i + 1) % 200 === 0) log(`extraction (${dom}): ${i + 1}/${pages.length} pages, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  });
  return out;
}

export interface ExtractionStats {
  pages: number;
  failed: number;
  ours: { median: number; p95: number };
  readability: { median: number; p95: number };
  /** Median of ours over median of Readability. */
  ratio: number;
  /** Median of the per-page ratios. */
  pageRatio: number;
}

export function extractionStats(times: PageTimes[]): ExtractionStats {
  const ours = times.map((t) => t.ours);
  const plain = times.map((t) => t.readability);
  return {
    pages: times.length,
    failed: times.filter((t) => !t.ok).length,
    ours: { median: quantile(ours, 0.5), p95: quantile(ours, 0.95) },
    readability: { median: quantile(plain, 0.5), p95: quantile(plain, 0.95) },
    ratio: quantile(ours, 0.5) / quantile(plain, 0.5),
    pageRatio: quantile(
      times.map((t) => t.ours / t.readability),
      0.5,
    ),
  };
}
