/**
 * One cold measurement for bench:ask, run in a fresh process (as a popup or side panel that has
 * just opened: nothing stemmed, indexed or compiled yet):
 *   tsx scripts/bench/ask-cold.ts <root> <input.json> [--prepare]
 * <input.json>: { lang, sentences, questions }. Loads lib/ask.ts from <root> (another checkout
 * can be measured in the same run), then times the first question, a second one on the same
 * article (warm), and with --prepare, prepareAsk as the ask box opens before the first question.
 * Prints one line of JSON: { first, second, prepare? } in ms.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const [root, input, mode] = process.argv.slice(2);
const { lang, sentences, questions } = JSON.parse(readFileSync(input, 'utf8')) as { lang: string; sentences: never[]; questions: string[] };
const ask = (await import(pathToFileURL(resolve(root, 'lib/ask.ts')).href)) as typeof import('../../lib/ask');
let prepare: number | undefined;
if (mode === '--prepare') {
  const t = performance.now();
  ask.prepareAsk(sentences, lang);
  prepare = performance.now() - t;
}
const t0 = performance.now();
const a = ask.embeddedAsk(questions[0], sentences, lang, 0);
const t1 = performance.now();
const b = ask.embeddedAsk(questions[1] ?? questions[0], sentences, lang, 0);
const t2 = performance.now();
console.log(JSON.stringify({ first: t1 - t0, second: t2 - t1, ...(prepare !== undefined ? { prepare } : {}), answers: [a, b] }));
