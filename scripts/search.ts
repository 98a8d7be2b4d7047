/**
 * npm run search -- --pages <files or folders> (--query "…" [--json] | --queries FILE.jsonl)
 *
 * The library's search on the command line, with the same code as the library page
 * (lib/library/search-index.ts): the pages are digested as Save does (scripts/library/pages.ts)
 * into an in-memory library, then searched.
 *
 * --query prints the ranked results (title, score, file); --json one JSON line per result.
 * --queries reads lines {"id", "query"} and prints one line each:
 *   {"id", "results": [{"input", "title", "score"}]}, the ten best.
 * A page that cannot be read is reported on stderr and left out.
 */
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import type { SavedDigest } from '../lib/library/record';
import { SearchIndex, searchDoc } from '../lib/library/search-index';
import { pageFiles, readArticle, recordOf } from './library/pages';
import { failureMessage } from '../lib/ui/failures';

const USAGE = 'usage: npm run search -- --pages <files or folders> ... (--query "words" [--json] | --queries FILE.jsonl)';
const TOP = 10;

const { values: flags, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    pages: { type: 'string', multiple: true },
    query: { type: 'string' },
    queries: { type: 'string' },
    json: { type: 'boolean', default: false },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

// "--pages a.html b.html dir/": the names after --pages, up to the next option.
const inputs = [...(flags.pages ?? []), ...positionals];
if (flags.help || !inputs.length || (flags.query === undefined) === (flags.queries === undefined)) {
  console.error(USAGE);
  process.exit(flags.help ? 0 : 2);
}

let files: string[];
try {
  files = pageFiles(inputs);
} catch (e) {
  console.error(`${String((e as Error).message ?? e)}\n${USAGE}`);
  process.exit(2);
}

// The library: one record per page read (two pages of one article make one record, as in the extension).
const byUrl = new Map<string, { record: SavedDigest; input: string }>();
files.forEach((file, i) => {
  try {
    const article = readArticle(file);
    if (!article.ok) return console.error(`${file}: ${failureMessage(article.error.kind)}${article.error.detail ? ` (${article.error.detail})` : ''}`);
    const record = recordOf(article.value, Date.UTC(2026, 0, 1) + i * 60_000);
    byUrl.set(record.url, { record, input: file });
  } catch (e) {
    console.error(`${file}: ${String((e as Error).message ?? e)}`);
  }
});
const index = SearchIndex.of([...byUrl.values()].map((x) => searchDoc(x.record)));

const results = (query: string) =>
  index
    .search(query)
    .slice(0, TOP)
    .map((h) => {
      const { record, input } = byUrl.get(h.url)!;
      return { input, title: record.article.title, score: Math.round(h.score * 1000) / 1000, matched: h.matched, words: h.words };
    });

if (flags.queries !== undefined) {
  const lines = readFileSync(flags.queries === '-' ? 0 : flags.queries, 'utf8').split('\n');
  let bad = 0;
  for (const [n, line] of lines.entries()) {
    if (!line.trim()) continue;
    let q: { id?: unknown; query?: unknown };
    try {
      q = JSON.parse(line);
    } catch {
      q = {};
    }
    if (typeof q.query !== 'string') {
      bad++;
      console.error(`${flags.queries}:${n + 1}: not a line {"id", "query"}`);
      continue;
    }
    console.log(JSON.stringify({ id: q.id ?? null, results: results(q.query).map(({ input, title, score }) => ({ input, title, score })) }));
  }
  process.exitCode = bad ? 1 : 0;
} else {
  const found = results(flags.query!);
  if (flags.json) for (const r of found) console.log(JSON.stringify(r));
  else if (!found.length) console.log(`Nothing in ${byUrl.size} pages matches "${flags.query}".`);
  else
    console.log(
      found.map((r, i) => `${String(i + 1).padStart(2)}. ${r.title}\n    ${r.score.toFixed(3)}  ${r.matched}/${r.words} words  ${r.input}`).join('\n'),
    );
}
