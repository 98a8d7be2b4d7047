import { useState } from 'preact/hooks';
import type { ComponentChildren } from 'preact';
import { failureText } from '../lib/ui/failures';
import type { DigestState } from './useTabDigest';
import { BulletList } from './BulletList';
import { FaqList } from './FaqList';
import { DigestTable } from './DigestTable';
import { AskBox } from './AskBox';
import type { AskedQuestion } from '../lib/types';
import { ErrorState } from './ErrorState';
import { digestToMarkdown, digestToPlainText } from '../lib/markdown';
import { minRead, wordCount } from '../lib/ui/strings';
import { t } from '../lib/i18n';
import { openLibraryPage, openSidePanel } from '../lib/platform';
import { SaveButton } from './SaveButton';
import { InLibrary } from './InLibrary';
import { useSourceHighlight } from './useSourceHighlight';
import { EngineCredit, EngineNote, StreamingStatus } from './EngineNote';

export interface DigestViewProps {
  state: DigestState;
  onRetry?: () => void;
  /** Shown in the popup; the side panel has no use for it. */
  showOpenPanel?: boolean;
  /** The side panel: offers to allow the site when the page cannot be read without a click. */
  offerSiteAccess?: boolean;
  /**
   * False for a digest of another page than the tab's (a link summarised from the context
   * menu): its lines cannot be shown in the tab's page.
   */
  sourcesInTab?: boolean;
}

/**
 * What a screen reader hears as the view changes: one polite live region that stays in the
 * document across states (a region created with its text is often not read), saying that the
 * page is being read, that the digest is ready, or what went wrong.
 */
function announcement(state: DigestState): string {
  if (state.status === 'loading') return t('uiLoading');
  if (state.status === 'error') return failureText(state.error);
  if (state.status === 'streaming') return t('uiWriting');
  if (state.status === 'ready') return t('uiDigestReady', state.value.digest.bullets.length, state.value.digest.faq.length);
  return '';
}

/** The view's frame: its state for tests and styles, and the live region first, always there. */
function Frame({ state, children, ...attrs }: { state: DigestState; children: ComponentChildren } & Record<string, unknown>) {
  return (
    <main class="digest" data-testid="digest-view" {...attrs}>
      <p class="sr-only" role="status" aria-live="polite" data-testid="digest-announce">
        {announcement(state)}
      </p>
      {children}
    </main>
  );
}

/** Grey lines where the digest will be: the popup keeps its shape while the page is read. */
function Skeleton() {
  return (
    <div class="skeleton" aria-hidden="true" data-testid="digest-skeleton">
      <span class="sk sk-title" />
      <span class="sk sk-meta" />
      <span class="sk sk-rule" />
      {[92, 84, 88, 70].map((w) => (
        <span class="sk sk-line" style={{ width: `${w}%` }} key={w} />
      ))}
    </div>
  );
}

/** One view for popup and side panel. Page text is rendered as text nodes only. */
export function DigestView({ state, onRetry, showOpenPanel, offerSiteAccess, sourcesInTab = true }: DigestViewProps) {
  const [copied, setCopied] = useState<'markdown' | 'text' | undefined>();
  // The reader's questions to this page: the save button keeps them with the digest.
  const [asked, setAsked] = useState<AskedQuestion[]>([]);
  // Lines of a digest still being written show their source already.
  const ready = state.status === 'ready' || state.status === 'streaming' ? state : undefined;
  const source = useSourceHighlight(sourcesInTab ? ready?.tabId : undefined, ready?.value.sentences);
  if (state.status === 'loading') {
    return (
      <Frame state={state} data-state="loading" aria-busy="true">
        <p class="loading" aria-hidden="true">
          {t('uiLoading')}
        </p>
        <Skeleton />
      </Frame>
    );
  }
  if (state.status === 'idle') {
    return (
      <Frame state={state} data-state="idle">
        <button type="button" class="summarise" data-testid="summarise" onClick={onRetry}>
          {t('uiSummarise')}
        </button>
      </Frame>
    );
  }
  if (state.status === 'error') {
    return (
      <Frame state={state} data-state="error">
        <ErrorState error={state.error} onRetry={onRetry} allowUrl={offerSiteAccess ? (state.url ?? '') : undefined} />
      </Frame>
    );
  }
  const streaming = state.status === 'streaming' ? state : undefined;
  const { article, digest, cached } = state.value;
  const copy = async (as: 'markdown' | 'text') => {
    await navigator.clipboard.writeText(as === 'markdown' ? digestToMarkdown(article, digest) : digestToPlainText(article, digest));
    setCopied(as);
    setTimeout(() => setCopied(undefined), 1500);
  };
  return (
    <Frame state={state} data-state={streaming ? 'streaming' : 'ready'} data-cached={cached ? 'true' : 'false'} aria-busy={streaming ? 'true' : undefined}>
      <header class="article">
        <h1 data-testid="article-title" lang={article.lang} dir="auto">
          {article.title}
        </h1>
        <p class="meta">
          {article.siteName && (
            <span data-testid="article-site" dir="auto">
              {article.siteName}
            </span>
          )}
          <span data-testid="reading-time">{minRead(article.wordCount)}</span>
          <span>{wordCount(article.wordCount)}</span>
        </p>
      </header>
      {article.extractedBy === 'selection' && (
        <p class="note" data-testid="selection-note">
          {t('uiSelectionNote')}
        </p>
      )}
      <EngineNote digest={digest} downloadable={state.status === 'ready' && state.downloadable} onRetry={onRetry} />
      <section class="en-bref" aria-labelledby="digest-heading">
        <h2 id="digest-heading" data-testid="digest-heading" lang={digest.language}>
          {digest.heading}
        </h2>
        <BulletList bullets={digest.bullets} lang={digest.language} active={source.active} onSource={sourcesInTab ? source.onSource : undefined} />
      </section>
      <DigestTable table={digest.table} lang={digest.language} active={source.active} onSource={sourcesInTab ? source.onSource : undefined} />
      <FaqList items={digest.faq} lang={digest.language} active={source.active} onSource={sourcesInTab ? source.onSource : undefined} />
      {!streaming && <AskBox value={state.value} active={source.active} onSource={sourcesInTab ? source.onSource : undefined} onAsked={setAsked} />}
      <p class="highlight-note" data-testid="highlight-note" role="status" aria-live="polite">
        {source.note ?? ''}
      </p>
      {streaming ? (
        <StreamingStatus engine={digest.engine.id} count={digest.bullets.length + digest.faq.length} onCancel={streaming.cancel} />
      ) : (
        <EngineCredit digest={digest} />
      )}
      {/* Save and copy take a whole digest. */}
      {!streaming && (
        <footer class="actions">
          <SaveButton value={state.value} asked={asked} />
          <button type="button" data-testid="copy-markdown" onClick={() => void copy('markdown')}>
            {copied === 'markdown' ? t('uiCopied') : t('uiCopyMarkdown')}
          </button>
          <button type="button" data-testid="copy-text" onClick={() => void copy('text')}>
            {copied === 'text' ? t('uiCopied') : t('uiCopyText')}
          </button>
          {showOpenPanel && (
            <button type="button" data-testid="open-sidepanel" onClick={() => void openSidePanel(state.tabId)}>
              {t('uiOpenSidePanel')}
            </button>
          )}
          <button type="button" data-testid="open-library" onClick={() => void openLibraryPage()}>
            {t('libOpenLibrary')}
          </button>
        </footer>
      )}
      {!streaming && <InLibrary value={state.value} />}
    </Frame>
  );
}
