/**
 * The OpenAI-compatible engine: the article's sentences (those that fit the endpoint's
 * context, lib/engine/model/context.ts) sent to the reader's own endpoint, a digest streamed
 * back as JSON, every line checked against the sentences it cites. Runs wherever fetch does:
 * the background service worker, and Node for the command line.
 */
import type { Digest, DigestOptions } from '../../types';
import { failure, type Result } from '../../errors';
import { contentHash } from '../../text/hash';
import { bulletCount } from '../embedded/bullets';
import { faqCount } from '../embedded/faq';
import { EngineError, type Engine, type EngineRun, type ModelInput } from '../types';
import { DigestBuilder } from '../model/assemble';
import { fitSentences } from '../model/context';
import { JsonItemStream } from '../model/json-items';
import { DIGEST_SCHEMA, digestMessages } from '../model/prompt';
import { chatCompletion, type Fetch, type Timeouts } from './client';
import { configProblems, endpointLimits, type EndpointConfig } from './config';

export const OPENAI_ENGINE_VERSION = '0.1.0';

export interface OpenAIRun extends EngineRun {
  fetch?: Fetch;
  /** Overrides the preset's deadlines (tests). */
  timeouts?: Partial<Timeouts>;
  /** Overrides how much article is sent (tests). */
  contextChars?: number;
}

export async function openaiDigest(input: ModelInput, options: DigestOptions, config: EndpointConfig, run: OpenAIRun = {}): Promise<Result<Digest>> {
  const t0 = performance.now();
  if (configProblems(config).length) return { ok: false, error: failure('endpoint-not-configured', configProblems(config).join(', ')) };
  const { article, sentences } = input;
  const limits = endpointLimits(config);
  const fitted = fitSentences(article, sentences, run.contextChars ?? limits.contextChars);
  const bullets = Math.max(1, options.bullets ?? bulletCount(article.wordCount, options.length));
  const faqItems = options.faqItems ?? faqCount(article.wordCount);
  const builder = new DigestBuilder({ sentences, shown: new Set(fitted.sentences.map((s) => s.index)), lang: article.lang }, { bullets, faqItems });
  const stream = new JsonItemStream();
  const onText = (text: string) => {
    for (const raw of stream.push(text)) {
      const shown = builder.addRaw(raw);
      if (shown) run.onItem?.(shown);
    }
  };
  const answer = await chatCompletion({
    config,
    messages: digestMessages({ article, sentences: fitted.sentences, bullets, faqItems }),
    schema: DIGEST_SCHEMA,
    stream: true,
    // The table: up to six short rows.
    maxTokens: 400 + 90 * (bullets + 2 * faqItems) + 360,
    signal: run.signal,
    timeouts: { firstByteMs: run.timeouts?.firstByteMs ?? limits.firstByteMs, totalMs: run.timeouts?.totalMs ?? limits.totalMs },
    fetch: run.fetch,
    onText,
  });
  if (!answer.ok) return answer;
  // A whole-JSON answer to a streaming request arrives in one piece, never through onText.
  if (!stream.received && answer.value.text) onText(answer.value.text);
  if (builder.bullets.length === 0) {
    const why = !stream.received.trim()
      ? 'empty answer'
      : answer.value.finishReason === 'length'
        ? 'the answer was cut off (max tokens) before a complete line'
        : stream.complete
          ? `no bullet citing the article (${builder.dropped} without sources, ${stream.invalid} unreadable)`
          : 'the answer is not the JSON asked for';
    return { ok: false, error: failure('endpoint-malformed', why) };
  }
  return {
    ok: true,
    value: builder.digest({
      engine: { id: 'openai', version: OPENAI_ENGINE_VERSION, model: answer.value.model || config.model },
      contentHash: input.contentHash,
      digestMs: Math.round((performance.now() - t0) * 100) / 100,
    }),
  };
}

/** The engine behind the common interface (the command line uses it). */
export function openaiEngine(config: EndpointConfig, deps: Pick<OpenAIRun, 'fetch' | 'timeouts'> = {}): Engine {
  return {
    id: 'openai',
    version: OPENAI_ENGINE_VERSION,
    available: () => configProblems(config).length === 0,
    async digest(article, sentences, options, run) {
      const r = await openaiDigest({ article, sentences, contentHash: contentHash(article.text) }, options, config, { ...deps, ...run });
      if (!r.ok) throw new EngineError(r.error);
      return r.value;
    },
  };
}
