/**
 * npm run digest -- <file.html | file.html.gz | file.txt | url | -> ... [--text] [--url U] [--bullets N] [--json] [--jsdom]
 *                   [--engine embedded|openai --base-url URL --model M]
 *
 * Runs the extension's own lib code in Node and prints one digest per input (one JSON
 * object per line with --json). A failing input prints an error and the run goes on.
 * `--engine openai` sends each article to an OpenAI-compatible endpoint, the key taken from
 * OPENAI_API_KEY as OpenAI's own tools do (never from the command line, where it would land
 * in the shell's history); its failures print the same error line as any other.
 */
import { parseArgs } from 'node:util';
import { digestArticle } from '../lib/digest';
import type { Failure, Result } from '../lib/errors';
import { openaiDigest } from '../lib/engine/openai';
import { configProblems, type EndpointConfig } from '../lib/engine/openai/config';
import { readArticle } from './input';
import { failureMessage } from '../lib/ui/failures';
import type { DigestTable } from '../lib/types';

const USAGE = `usage: npm run digest -- <file.html | file.html.gz | file.txt | url | -> ... [--text] [--url U] [--bullets N] [--json] [--jsdom]
       [--engine embedded|openai --base-url URL --model M]   (openai: the key from OPENAI_API_KEY)`;

const { values: flags, positionals: inputs } = parseArgs({
  allowPositionals: true,
  options: {
    text: { type: 'boolean', default: false },
    url: { type: 'string' },
    bullets: { type: 'string' },
    json: { type: 'boolean', default: false },
    jsdom: { type: 'boolean', default: false },
    engine: { type: 'string', default: 'embedded' },
    'base-url': { type: 'string' },
    model: { type: 'string' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

if (flags.help || inputs.length === 0) {
  console.error(USAGE);
  process.exit(flags.help ? 0 : 2);
}
const bullets = flags.bullets === undefined ? undefined : Number(flags.bullets);
if (bullets !== undefined && !(Number.isInteger(bullets) && bullets > 0 && bullets <= 20)) {
  console.error(`--bullets takes a whole number from 1 to 20\n${USAGE}`);
  process.exit(2);
}

if (flags.engine !== 'embedded' && flags.engine !== 'openai') {
  console.error(`--engine takes embedded or openai (Chrome's on-device AI runs only in the browser)\n${USAGE}`);
  process.exit(2);
}
const endpointConfig: EndpointConfig | undefined =
  flags.engine === 'openai'
    ? { baseUrl: flags['base-url'] ?? '', model: flags.model ?? '', ...(process.env.OPENAI_API_KEY ? { apiKey: process.env.OPENAI_API_KEY } : {}) }
    : undefined;
if (endpointConfig && configProblems(endpointConfig).some((p) => p !== 'key')) {
  console.error(`--engine openai needs --base-url (http or https, e.g. http://localhost:11434/v1) and --model\n${USAGE}`);
  process.exit(2);
}

async function run(input: string): Promise<Result<unknown> & { input: string }> {
  const t0 = performance.now();
  const article = await readArticle(input, { text: flags.text, url: flags.url, jsdom: flags.jsdom });
  const extractMs = Math.round((performance.now() - t0) * 100) / 100;
  if (!article.ok) return { input, ...article };
  const a = article.value;
  const embedded = digestArticle(a, { bullets });
  const { sentences } = embedded;
  let { digest } = embedded;
  if (endpointConfig) {
    const r = await openaiDigest({ article: a, sentences, contentHash: digest.contentHash }, { bullets }, endpointConfig);
    if (!r.ok) return { input, ...r };
    digest = r.value;
  }
  digest.timings.extractMs = extractMs;
  return {
    input,
    ok: true,
    value: {
      article: {
        title: a.title,
        byline: a.byline,
        siteName: a.siteName,
        lang: a.lang,
        url: a.url,
        publishedTime: a.publishedTime,
        wordCount: a.wordCount,
        text: a.text,
        sentences: sentences.map((s) => s.text),
      },
      digest: {
        heading: digest.heading,
        language: digest.language,
        bullets: digest.bullets,
        faq: digest.faq,
        // null: the article does not support a table (no aspects, no figures).
        table: digest.table ?? null,
        engine: `${digest.engine.id}@${digest.engine.version}`,
        ...(digest.engine.model ? { model: digest.engine.model } : {}),
        ...(digest.dropped ? { dropped: digest.dropped } : {}),
        contentHash: digest.contentHash,
        timings: digest.timings,
      },
    },
  };
}

type Printed = {
  article: { title: string; siteName?: string; lang: string; wordCount: number; url: string };
  digest: {
    heading: string;
    bullets: Array<{ text: string; sources: number[]; verified?: boolean }>;
    table: DigestTable | null;
    faq: Array<{ question: string; answer: string; sources: number[]; verified?: boolean }>;
    model?: string;
  };
};

/** A model's line its cited sentences do not support. */
const unverified = (x: { verified?: boolean }) => (x.verified === false ? '  (unverified)' : '');

function printText(input: string, value: Printed) {
  const { article: a, digest: d } = value;
  const out = [`${a.title}${a.siteName ? ` — ${a.siteName}` : ''} (${a.lang}, ${a.wordCount} words)`, a.url, '', d.heading];
  for (const b of d.bullets) out.push(`  • ${b.text}  [${b.sources.join(',')}]${unverified(b)}`);
  if (d.table) {
    out.push('', d.table.caption, `  ${d.table.columns.join(' | ')}`);
    for (const r of d.table.rows) out.push(`  ${r.aspect} | ${r.text}  [${r.sources.join(',')}]${unverified(r)}`);
  }
  if (d.faq.length) {
    out.push('', 'FAQ');
    for (const q of d.faq) out.push(`  Q: ${q.question}${unverified(q)}`, `  A: ${q.answer}  [${q.sources.join(',')}]`);
  }
  if (inputs.length > 1) out.unshift(`== ${input}`);
  console.log(out.join('\n') + '\n');
}

let failed = 0;
for (const input of inputs) {
  const r = await run(input);
  if (!r.ok) {
    failed++;
    const e: Failure = r.error;
    if (flags.json) console.log(JSON.stringify({ input, error: failureMessage(e.kind), kind: e.kind, detail: e.detail }));
    else console.error(`${input}: ${failureMessage(e.kind)}${e.detail ? ` (${e.detail})` : ''}`);
    continue;
  }
  if (flags.json) console.log(JSON.stringify({ input, ...(r.value as object) }));
  else printText(input, r.value as Printed);
}
process.exitCode = failed === inputs.length ? 1 : 0;
