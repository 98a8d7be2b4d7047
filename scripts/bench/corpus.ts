/**
 * The pages and articles the benchmark reads, in place from the evaluation data (EN_BREF_DATA
 * or ../shared/data: scripts/lib/data-dir.ts; never copied into the repository). Without it,
 * importing this module says so in one line and exits 0.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHTML } from 'linkedom';
import { articleFromText, extractArticle } from '../../lib/extract/extract';
import { decodeHtml } from '../../lib/extract/decode';
import { wordCount } from '../../lib/text/tokens';
import type { Article, Block } from '../../lib/types';
import { dataDir } from '../lib/data-dir';
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
export const DATA = dataDir(`tsx ${relative(REPO_ROOT, process.argv[1] ?? 'scripts/bench.ts')}`);

export interface DevPage {
  set: 'scrapinghub' | 'daniel' | 'orangesum';
  id: string;
  file: string;
  /** The page's address (Scrapinghub's own; a made-up one elsewhere). */
  url: string;
}

/** The development pages of the extraction benchmarks: Scrapinghub (88) and DAnIEL (872). */
export function extractionPages(): DevPage[] {
  const sh = resolve(DATA, 'extraction/scrapinghub');
  const truth = JSON.parse(readFileSync(resolve(sh, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const pages: DevPage[] = Object.keys(truth)
    .sort()
    .map((id) => ({ set: 'scrapinghub', id, file: resolve(sh, 'html', `${id}.html.gz`), url: truth[id].url }));
  const dn = resolve(DATA, 'extraction/daniel/html');
  for (const f of readdirSync(dn)
    .filter((f) => f.endsWith('.html.gz'))
    .sort()) {
    const id = f.slice(0, -'.html.gz'.length);
    pages.push({ set: 'daniel', id, file: resolve(dn, f), url: `http://${id.split('_')[1]}/` });
  }
  return pages;
}

export const orangeSumIds = (): string[] => readFileSync(resolve(DATA, 'summaries/orangesum/ids.txt'), 'utf8').split(/\s+/).filter(Boolean);

export const orangeSumPage = (id: string): DevPage => ({
  set: 'orangesum',
  id,
  file: resolve(DATA, `summaries/orangesum/html/${id}.html.gz`),
  url: `https://actu.orange.fr/${id}`,
});

/** A page's HTML as the benchmarks read it: gunzipped, decoded by its charset (lib/extract/decode). */
export const readHtml = (file: string): string => decodeHtml(new Uint8Array(gunzipSync(readFileSync(file))));

const extracted = (p: DevPage): Article | undefined => {
  const r = extractArticle(parseHTML(readHtml(p.file)).document as unknown as Document, { url: p.url });
  return r.ok ? r.value : undefined;
};

/** OrangeSum pages (fr) extracted as the extension would, in the order of ids.txt. */
export function orangeSumArticles(n: number): Article[] {
  const out: Article[] = [];
  for (const id of orangeSumIds()) {
    if (out.length >= n) break;
    const a = extracted(orangeSumPage(id));
    if (a) out.push(a);
  }
  return out;
}

/** FRANK's CNN/DailyMail and BBC validation articles (en), plain text without a title. */
export function frankArticles(dataset?: 'cnndm' | 'xsum'): Article[] {
  const rows = readFileSync(resolve(DATA, 'summaries/frank/dev.jsonl'), 'utf8')
    .split('\n')
    .filter(Boolean)
    .map((l) => JSON.parse(l) as { id: string; dataset: string; article: string })
    .filter((r) => !dataset || r.dataset === dataset);
  const out: Article[] = [];
  for (const row of rows) {
    // XSum's scrape glued its paragraphs ("community.Dr Venter"): the page had them apart.
    const text = row.dataset === 'xsum' ? row.article.replace(/([.!?"”’)])(?=[\p{Lu}“"‘])/gu, '$1\n\n') : row.article;
    const r = articleFromText(`${row.id}\n\n${text}`, { lang: 'en' });
    if (r.ok) out.push(r.value);
  }
  return out;
}

/**
 * A long article of about `words` words made of real ones put end to end: the first one's
 * title, then each next article under its title as a sub-heading, the last paragraph cut at
 * the word that reaches the length. `start` picks where in the list to begin (other samples).
 */
export function concatenated(articles: Article[], words: number, start = 0): Article {
  const lang = articles[0].lang;
  const blocks: Block[] = [];
  let total = 0;
  for (let k = 0; total < words; k++) {
    if (k >= articles.length * 4) throw new Error(`not enough text for ${words} words`);
    const a = articles[(start + k) % articles.length];
    if (k > 0 && a.title) blocks.push({ kind: 'heading', level: 2, text: a.title });
    for (const b of a.blocks) {
      if (total >= words) break;
      if (b.kind === 'heading') {
        blocks.push(b);
        continue;
      }
      const n = wordCount(b.text, lang);
      if (total + n <= words) {
        blocks.push(b);
        total += n;
        continue;
      }
      // Cut the last paragraph at the word that reaches the length.
      const parts = b.text.split(/(\s+)/);
      let kept = '';
      let count = total;
      for (const part of parts) {
        kept += part;
        if (/\S/.test(part)) count = total + wordCount(kept, lang);
        if (count >= words) break;
      }
      blocks.push({ kind: b.kind, text: kept.trim() } as Block);
      total = count;
    }
  }
  const text = blocks.map((b) => b.text).join('\n\n');
  const first = articles[start % articles.length];
  return { ...first, url: `https://example.org/long-${lang}-${words}-${start}`, blocks, text, wordCount: wordCount(text, lang), pageFaq: undefined };
}

/** An article as a page of HTML (title, paragraphs, sub-headings), to serve to the browser. */
export function articleHtml(a: Article): string {
  const esc = (s: string) => s.replace(/[&<>"]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' })[c]!);
  const body = a.blocks
    .map((b) =>
      b.kind === 'heading'
        ? `<h${b.level ?? 2}>${esc(b.text)}</h${b.level ?? 2}>`
        : b.kind === 'list-item'
          ? `<ul><li>${esc(b.text)}</li></ul>`
          : b.kind === 'quote'
            ? `<blockquote>${esc(b.text)}</blockquote>`
            : `<p>${esc(b.text)}</p>`,
    )
    .join('\n');
  return `<!doctype html><html lang="${a.lang}"><head><meta charset="utf-8"><title>${esc(a.title)}</title></head><body><header><a href="/">News</a></header><article><h1>${esc(a.title)}</h1>\n${body}\n</article><footer>© News</footer></body></html>`;
}
