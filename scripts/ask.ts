/**
 * npm run ask -- <page.html | page.html.gz | page.txt | url | -> --question "…" [--json] [--text] [--url U] [--jsdom] [--max N]
 * npm run ask -- --jsonl FILE|-  [--max N]
 *
 * Asks an article a question with the extension's own code (lib/qa on the engine's
 * sentences) and prints the answers, best first, with the sentences they come from; or "The
 * article does not say." and the closest passage.
 *
 * --jsonl: one question a line, {"id", "title", "text", "lang"?, "question"} (text: the article,
 * paragraphs separated by blank lines); one result a line, {"id", "answered", "answers": [{"text",
 * "sources", "sentences"}]} best first (the closest passages too when answered is false, so that
 * recall can be measured), or {"id", "error", "kind", "detail"}.
 */
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { articleFromText } from '../lib/extract/extract';
import { failure, type Failure } from '../lib/errors';
import { segmentArticle } from '../lib/text/segment';
import { answerQuestion, type Answer } from '../lib/qa';
import type { Article, Sentence } from '../lib/types';
import { readArticle } from './input';
import { failureMessage } from '../lib/ui/failures';

const USAGE = `usage: npm run ask -- <page.html | page.html.gz | page.txt | url | -> --question "…" [--json] [--text] [--url U] [--jsdom] [--max N]
       npm run ask -- --jsonl FILE|-   (one {"id", "title", "text", "lang"?, "question"} a line)`;

const { values: flags, positionals: inputs } = parseArgs({
  allowPositionals: true,
  options: {
    question: { type: 'string', short: 'q' },
    json: { type: 'boolean', default: false },
    jsonl: { type: 'string' },
    text: { type: 'boolean', default: false },
    url: { type: 'string' },
    jsdom: { type: 'boolean', default: false },
    max: { type: 'string', default: '3' },
    help: { type: 'boolean', short: 'h', default: false },
  },
});

const max = Number(flags.max);
if (flags.help || (!flags.jsonl && (inputs.length !== 1 || !flags.question?.trim())) || !(Number.isInteger(max) && max >= 1 && max <= 10)) {
  console.error(USAGE);
  process.exit(flags.help ? 0 : 2);
}

interface Printed {
  text: string;
  sources: number[];
  sentences: string[];
}
const printed = (a: Answer, sentences: Sentence[]): Printed => ({ text: a.text, sources: a.sources, sentences: a.sources.map((i) => sentences[i].text) });

/** The answers of one question; when the article does not say, the closest passages in their place. */
function ask(article: Article, question: string) {
  const sentences = segmentArticle(article.blocks, article.lang);
  const t0 = performance.now();
  const result = answerQuestion(question, sentences, article.lang, { max, pairs: true });
  const ms = Math.round((performance.now() - t0) * 100) / 100;
  // Asked again without the threshold: what it would have answered, for recall.
  const ranked = result.answered
    ? result.answers
    : answerQuestion(question, sentences, article.lang, { max, threshold: 0, alternatives: 'all', pairs: true }).answers;
  return { sentences, result, ranked, ms };
}

function errorLine(id: unknown, e: Failure) {
  return JSON.stringify({ id, error: failureMessage(e.kind), kind: e.kind, ...(e.detail ? { detail: e.detail } : {}) });
}

async function jsonl(file: string) {
  const lines = createInterface({ input: file === '-' ? process.stdin : (await import('node:fs')).createReadStream(file), crlfDelay: Infinity });
  let failed = 0;
  let total = 0;
  for await (const line of lines) {
    if (!line.trim()) continue;
    total++;
    let row: { id?: unknown; title?: unknown; text?: unknown; lang?: unknown; question?: unknown };
    try {
      row = JSON.parse(line);
    } catch (e) {
      failed++;
      console.log(errorLine(null, failure('unexpected', `not JSON: ${(e as Error).message}`)));
      continue;
    }
    if (typeof row.text !== 'string' || typeof row.question !== 'string' || !row.question.trim()) {
      failed++;
      console.log(errorLine(row.id ?? null, failure('unexpected', 'each line needs "text" and "question" strings')));
      continue;
    }
    const title = typeof row.title === 'string' && row.title.trim() ? row.title.trim() : '-';
    const article = articleFromText(`${title}\n\n${row.text}`, typeof row.lang === 'string' ? { lang: row.lang } : {});
    if (!article.ok) {
      failed++;
      console.log(errorLine(row.id ?? null, article.error));
      continue;
    }
    const { sentences, result, ranked } = ask(article.value, row.question);
    console.log(JSON.stringify({ id: row.id ?? null, answered: result.answered, answers: ranked.map((a) => printed(a, sentences)) }));
  }
  process.exitCode = total > 0 && failed === total ? 1 : 0;
}

async function single(input: string, question: string) {
  const article = await readArticle(input, { text: flags.text, url: flags.url, jsdom: flags.jsdom });
  if (!article.ok) {
    const e = article.error;
    if (flags.json) console.log(JSON.stringify({ input, error: failureMessage(e.kind), kind: e.kind, ...(e.detail ? { detail: e.detail } : {}) }));
    else console.error(`${input}: ${failureMessage(e.kind)}${e.detail ? ` (${e.detail})` : ''}`);
    process.exitCode = 1;
    return;
  }
  const a = article.value;
  const { sentences, result, ms } = ask(a, question);
  const q = result.analysis;
  if (flags.json) {
    console.log(
      JSON.stringify({
        input,
        article: { title: a.title, lang: a.lang, url: a.url, wordCount: a.wordCount, sentences: sentences.length },
        question,
        type: q.type,
        expects: q.expects,
        answered: result.answered,
        confidence: Math.round(result.confidence * 1000) / 1000,
        answers: result.answers.map((x) => printed(x, sentences)),
        ...(result.closest ? { closest: printed(result.closest, sentences) } : {}),
        ms,
      }),
    );
    return;
  }
  const out = [`${a.title} (${a.lang}, ${a.wordCount} words)`, `Q: ${question}  [${q.type}]`];
  if (result.answered) for (const x of result.answers) out.push(`  • ${x.text}  [${x.sources.join(',')}]`);
  else {
    out.push('  The article does not say.');
    if (result.closest) out.push(`  Closest passage: ${result.closest.text}  [${result.closest.sources.join(',')}]`);
  }
  console.log(out.join('\n'));
}

if (flags.jsonl) await jsonl(flags.jsonl);
else await single(inputs[0], flags.question!.trim());
