/**
 * npx tsx scripts/bench-robustness.ts [--dom linkedom|jsdom] [--only NAME]
 *
 * Big and strange pages (testing/big-pages.ts): for each, the size of the page, the time
 * to parse it, to extract the article (extractArticle, which clones the document) and to make
 * the digest (segmentation + embedded engine), and what the reader gets: a digest (bullets,
 * FAQ items) or a plain failure. Prints one Markdown table. A throw is caught and shown as
 * "THROWS" with where it came from: every page must give a digest or a typed failure.
 */
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import { extractArticle } from '../lib/extract/extract';
import { digestArticle } from '../lib/digest';
import { BIG_PAGES, countNodes } from '../testing/big-pages';
import { jsdomDocument, linkedomDocument } from '../testing/dom';
import { failureMessage } from '../lib/ui/failures';

const { values: flags } = parseArgs({ options: { dom: { type: 'string', default: 'linkedom' }, only: { type: 'string' } } });
const dom = flags.dom === 'jsdom' ? 'jsdom' : 'linkedom';
const parse = dom === 'jsdom' ? (h: string) => jsdomDocument(h, 'https://news.example/big') : (h: string) => linkedomDocument(h);

const ms = (t: number) => (t < 10 ? t.toFixed(1) : Math.round(t).toLocaleString('en-US'));
const mb = (n: number) => (n / 1e6).toFixed(2);

console.log(`Big and strange pages, ${dom}, Node ${process.version}\n`);
console.log('| page | MB | elements | nodes | parse ms | extract ms | digest ms | result |');
console.log('|---|---:|---:|---:|---:|---:|---:|---|');
for (const p of BIG_PAGES) {
  if (flags.only && !p.name.includes(flags.only)) continue;
  const html = p.build();
  let t0 = performance.now();
  let doc: Document;
  try {
    doc = parse(html);
  } catch (e) {
    console.log(`| ${p.name} | ${mb(Buffer.byteLength(html))} | | | THROWS: ${(e as Error).message.slice(0, 80)} | | | |`);
    continue;
  }
  const parseMs = performance.now() - t0;
  const { elements, nodes } = countNodes(doc);
  let extractMs = NaN;
  let digestMs = NaN;
  let result: string;
  try {
    t0 = performance.now();
    const r = extractArticle(doc, { url: 'https://news.example/big' });
    extractMs = performance.now() - t0;
    if (!r.ok) result = `${r.error.kind} ("${failureMessage(r.error.kind)}")`;
    else {
      t0 = performance.now();
      const { sentences, digest } = digestArticle(r.value);
      digestMs = performance.now() - t0;
      result = `digest: ${digest.bullets.length} bullets, ${digest.faq.length} FAQ; ${r.value.wordCount.toLocaleString('en-US')} words, ${sentences.length.toLocaleString('en-US')} sentences, lang ${r.value.lang}`;
    }
  } catch (e) {
    const err = e as Error;
    const where =
      err.stack
        ?.split('\n')
        .find((l) => l.includes('/lib/') || l.includes('node_modules'))
        ?.trim() ?? '';
    result = `THROWS ${err.name}: ${err.message.slice(0, 60)} ${where}`;
  }
  console.log(
    `| ${p.name} | ${mb(Buffer.byteLength(html))} | ${elements.toLocaleString('en-US')} | ${nodes.toLocaleString('en-US')} | ${ms(parseMs)} | ${ms(extractMs)} | ${Number.isNaN(digestMs) ? '–' : ms(digestMs)} | ${result} |`,
  );
}
