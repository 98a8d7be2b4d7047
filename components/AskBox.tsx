import { useEffect, useRef, useState } from 'preact/hooks';
import type { AskAnswer, AskedQuestion, TabDigest } from '../lib/types';
import { failureMessage } from '../lib/ui/failures';
import { askArticle, earlierQuestions, prepareAsking, rememberQuestion, type AskState } from '../lib/ui/ask-client';
import { showInPageTitle, sourcesTitle } from '../lib/ui/strings';
import { t, tn, uiLanguage } from '../lib/i18n';
import type { SourceProps } from './BulletList';
import { engineName } from './EngineNote';
import { UnverifiedMark } from './UnverifiedMark';

/** The longest question the field takes (lib/ask.ts MAX_QUESTION_CHARS). */
const MAX_CHARS = 500;

/** One answer: a button that shows its sources in the page (as bullets do), or text when it cannot. */
function AnswerLine({ answer, keyName, lang, testid, active, onSource }: { answer: AskAnswer; keyName: string; lang: string; testid: string } & SourceProps) {
  const cls = answer.cut ? 'cut' : undefined;
  const text = (
    <span class={cls} dir="auto" lang={lang}>
      {answer.text}
    </span>
  );
  return (
    <div
      class={answer.verified === false ? 'answer unverified' : 'answer'}
      data-sources={answer.sources.join(',')}
      data-verified={answer.verified === false ? 'false' : undefined}
    >
      {onSource ? (
        <button
          type="button"
          class="source-line"
          data-testid={testid}
          aria-pressed={active === keyName}
          title={showInPageTitle(answer.sources)}
          onClick={() => onSource(keyName, answer.sources)}
        >
          {text}
        </button>
      ) : (
        <p data-testid={testid} title={sourcesTitle(answer.sources)}>
          {text}
        </p>
      )}
      {answer.verified === false && <UnverifiedMark />}
    </div>
  );
}

function Asked({ q, k, lang, active, onSource }: { q: AskedQuestion; k: number; lang: string } & SourceProps) {
  return (
    <li data-testid="asked" data-answered={q.answered ? 'true' : 'false'} data-engine={q.engine}>
      <p class="asked-question" dir="auto">
        {q.question}
      </p>
      {q.note && (
        <p class="note" data-testid="ask-engine-note" data-reason={q.note.reason} title={q.note.detail}>
          {t('engineFallbackNote', engineName(q.note.fallbackFrom), failureMessage(q.note.reason))}
        </p>
      )}
      {q.answered ? (
        q.answers.map((a, j) => <AnswerLine key={j} answer={a} keyName={`a${k}-${j}`} lang={lang} testid="ask-answer" active={active} onSource={onSource} />)
      ) : (
        <>
          <p class="not-said" data-testid="ask-not-said">
            {t('uiAskNotSaid')}
          </p>
          {q.closest && (
            <div class="closest">
              <p class="closest-label">{t('uiAskClosest')}</p>
              <AnswerLine answer={q.closest} keyName={`c${k}`} lang={lang} testid="ask-closest" active={active} onSource={onSource} />
            </div>
          )}
        </>
      )}
    </li>
  );
}

/** What a screen reader hears when an answer comes. */
function announcement(state: AskState | undefined): string {
  if (!state) return '';
  if (state.status === 'asking') return t('uiAskSearching');
  return state.value.answered ? tn('uiAskAnswers', state.value.answers.length) : t('uiAskNotSaid');
}

/**
 * "Ask this article…": the field under the FAQ, and the questions asked of this page, newest
 * first, each answered from the article's sentences (as buttons that show them in the page) or
 * with "The article does not say." and the closest passage. `onAsked` gets the page's
 * questions whenever they change (the save button keeps them).
 */
export function AskBox({ value, active, onSource, onAsked }: { value: TabDigest; onAsked?: (questions: AskedQuestion[]) => void } & SourceProps) {
  const hash = value.digest.contentHash;
  const [asked, setAsked] = useState<AskedQuestion[]>([]);
  const [state, setState] = useState<AskState>();
  const [text, setText] = useState('');
  const stop = useRef<(() => void) | undefined>(undefined);

  useEffect(() => {
    let live = true;
    setAsked([]);
    setState(undefined);
    void earlierQuestions(hash).then((qs) => {
      if (!live) return;
      setAsked(qs);
      onAsked?.(qs);
    });
    return () => {
      live = false;
      stop.current?.();
    };
  }, [hash]);

  const submit = (e: Event) => {
    e.preventDefault();
    const question = text.trim();
    if (!question || state?.status === 'asking') return;
    stop.current?.();
    stop.current = askArticle(value, question, (s) => {
      setState(s);
      if (s.status !== 'done') return;
      setText('');
      setAsked((qs) => {
        const next = [...qs, s.value];
        onAsked?.(next);
        return next;
      });
      void rememberQuestion(hash, s.value);
    });
  };

  const asking = state?.status === 'asking' ? state : undefined;
  const lang = value.digest.language;
  return (
    <section class="ask" data-testid="ask" aria-labelledby="ask-heading">
      <h2 id="ask-heading" class="faq-title" lang={uiLanguage()}>
        {t('uiAskTitle')}
      </h2>
      <form class="ask-form" onSubmit={submit} role="search">
        <input
          type="text"
          data-testid="ask-input"
          aria-label={t('uiAskLabel')}
          placeholder={t('uiAskLabel')}
          maxLength={MAX_CHARS}
          enterkeyhint="send"
          value={text}
          onFocus={() => prepareAsking(value)}
          onInput={(e) => setText((e.target as HTMLInputElement).value)}
          disabled={!!asking}
        />
        <button type="submit" data-testid="ask-submit" disabled={!!asking || !text.trim()}>
          {t('uiAskSubmit')}
        </button>
      </form>
      <p class="sr-only" role="status" aria-live="polite" data-testid="ask-announce">
        {announcement(state)}
      </p>
      {asking && (
        <div class="asking" data-testid="asking" aria-busy="true">
          <p class="asked-question" dir="auto">
            {asking.question}
          </p>
          {asking.answers.map((a, j) => (
            <AnswerLine key={j} answer={a} keyName={`p-${j}`} lang={lang} testid="ask-answer" active={active} onSource={onSource} />
          ))}
          <p class="streaming">
            <span>{t('uiAskSearching')}</span>
            <button type="button" data-testid="ask-cancel" onClick={asking.cancel}>
              {t('engineCancel')}
            </button>
          </p>
        </div>
      )}
      {asked.length > 0 && (
        <ol class="asked" data-testid="asked-list" reversed>
          {[...asked].reverse().map((q, r) => {
            const k = asked.length - 1 - r;
            return <Asked key={`${q.at}-${k}`} q={q} k={k} lang={lang} active={active} onSource={onSource} />;
          })}
        </ol>
      )}
    </section>
  );
}
