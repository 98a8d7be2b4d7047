/**
 * Chrome's built-in AI (Gemini Nano, on the device): the Summarizer API writes the bullets
 * (type "key-points"), the Prompt API (LanguageModel, with a JSON schema constraint) the FAQ,
 * in the page's language. Nothing leaves the computer.
 *
 * The APIs live in documents: the popup and the side panel have them, the service worker may
 * not, so this engine runs in the page that shows the digest (lib/ui/digest-client.ts).
 * Availability is asked with the same options as create (output language, expected input
 * languages): a model can be there for English and not for the page's language. A model not
 * downloaded yet needs a user gesture to start the download (downloadChromeAi, from a click).
 */
import type { Digest, DigestOptions, Sentence, TabDigest } from '../../types';
import { failure, type Failure, type Result } from '../../errors';
import {
  chromeAiApis,
  chromeAiStatus,
  languageModelOptions,
  summarizerOptions,
  type ChromeAiApis,
  type LanguageModelSession,
  type Quota,
  type Summarizer,
} from './api';

export * from './api';
import { bulletCount } from '../embedded/bullets';
import { faqCount } from '../embedded/faq';
import { EngineError, type Engine, type EngineRun, type ModelInput } from '../types';
import { contentHash } from '../../text/hash';
import { withFallbackNote } from '../fallback';
import { anchorBullet, DigestBuilder } from '../model/assemble';
import { fitSentences } from '../model/context';
import { parseItems } from '../model/json-items';
import { FAQ_SCHEMA, faqMessages } from '../model/prompt';

export const CHROME_AI_ENGINE_VERSION = '0.1.0';
export const CHROME_AI_MODEL = 'gemini-nano';

// ---------------------------------------------------------------------------------------------
// The digest

/** The article's text by block, from its sentences (what the UI has of it). */
export function blockTexts(sentences: readonly Sentence[]): string[] {
  const out: string[] = [];
  let block = -1;
  for (const s of sentences) {
    if (s.block !== block) {
      out.push(s.text);
      block = s.block;
    } else out[out.length - 1] += ` ${s.text}`;
  }
  return out;
}

/**
 * Blocks grouped into sections that each fit the model's input quota: greedy by an estimate
 * of characters per token, then measured; a section over the quota is halved until it fits.
 * A single block too long for the quota is cut at sentence ends (or, past that, characters).
 */
export async function sections(blocks: readonly string[], quota: Quota, signal?: AbortSignal): Promise<string[]> {
  const limit = quota.inputQuota * 0.9;
  const budget = Math.max(200, Math.floor(limit * 3));
  const pieces = blocks.flatMap((b) => (b.length <= budget ? [b] : splitLong(b, budget)));
  const rough: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const p of pieces) {
    if (current.length && size + p.length > budget) {
      rough.push(current);
      current = [];
      size = 0;
    }
    current.push(p);
    size += p.length + 2;
  }
  if (current.length) rough.push(current);
  const out: string[] = [];
  const fit = async (parts: string[]): Promise<void> => {
    const text = parts.join('\n\n');
    if (parts.length === 1 || (await quota.measureInputUsage(text, { signal })) <= limit) {
      out.push(parts.length === 1 && text.length > budget ? text.slice(0, budget) : text);
      return;
    }
    const half = Math.ceil(parts.length / 2);
    await fit(parts.slice(0, half));
    await fit(parts.slice(half));
  };
  for (const parts of rough) await fit(parts);
  return out;
}

function splitLong(text: string, budget: number): string[] {
  const sentences = text.match(/[^.!?。！？]+[.!?。！？]*\s*/gu) ?? [text];
  const out: string[] = [];
  let cur = '';
  for (const s of sentences) {
    if (cur && cur.length + s.length > budget) {
      out.push(cur.trim());
      cur = '';
    }
    cur += s;
  }
  if (cur.trim()) out.push(cur.trim());
  return out.flatMap((p) => (p.length <= budget ? [p] : (p.match(new RegExp(`[\\s\\S]{1,${budget}}`, 'g')) ?? [])));
}

/** Key points as the Summarizer writes them ("* point", "- point", "1. point") into lines. */
export function keyPoints(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.replace(/^\s*(?:[-*•·]|\d+[.)])\s*/u, '').trim())
    .filter((l) => l.length > 0);
}

const aborted = (signal?: AbortSignal) => signal?.aborted === true;

const bulletsFor = (words: number, options: DigestOptions) => Math.max(1, options.bullets ?? bulletCount(words, options.length));

function thrown(e: unknown, signal?: AbortSignal): Failure {
  if (aborted(signal) || (e as Error)?.name === 'AbortError') return failure('cancelled');
  const name = (e as Error)?.name;
  if (name === 'QuotaExceededError') return failure('engine-failed', 'input over the on-device model’s quota');
  if (name === 'NotSupportedError') return failure('ai-language-unsupported', String((e as Error)?.message ?? e).slice(0, 300));
  return failure('engine-failed', String((e as Error)?.message ?? e).slice(0, 300));
}

/**
 * The digest on the device: key points section by section (then key points of those when
 * the article needed more than one section), each anchored to the sentences it comes from
 * and checked; then the FAQ from the Prompt API, citing sentences like the remote engine.
 */
export async function chromeAiDigest(
  input: ModelInput,
  options: DigestOptions,
  run: EngineRun = {},
  apis: ChromeAiApis = chromeAiApis(),
): Promise<Result<Digest>> {
  const t0 = performance.now();
  const { article, sentences } = input;
  const { signal } = run;
  const bullets = bulletsFor(article.wordCount, options);
  const status = await chromeAiStatus(article.lang, apis, bullets);
  if (!status.ok) return status;
  const faqItems = options.faqItems ?? faqCount(article.wordCount);
  const all = new Set(sentences.map((s) => s.index));
  const builder = new DigestBuilder({ sentences, shown: all, lang: article.lang }, { bullets, faqItems });
  const context = `${article.title}${article.siteName ? ` (${article.siteName})` : ''}`;

  let summarizer: Summarizer | undefined;
  let session: LanguageModelSession | undefined;
  try {
    summarizer = await apis.Summarizer!.create({ ...summarizerOptions(article.lang, bullets), sharedContext: `A news article: ${context}`, signal });
    const parts = await sections(blockTexts(sentences), summarizer, signal);
    let points: string[];
    if (parts.length <= 1) points = keyPoints(await summarizer.summarize(parts[0] ?? '', { context, signal }));
    else {
      // Map: key points of each section. Reduce: key points of those, in groups that fit the
      // quota, until one group holds them all.
      let partial: string[] = [];
      for (const p of parts) partial.push(...keyPoints(await summarizer.summarize(p, { context: `${context}, one section of several`, signal })));
      for (let round = 0; round < 4; round++) {
        const groups = await sections(
          partial.map((p) => `- ${p}`),
          summarizer,
          signal,
        );
        if (groups.length <= 1) break;
        const next: string[] = [];
        for (const g of groups) next.push(...keyPoints(await summarizer.summarize(g, { context: `${context}: key points of some of its sections`, signal })));
        // Key points that do not shrink any more: stop reducing, combine what fits.
        if (next.length >= partial.length) break;
        partial = next;
      }
      const [joined] = await sections(
        partial.map((p) => `- ${p}`),
        summarizer,
        signal,
      );
      points = keyPoints(await summarizer.summarize(joined ?? '', { context: `${context}: the key points of its sections`, signal }));
    }
    for (const p of points) {
      const bullet = anchorBullet(p, { sentences, shown: all, lang: article.lang });
      const shown = bullet && builder.add({ kind: 'bullet', bullet });
      if (shown) run.onItem?.(shown);
    }
    if (builder.bullets.length === 0) return { ok: false, error: failure('engine-failed', 'the Summarizer wrote no key point') };

    if (faqItems > 0) {
      const { system } = faqMessages({ article, sentences: [], faqItems });
      session = await apis.LanguageModel!.create({ ...languageModelOptions(article.lang), initialPrompts: [{ role: 'system', content: system }], signal });
      const room = session.inputQuota - (session.inputUsage ?? 0);
      let budget = Math.max(1_000, Math.floor(room * 2.5));
      let user = '';
      let shownFaq = all;
      for (let tries = 0; tries < 5; tries++) {
        const fitted = fitSentences(article, sentences, budget);
        user = faqMessages({ article, sentences: fitted.sentences, faqItems }).user;
        shownFaq = new Set(fitted.sentences.map((s) => s.index));
        if ((await session.measureInputUsage(user, { signal })) <= room * 0.95) break;
        budget = Math.floor(budget * 0.7);
      }
      const answer = await session.prompt(user, { responseConstraint: FAQ_SCHEMA, signal });
      for (const raw of parseItems(answer).items) {
        if (raw.list !== 'faq' && raw.list !== 'table') continue;
        const shown = builder.addRaw(raw, shownFaq);
        if (shown) run.onItem?.(shown);
      }
    }
  } catch (e) {
    return { ok: false, error: thrown(e, signal) };
  } finally {
    summarizer?.destroy();
    session?.destroy();
  }
  return {
    ok: true,
    value: builder.digest({
      engine: { id: 'chrome-ai', version: CHROME_AI_ENGINE_VERSION, model: CHROME_AI_MODEL },
      contentHash: input.contentHash,
      digestMs: Math.round((performance.now() - t0) * 100) / 100,
    }),
  };
}

/** The engine behind the common interface (lib/engine/types.ts), for a document that has the APIs. */
export function chromeAiEngine(apis: ChromeAiApis = chromeAiApis()): Engine {
  return {
    id: 'chrome-ai',
    version: CHROME_AI_ENGINE_VERSION,
    available: async (language) => (await chromeAiStatus(language, apis)).ok,
    async digest(article, sentences, options, run) {
      const r = await chromeAiDigest({ article, sentences, contentHash: contentHash(article.text) }, options, run, apis);
      if (!r.ok) throw new EngineError(r.error);
      return r.value;
    },
  };
}

/**
 * The popup's and the side panel's step after the embedded digest: the on-device digest of
 * the same sentences when the models are there, else the embedded digest with a note saying
 * why (no API, the language, the hardware, a download to start). `downloadable` tells the page
 * to offer the download button.
 */
export async function chromeAiTabDigest(
  embedded: TabDigest,
  options: DigestOptions,
  run: EngineRun & { onStart?: () => void } = {},
  apis: ChromeAiApis = chromeAiApis(),
): Promise<{ value: TabDigest; downloadable?: boolean }> {
  const { article, sentences } = embedded;
  const status = await chromeAiStatus(article.lang, apis, bulletsFor(article.wordCount, options));
  if (!status.ok) return { value: withFallbackNote(embedded, 'chrome-ai', status.error), downloadable: status.downloadable };
  run.onStart?.();
  const r = await chromeAiDigest({ article, sentences, contentHash: embedded.digest.contentHash }, options, run, apis);
  if (!r.ok) return { value: withFallbackNote(embedded, 'chrome-ai', r.error) };
  r.value.timings.extractMs = embedded.digest.timings.extractMs;
  return { value: { article, sentences, digest: r.value, cached: false } };
}
