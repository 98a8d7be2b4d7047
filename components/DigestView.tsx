import { useState } from 'preact/hooks';
import type { DigestState } from './useTabDigest';
import { BulletList } from './BulletList';
import { FaqList } from './FaqList';
import { ErrorState } from './ErrorState';
import { digestToMarkdown } from '../lib/markdown';
import { readingMinutes, uiStrings } from '../lib/ui/strings';
import { openLibraryPage, openSidePanel } from '../lib/ui/browser-ui';
import { SaveButton } from './SaveButton';
import { useSourceHighlight } from './useSourceHighlight';
import { libraryStrings } from '../lib/ui/library-strings';

export interface DigestViewProps {
  state: DigestState;
  onRetry?: () => void;
  /** Shown in the popup; the side panel has no use for it. */
  showOpenPanel?: boolean;
  /** The side panel: offers to allow the site when the page cannot be read without a click. */
  offerSiteAccess?: boolean;
}

/** One view for popup and side panel. Page text is rendered as text nodes only. */
export function DigestView({ state, onRetry, showOpenPanel, offerSiteAccess }: DigestViewProps) {
  const t = uiStrings();
  const [copied, setCopied] = useState(false);
  const ready = state.status === 'ready' ? state : undefined;
  const source = useSourceHighlight(ready?.tabId, ready?.value.sentences);
  if (state.status === 'loading') {
    return (
      <main class="digest" data-testid="digest-view" data-state="loading" aria-busy="true">
        <p class="loading" role="status">
          {t.loading}
        </p>
      </main>
    );
  }
  if (state.status === 'idle') {
    return (
      <main class="digest" data-testid="digest-view" data-state="idle">
        <button type="button" class="summarise" data-testid="summarise" onClick={onRetry}>
          {t.summarise}
        </button>
      </main>
    );
  }
  if (state.status === 'error') {
    return (
      <main class="digest" data-testid="digest-view" data-state="error">
        <ErrorState error={state.error} onRetry={onRetry} allowUrl={offerSiteAccess ? (state.url ?? '') : undefined} />
      </main>
    );
  }
  const { article, digest, cached } = state.value;
  const copy = async () => {
    await navigator.clipboard.writeText(digestToMarkdown(article, digest));
    setCopied(true);
    setTimeout(() => setCopied(false), 1500);
  };
  return (
    <main class="digest" data-testid="digest-view" data-state="ready" data-cached={cached ? 'true' : 'false'}>
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
          <span data-testid="reading-time">{t.minRead(readingMinutes(article.wordCount))}</span>
          <span>{t.words(article.wordCount)}</span>
        </p>
      </header>
      {article.extractedBy === 'selection' && (
        <p class="note" data-testid="selection-note">
          {t.selectionNote}
        </p>
      )}
      <section class="en-bref" aria-labelledby="digest-heading" role="status">
        <h2 id="digest-heading" data-testid="digest-heading" lang={digest.language}>
          {digest.heading}
        </h2>
        <BulletList bullets={digest.bullets} lang={digest.language} active={source.active} onSource={source.onSource} />
      </section>
      <FaqList items={digest.faq} lang={digest.language} active={source.active} onSource={source.onSource} />
      <p class="highlight-note" data-testid="highlight-note" role="status" aria-live="polite">
        {source.note ?? ''}
      </p>
      <footer class="actions">
        <SaveButton value={state.value} />
        <button type="button" data-testid="copy-markdown" onClick={copy}>
          {copied ? t.copied : t.copyMarkdown}
        </button>
        {showOpenPanel && (
          <button type="button" data-testid="open-sidepanel" onClick={() => void openSidePanel(state.tabId)}>
            {t.openSidePanel}
          </button>
        )}
        <button type="button" data-testid="open-library" onClick={() => void openLibraryPage()}>
          {libraryStrings().openLibrary}
        </button>
      </footer>
    </main>
  );
}
