import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../lib/protocol';
import { failure, type Failure } from '../lib/errors';
import { activeTab, hasSiteAccess } from '../lib/platform';
import { readTab, type ReadState } from '../lib/ui/digest-client';
import { DEFAULT_SETTINGS, settings } from '../lib/storage';
import type { TabDigest } from '../lib/types';

export type DigestState =
  | { status: 'loading'; tabId?: number }
  /** The side panel on a page not summarised yet: it offers to, rather than reading it unasked. */
  | { status: 'idle'; tabId: number; url?: string }
  /** An optional engine writing: the lines so far, and a way to stop it (lib/ui/digest-client.ts). */
  | { status: 'streaming'; tabId: number; url?: string; value: TabDigest; cancel(): void }
  /** `downloadable`: Chrome's on-device model can be downloaded to make this digest with it. */
  | { status: 'ready'; tabId: number; url?: string; value: TabDigest; ms: number; downloadable?: boolean }
  | { status: 'error'; tabId?: number; url?: string; error: Failure };

/** A reading's state (lib/ui/digest-client.ts) as the view's, with its tab and time. */
export function fromReadState(s: ReadState, tab: { id: number; url?: string }, t0: number): DigestState {
  if (s.status === 'error') return { status: 'error', tabId: tab.id, url: tab.url, error: s.error };
  if (s.status === 'streaming') return { status: 'streaming', tabId: tab.id, url: tab.url, value: s.value, cancel: s.cancel };
  return { status: 'ready', tabId: tab.id, url: tab.url, value: s.value, ms: performance.now() - t0, downloadable: s.downloadable };
}

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
    let stop = () => {};
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
      const { engine } = await settings.getValue().catch(() => DEFAULT_SETTINGS);
      if (!live) return;
      stop = readTab(tab.id, engine, (s) => live && setState(fromReadState(s, tab, t0)));
    })().catch((e) => live && setState({ status: 'error', error: failure('unexpected', String(e?.message ?? e)) }));
    return () => {
      live = false;
      stop();
    };
  }, [tabIdOverride, attempt, refreshKey, mode, autoSummarise]);
  return [state, useCallback(() => setAsked((a) => ({ key: refreshKey, n: (a.key === refreshKey ? a.n : 0) + 1 })), [refreshKey])];
}
