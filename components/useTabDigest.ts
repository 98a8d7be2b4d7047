import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage, type TabDigest } from '../lib/messages';
import { failure, type Failure } from '../lib/errors';
import { activeTab, hasSiteAccess } from '../lib/ui/browser-ui';

export type DigestState =
  | { status: 'loading'; tabId?: number }
  /** The side panel on a page not summarised yet: it offers to, rather than reading it unasked. */
  | { status: 'idle'; tabId: number; url?: string }
  | { status: 'ready'; tabId: number; url?: string; value: TabDigest; ms: number }
  | { status: 'error'; tabId?: number; url?: string; error: Failure };

export interface TabDigestOptions {
  tabId?: number;
  /** Changing it asks again (the panel's tab switches and navigations). */
  refreshKey?: number;
  /**
   * 'read' (the popup: the reader clicked, read the page now); 'cached' (the panel following
   * tabs: the cached digest, else idle; read the page only where the reader allowed the site
   * and turned automatic summaries on).
   */
  mode?: 'read' | 'cached';
  autoSummarise?: boolean;
}

/** Asks the background for the digest of a tab (the active one by default). */
export function useTabDigest({ tabId: tabIdOverride, refreshKey = 0, mode = 'read', autoSummarise = false }: TabDigestOptions = {}): [DigestState, () => void] {
  const [state, setState] = useState<DigestState>({ status: 'loading' });
  // The reader's "Summarise this page" / "Try again" for the page shown now (refreshKey).
  const [asked, setAsked] = useState({ key: refreshKey, n: 0 });
  const attempt = asked.key === refreshKey ? asked.n : 0;
  useEffect(() => {
    let live = true;
    const t0 = performance.now();
    setState({ status: 'loading' });
    (async () => {
      const tab = tabIdOverride !== undefined ? { id: tabIdOverride, url: undefined } : await activeTab();
      if (!tab) return setState({ status: 'error', error: failure('tab-gone') });
      // The reader asking (attempt > 0): read the page.
      const read = mode === 'read' || attempt > 0 || (autoSummarise && (await hasSiteAccess(tab.url)));
      if (!read) {
        const cached = await sendMessage('cachedDigest', { tabId: tab.id });
        if (!live) return;
        if (cached.ok && cached.value) return setState({ status: 'ready', tabId: tab.id, url: tab.url, value: cached.value, ms: performance.now() - t0 });
        if (!cached.ok) return setState({ status: 'error', tabId: tab.id, url: tab.url, error: cached.error });
        return setState({ status: 'idle', tabId: tab.id, url: tab.url });
      }
      const result = await sendMessage('digestTab', { tabId: tab.id });
      if (!live) return;
      if (result.ok) setState({ status: 'ready', tabId: tab.id, url: tab.url, value: result.value, ms: performance.now() - t0 });
      else setState({ status: 'error', tabId: tab.id, url: tab.url, error: result.error });
    })().catch((e) => live && setState({ status: 'error', error: failure('unexpected', String(e?.message ?? e)) }));
    return () => {
      live = false;
    };
  }, [tabIdOverride, attempt, refreshKey, mode, autoSummarise]);
  return [state, useCallback(() => setAsked((a) => ({ key: refreshKey, n: (a.key === refreshKey ? a.n : 0) + 1 })), [refreshKey])];
}
