/**
 * A reader's question answered by Chrome's on-device model (the Prompt API), in the popup or
 * the side panel where the API is: the same prompt, schema and checks as the endpoint's
 * (lib/engine/model/ask.ts), the answers streamed when the API streams.
 */
import type { AskAnswer, AskedQuestion, Sentence } from '../../types';
import { failure, type Result } from '../../errors';
import { closestPassage } from '../../ask';
import { AnswerCollector, ASK_SCHEMA, askMessages, answeredFlag } from '../model/ask';
import { fitForQuestion } from '../model/ask-context';
import { JsonItemStream } from '../model/json-items';
import type { PromptArticle } from '../model/prompt';
import { chromeAiApis, languageModelOptions, type ChromeAiApis } from './api';
import { CHROME_AI_MODEL } from './index';

export async function chromeAiAsk(
  input: { article: PromptArticle; sentences: Sentence[] },
  question: string,
  run: { signal?: AbortSignal; onAnswer?: (a: AskAnswer) => void } = {},
  apis: ChromeAiApis = chromeAiApis(),
): Promise<Result<AskedQuestion>> {
  const { article, sentences } = input;
  const { LanguageModel } = apis;
  if (!LanguageModel) return { ok: false, error: failure('ai-unavailable', 'no LanguageModel API in this document') };
  const availability = await LanguageModel.availability(languageModelOptions(article.lang)).catch(() => 'unavailable' as const);
  if (availability !== 'available')
    return { ok: false, error: failure(availability === 'unavailable' ? 'ai-unavailable' : 'ai-needs-download', `LanguageModel ${availability}`) };
  const [system] = askMessages({ article, sentences: [], question });
  let session;
  try {
    session = await LanguageModel.create({
      ...languageModelOptions(article.lang),
      initialPrompts: [{ role: 'system', content: system.content }],
      signal: run.signal,
    });
    // As much of the article as the session's quota takes, nearest the question first.
    const room = session.inputQuota - (session.inputUsage ?? 0);
    let budget = Math.max(1_000, Math.floor(room * 2.5));
    let shown: Sentence[] = sentences;
    let user = '';
    for (let tries = 0; tries < 5; tries++) {
      shown = fitForQuestion(sentences, question, article.lang, budget);
      user = askMessages({ article, sentences: shown, question })[1].content;
      if ((await session.measureInputUsage(user, { signal: run.signal })) <= room * 0.95) break;
      budget = Math.floor(budget * 0.7);
    }
    const collector = new AnswerCollector({ sentences, shown: new Set(shown.map((s) => s.index)), lang: article.lang });
    const stream = new JsonItemStream();
    const push = (text: string) => {
      for (const raw of stream.push(text)) {
        const a = collector.addRaw(raw);
        if (a) run.onAnswer?.(a);
      }
    };
    if (session.promptStreaming) {
      for await (const chunk of session.promptStreaming(user, { responseConstraint: ASK_SCHEMA, signal: run.signal })) push(chunk);
    } else push(await session.prompt(user, { responseConstraint: ASK_SCHEMA, signal: run.signal }));
    const said = answeredFlag(stream.received);
    const result = collector.result({ question, said, engine: 'chrome-ai', model: CHROME_AI_MODEL, at: Date.now() });
    if (!result.answered) {
      const closest = closestPassage(question, sentences, article.lang);
      if (closest) result.closest = closest;
    }
    return { ok: true, value: result };
  } catch (e) {
    const aborted = run.signal?.aborted || (e as Error)?.name === 'AbortError';
    return { ok: false, error: aborted ? failure('cancelled') : failure('engine-failed', String((e as Error)?.message ?? e).slice(0, 300)) };
  } finally {
    session?.destroy();
  }
}
