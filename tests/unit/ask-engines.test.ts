/**
 * Asking the article with the optional engines: the OpenAI-compatible endpoint over real HTTP
 * (testing/chat-server.ts, whose stand-in model answers from its own prompt) and
 * Chrome's Prompt API (a fake with the API's shape); the prompt and schema, answers streamed
 * and checked against the sentences they cite, "the article does not say" from the model and
 * from unsupported citations, the background's part (lib/background/ask-service.ts), and the
 * embedded engine's answer the interface falls back to (lib/ask.ts).
 *
 * The article is an XQuAD passage (Super_Bowl_50; CC BY-SA 4.0, Artetxe et al. 2020), inline.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/extract';
import { segmentArticle } from '../../lib/text/segment';
import { closestPassage, embeddedAsk } from '../../lib/ask';
import { openaiAsk } from '../../lib/engine/openai/ask';
import { chromeAiAsk } from '../../lib/engine/chrome-ai/ask';
import { ASK_SCHEMA, AnswerCollector, answeredFlag } from '../../lib/engine/model/ask';
import { fitForQuestion } from '../../lib/engine/model/ask-context';
import { streamAskAnswer } from '../../lib/background/ask-service';
import type { AskEvent } from '../../lib/protocol';
import type { EndpointConfig } from '../../lib/engine/openai/config';
import type { ChromeAiApis, LanguageModelOptions } from '../../lib/engine/chrome-ai';
import type { AskAnswer, Sentence } from '../../lib/types';
import { promptSentences, useChatServer, type ChatServer } from '../../testing/chat-server';
import { failureMessage } from '../../lib/ui/failures';

const TEXT = [
  'Super Bowl 50',
  'The Panthers finished the regular season with a 15–1 record, and quarterback Cam Newton was named the NFL Most Valuable Player (MVP). They defeated the Arizona Cardinals 49–15 in the NFC Championship Game and advanced to their second Super Bowl appearance since the franchise was founded in 1995.',
  "Peyton Manning became the first quarterback ever to lead two different teams to multiple Super Bowls. He is also the oldest quarterback ever to play in a Super Bowl at age 39. The past record was held by John Elway, who led the Broncos to victory in Super Bowl XXXIII at age 38 and is currently Denver's Executive Vice President of Football Operations and General Manager.",
  'Six-time Grammy winner and Academy Award nominee Lady Gaga performed the national anthem, while Academy Award winner Marlee Matlin provided American Sign Language (ASL) translation.',
].join('\n\n');

const article = (() => {
  const r = articleFromText(TEXT, { lang: 'en' });
  if (!r.ok) throw new Error(failureMessage(r.error.kind));
  return r.value;
})();
const sentences: Sentence[] = segmentArticle(article.blocks, 'en');
const input = { article: { title: article.title, lang: 'en' }, sentences };
const GAGA = sentences.findIndex((s) => s.text.startsWith('Six-time Grammy'));
const ELWAY = sentences.findIndex((s) => s.text.startsWith('The past record'));

let server: ChatServer;
let config: EndpointConfig;
useChatServer((s) => (server = s));
beforeEach(() => {
  config = { baseUrl: server.baseUrl, model: 'llama3.2' };
});

describe('the OpenAI-compatible endpoint', () => {
  it('sends the numbered sentences, the question and the schema; the cited answer comes back checked', async () => {
    const answers: AskAnswer[] = [];
    const r = await openaiAsk(input, 'Who performed the national anthem at Super Bowl 50?', config, { onAnswer: (a) => answers.push(a) });
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({ answered: true, engine: 'openai', model: 'llama3.2', question: 'Who performed the national anthem at Super Bowl 50?' });
    expect(r.value.answers).toEqual([{ text: sentences[GAGA].text, sources: [GAGA], verified: true }]);
    expect(answers).toEqual(r.value.answers);
    const [req] = server.chats();
    expect(req.body!.response_format?.json_schema?.schema).toEqual(ASK_SCHEMA);
    expect(req.body!.messages[0].content).toMatch(/do not answer the question, say so/);
    expect(req.body!.messages[1].content).toMatch(/\nQuestion: Who performed the national anthem at Super Bowl 50\?$/);
    // Numbered as a reader counts, from 1.
    expect(promptSentences(req.body)[GAGA]).toEqual({ n: GAGA + 1, text: sentences[GAGA].text });
  });

  it('streams each answer as soon as it is complete; drops one citing nothing it was shown; marks one its sources do not carry', async () => {
    const content = JSON.stringify({
      answered: true,
      answers: [
        { text: 'John Elway held the record, at age 38.', sources: [ELWAY + 1] },
        { text: 'Tom Brady held it at 43.', sources: [ELWAY + 1] },
        { text: 'Someone else.', sources: [99] },
      ],
    });
    server.script({ kind: 'content', content, pieceChars: 5, delayMs: 5 });
    const seen: Array<{ a: AskAnswer; at: number }> = [];
    const r = await openaiAsk(input, 'Who held the record before Manning?', config, { onAnswer: (a) => seen.push({ a, at: Date.now() }) });
    const end = Date.now();
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.answered).toBe(true);
    expect(r.value.answers.map((a) => [a.sources, a.verified])).toEqual([
      [[ELWAY], true],
      [[ELWAY], false],
    ]);
    expect(seen).toHaveLength(2);
    expect(end - seen[0].at).toBeGreaterThan(20);
  });

  it('"the article does not say": when the model says so, and when no citation carries its answer', async () => {
    const refused = await openaiAsk(input, 'Who won the 2014 Tour de France?', config);
    expect(refused.ok && refused.value).toMatchObject({ answered: false, answers: [] });
    server.script({ kind: 'content', content: JSON.stringify({ answered: true, answers: [{ text: 'Vincenzo Nibali won it.', sources: [1] }] }) });
    const unsupported = await openaiAsk(input, 'Who won the 2014 Tour de France?', config);
    expect(unsupported.ok && unsupported.value).toMatchObject({ answered: false, answers: [] });
  });

  it('an answer that is not the JSON asked for, or a failing endpoint, is a failure to fall back on', async () => {
    server.script({ kind: 'content', content: 'Lady Gaga sang it.' });
    const prose = await openaiAsk(input, 'Who sang the anthem?', config);
    expect(!prose.ok && prose.error.kind).toBe('endpoint-malformed');
    server.script({ kind: 'error', status: 500, message: 'boom' });
    const broken = await openaiAsk(input, 'Who sang the anthem?', config);
    expect(!broken.ok && broken.error.kind).toBe('endpoint-failed');
  });

  it('the background: answers then the result on the port; a failure sent as such (the page falls back)', async () => {
    const events: AskEvent[] = [];
    const request = {
      type: 'start' as const,
      question: 'Who performed the national anthem?',
      article: input.article,
      sentences: sentences.map((s) => ({ index: s.index, text: s.text, block: s.block })),
    };
    const deps = { endpoint: async () => config, hasPermission: async () => true };
    await streamAskAnswer(request, (e) => events.push(e), new AbortController().signal, deps);
    expect(events.map((e) => e.type)).toEqual(['answer', 'done']);
    const none: AskEvent[] = [];
    await streamAskAnswer(request, (e) => none.push(e), new AbortController().signal, { ...deps, endpoint: async () => null });
    expect(none).toEqual([{ type: 'error', error: expect.objectContaining({ kind: 'endpoint-not-configured' }) }]);
  });
});

describe('what a model is shown and how its answers are read', () => {
  it('a long article: the sentences nearest the question, each with the one before it', () => {
    const budget = sentences[ELWAY].text.length + sentences[ELWAY - 1].text.length + 20;
    const shown = fitForQuestion(sentences, 'Who held the record before Manning, at age 38?', 'en', budget);
    expect(shown.map((s) => s.index)).toEqual([ELWAY - 1, ELWAY]);
    expect(fitForQuestion(sentences, 'anything', 'en', 1e6)).toHaveLength(sentences.length);
  });

  it('the "answered" flag, and answers kept once each, at most three', () => {
    expect(answeredFlag('{"answered": false, "answers": []}')).toBe(false);
    expect(answeredFlag('{"answers": []')).toBeUndefined();
    const c = new AnswerCollector({ sentences, shown: new Set(sentences.map((s) => s.index)), lang: 'en' });
    const raw = (text: string) => ({ list: 'answers' as const, value: { text, sources: [GAGA + 1] } });
    expect(c.addRaw(raw('Lady Gaga performed the national anthem.'))).toBeDefined();
    expect(c.addRaw(raw('Lady Gaga performed the national anthem!'))).toBeUndefined();
    expect(c.addRaw({ list: 'faq', value: {} })).toBeUndefined();
  });
});

describe("Chrome's Prompt API", () => {
  const fake = (reply: string, { availability = 'available', streaming = true } = {}) => {
    const prompts: string[] = [];
    const apis: ChromeAiApis = {
      LanguageModel: {
        availability: async () => availability as 'available',
        create: async (o?: LanguageModelOptions) => ({
          inputQuota: 6000,
          inputUsage: (o?.initialPrompts?.[0]?.content.length ?? 0) / 4,
          measureInputUsage: async (s: string) => s.length / 4,
          prompt: async (s: string) => {
            prompts.push(s);
            return reply;
          },
          ...(streaming
            ? {
                async *promptStreaming(s: string) {
                  prompts.push(s);
                  for (let i = 0; i < reply.length; i += 9) yield reply.slice(i, i + 9);
                },
              }
            : {}),
          destroy: () => undefined,
        }),
      },
    };
    return { apis, prompts };
  };

  it('answers from the numbered sentences, streamed, checked; the closest passage when it does not say', async () => {
    const { apis, prompts } = fake(JSON.stringify({ answered: true, answers: [{ text: sentences[GAGA].text, sources: [GAGA + 1] }] }));
    const seen: AskAnswer[] = [];
    const r = await chromeAiAsk(input, 'Who sang the anthem?', { onAnswer: (a) => seen.push(a) }, apis);
    expect(r.ok && r.value).toMatchObject({ answered: true, engine: 'chrome-ai', answers: [{ sources: [GAGA], verified: true }] });
    expect(seen).toHaveLength(1);
    expect(prompts[0]).toContain('Question: Who sang the anthem?');
    const no = await chromeAiAsk(input, 'Who sang the anthem?', {}, fake('{"answered":false,"answers":[]}', { streaming: false }).apis);
    expect(no.ok && no.value.answered).toBe(false);
    expect(no.ok && no.value.closest?.sources).toEqual([GAGA]);
  });

  it('a model not there yet is a failure (the embedded engine answers)', async () => {
    const r = await chromeAiAsk(input, 'Who sang the anthem?', {}, fake('', { availability: 'downloadable' }).apis);
    expect(!r.ok && r.error.kind).toBe('ai-needs-download');
    expect(await chromeAiAsk(input, 'Who sang the anthem?', {}, {}).then((x) => !x.ok && x.error.kind)).toBe('ai-unavailable');
  });
});

describe('the embedded engine, as the interface keeps its answers', () => {
  it('an answer, or the article does not say with its closest passage', () => {
    const yes = embeddedAsk('  Who performed the   national anthem? ', sentences, 'en', 1234);
    expect(yes).toEqual({
      question: 'Who performed the national anthem?',
      engine: 'embedded',
      at: 1234,
      answered: true,
      answers: [{ text: sentences[GAGA].text, sources: [GAGA] }],
    });
    const no = embeddedAsk('Who won the 2014 Tour de France?', sentences, 'en');
    expect(no.answered).toBe(false);
    expect(no.answers).toEqual([]);
    expect(closestPassage('How old was Elway in Super Bowl XXXIII?', sentences, 'en')?.sources).toEqual([ELWAY]);
  });
});
