/**
 * A reader's question answered by the OpenAI-compatible endpoint: the sentences the page chose
 * for it (lib/engine/model/ask-context.ts), the answers streamed back as JSON and each checked
 * against the sentences it cites as they arrive (lib/engine/model/ask.ts). Runs in the
 * background (lib/background/ask-service.ts) and in Node. The passage to offer when the
 * article does not answer is the asking page's to add (the embedded engine's closest).
 */
import type { AskAnswer, AskedQuestion, Sentence } from '../../types';
import { failure, type Result } from '../../errors';
import { AnswerCollector, ASK_SCHEMA, askMessages, answeredFlag, MAX_ANSWERS } from '../model/ask';
import { fitSentences } from '../model/context';
import { JsonItemStream } from '../model/json-items';
import type { PromptArticle } from '../model/prompt';
import { chatCompletion } from './client';
import { configProblems, endpointLimits, type EndpointConfig } from './config';
import type { OpenAIRun } from './index';

/**
 * `sentences`: those to show the model, each with its index in the article (a subset when the
 * page chose the ones nearest the question). Trimmed again if they exceed the endpoint's context.
 */
export async function openaiAsk(
  input: { article: PromptArticle; sentences: Sentence[] },
  question: string,
  config: EndpointConfig,
  run: Omit<OpenAIRun, 'onItem'> & { onAnswer?: (a: AskAnswer) => void } = {},
): Promise<Result<AskedQuestion>> {
  const problems = configProblems(config);
  if (problems.length) return { ok: false, error: failure('endpoint-not-configured', problems.join(', ')) };
  const { article } = input;
  const limits = endpointLimits(config);
  const shown = fitSentences(article, input.sentences, run.contextChars ?? limits.contextChars).sentences;
  // By index: the sentences a citation may name.
  const byIndex: Sentence[] = [];
  for (const s of input.sentences) byIndex[s.index] = s;
  const collector = new AnswerCollector({ sentences: byIndex, shown: new Set(shown.map((s) => s.index)), lang: article.lang });
  const stream = new JsonItemStream();
  const onText = (text: string) => {
    for (const raw of stream.push(text)) {
      const a = collector.addRaw(raw);
      if (a) run.onAnswer?.(a);
    }
  };
  const answer = await chatCompletion({
    config,
    messages: askMessages({ article, sentences: shown, question }),
    schema: ASK_SCHEMA,
    stream: true,
    maxTokens: 200 + 150 * MAX_ANSWERS,
    signal: run.signal,
    timeouts: { firstByteMs: run.timeouts?.firstByteMs ?? limits.firstByteMs, totalMs: run.timeouts?.totalMs ?? limits.totalMs },
    fetch: run.fetch,
    onText,
  });
  if (!answer.ok) return answer;
  if (!stream.received && answer.value.text) onText(answer.value.text);
  const said = answeredFlag(stream.received);
  if (said === undefined && collector.answers.length === 0)
    return { ok: false, error: failure('endpoint-malformed', stream.received.trim() ? 'the answer is not the JSON asked for' : 'empty answer') };
  return { ok: true, value: collector.result({ question, said, engine: 'openai', model: answer.value.model || config.model, at: Date.now() }) };
}
