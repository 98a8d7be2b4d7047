/**
 * A reader's question put to the OpenAI-compatible endpoint from the background (where its
 * optional host permission applies), answers streamed to the page as they are checked
 * (lib/protocol.ts). A failure goes back as such: the page then answers with the embedded
 * engine and a note saying why, as the digest falls back (lib/ui/ask-client.ts).
 */
import type { Sentence } from '../types';
import { failure } from '../errors';
import type { AskEvent, AskStart } from '../protocol';
import { openaiAsk } from '../engine/openai/ask';
import type { Fetch, Timeouts } from '../engine/openai/client';
import { configProblems, type EndpointConfig } from '../engine/openai/config';
import { explainUnreachable } from './stream-service';

export interface AskServiceDeps {
  endpoint(): Promise<EndpointConfig | null>;
  /** Whether the reader granted the endpoint's origin (an optional host permission). */
  hasPermission(pattern: string): Promise<boolean>;
  fetch?: Fetch;
  timeouts?: Partial<Timeouts>;
}

export async function streamAskAnswer(request: AskStart, post: (e: AskEvent) => void, signal: AbortSignal, deps: AskServiceDeps): Promise<void> {
  const sentences: Sentence[] = request.sentences.map((s) => ({ index: s.index, text: s.text, block: s.block, start: 0, end: s.text.length }));
  const config = await deps.endpoint();
  if (!config || configProblems(config).length) return post({ type: 'error', error: failure('endpoint-not-configured') });
  const r = await openaiAsk({ article: request.article, sentences }, request.question, config, {
    signal,
    fetch: deps.fetch,
    timeouts: deps.timeouts,
    onAnswer: (answer) => post({ type: 'answer', answer }),
  });
  if (!r.ok) return post({ type: 'error', error: await explainUnreachable(r.error, config, deps.hasPermission) });
  post({ type: 'done', value: r.value });
}
