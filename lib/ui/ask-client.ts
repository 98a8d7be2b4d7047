/**
 * How the popup and the side panel answer the reader's question, whatever the engine:
 * - embedded: lib/ask.ts (lib/qa) on the digest's sentences, here, loaded with the first
 *   question (a chunk of its own: reading a digest never needs it);
 * - openai: a stream from the background (lib/protocol.ts), answers shown as they are checked;
 * - chrome-ai: Chrome's Prompt API in this document (lib/engine/chrome-ai/ask.ts).
 * An engine that cannot answer leaves it to the embedded one, with a note saying why. The
 * questions asked of a page are kept for the session (lib/storage.ts askedQuestions, loaded
 * when first needed, as everything here: showing a digest loads none of it).
 */
import type { AskAnswer, AskedQuestion, EngineId, TabDigest } from '../types';
import type { Failure } from '../errors';
import { streamAsk } from '../protocol';
import { withAsked } from '../asked';

export type AskState =
  /** Answers so far, checked, while the engine writes. */
  { status: 'asking'; question: string; answers: AskAnswer[]; cancel(): void } | { status: 'done'; value: AskedQuestion };

/** The engine that answers about a digest: the one that wrote it, unless it failed (then the embedded one). */
export function askingEngine(value: TabDigest): EngineId {
  const { engine, note } = value.digest;
  return note || (engine.id !== 'openai' && engine.id !== 'chrome-ai') ? 'embedded' : engine.id;
}

async function embedded(value: TabDigest, question: string, why?: Failure): Promise<AskedQuestion> {
  const { embeddedAsk } = await import('../ask');
  const asked = embeddedAsk(question, value.sentences, value.article.lang);
  if (!why) return asked;
  const { askedWithFallbackNote } = await import('../engine/fallback');
  return askedWithFallbackNote(asked, askingEngine(value) as Exclude<EngineId, 'embedded'>, why);
}

const prepared = new WeakSet<TabDigest>();

/**
 * Loads the embedded engine and makes the article ready for questions while the reader types
 * (the field got focus): the first question then costs what the next ones do (a few ms, not
 * the 30 of stemming and indexing the article). Every engine uses it (the closest passage).
 */
export function prepareAsking(value: TabDigest): void {
  if (prepared.has(value)) return;
  prepared.add(value);
  void import('../ask').then(({ prepareAsk }) => setTimeout(() => prepareAsk(value.sentences, value.article.lang), 0)).catch(() => undefined);
}

/** Asks `question` of the digest's article; `update` gets each state. Returns a function that stops it. */
export function askArticle(value: TabDigest, question: string, update: (s: AskState) => void): () => void {
  let live = true;
  const emit = (s: AskState) => live && update(s);
  const done = (v: AskedQuestion) => emit({ status: 'done', value: v });
  const engine = askingEngine(value);
  const ctl = new AbortController();
  let answers: AskAnswer[] = [];
  const onAnswer = (a: AskAnswer, cancel: () => void) => {
    answers = [...answers, a];
    emit({ status: 'asking', question, answers, cancel });
  };

  if (engine === 'openai') {
    let stream: { cancel(): void; close(): void } | undefined;
    let cancelled = false;
    const cancelStream = () => {
      cancelled = true;
      stream?.cancel();
    };
    emit({ status: 'asking', question, answers, cancel: cancelStream });
    void (async () => {
      // The sentences nearest the question when the article would not fit the endpoint's context.
      const [{ fitForQuestion }, { closestPassage }, { endpointLimits }, { endpoint }] = await Promise.all([
        import('../engine/model/ask-context'),
        import('../ask'),
        import('../engine/openai/config'),
        import('../storage'),
      ]);
      const config = await endpoint.getValue().catch(() => null);
      const { article, sentences } = value;
      const shown = fitForQuestion(sentences, question, article.lang, config ? endpointLimits(config).contextChars : Infinity);
      if (!live) return;
      stream = streamAsk(
        {
          question,
          article: { title: article.title, lang: article.lang, ...(article.siteName ? { siteName: article.siteName } : {}) },
          sentences: shown.map((s) => ({ index: s.index, text: s.text, block: s.block })),
        },
        (event) => {
          if (event.type === 'answer') onAnswer(event.answer, cancelStream);
          else if (event.type === 'error') void embedded(value, question, event.error).then(done);
          else {
            const closest = event.value.answered ? undefined : closestPassage(question, sentences, article.lang);
            done(closest ? { ...event.value, closest } : event.value);
          }
        },
      );
      if (cancelled) stream.cancel();
    })().catch(async (e) => done(await embedded(value, question, { kind: 'unexpected', detail: String((e as Error)?.message ?? e) })));
    return () => {
      live = false;
      stream?.close();
    };
  }

  const cancel = () => ctl.abort();
  emit({ status: 'asking', question, answers, cancel });
  void (async () => {
    if (engine === 'chrome-ai') {
      const { chromeAiAsk } = await import('../engine/chrome-ai/ask');
      const r = await chromeAiAsk(value, question, { signal: ctl.signal, onAnswer: (a) => onAnswer(a, cancel) });
      return done(r.ok ? r.value : await embedded(value, question, r.error));
    }
    done(await embedded(value, question));
  })().catch(async (e) => done(await embedded(value, question, { kind: 'unexpected', detail: String((e as Error)?.message ?? e) })));
  return () => {
    live = false;
    ctl.abort();
  };
}

/** The questions asked of this article earlier in the session, oldest first. */
export async function earlierQuestions(contentHash: string): Promise<AskedQuestion[]> {
  const { askedQuestions } = await import('../storage');
  const entries = await askedQuestions.getValue().catch(() => []);
  return entries.find((e) => e.contentHash === contentHash)?.questions ?? [];
}

/** Keeps a question with its page's for the session (best effort: a full storage only forgets). */
export async function rememberQuestion(contentHash: string, question: AskedQuestion): Promise<void> {
  const { askedQuestions } = await import('../storage');
  await askedQuestions
    .getValue()
    .then((entries) => askedQuestions.setValue(withAsked(entries, contentHash, question)))
    .catch(() => undefined);
}
