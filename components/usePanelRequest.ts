import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { sendMessage } from '../lib/protocol';
import { failure, type Result } from '../lib/errors';
import { panelRequest, type PanelRequest } from '../lib/storage';
import { requestFor, requestMatchesTab } from '../lib/panel-request';
import { activeTab, requestSiteAccess } from '../lib/platform';
import type { DigestState } from './useTabDigest';
import type { TabDigest } from '../lib/types';

export interface PanelView {
  request: PanelRequest;
  state: DigestState;
}

export interface PanelRequestHandle {
  /** What the panel was opened for from the context menu or the shortcut, while it applies. */
  view?: PanelView;
  retry(): void;
  /** Back to the tab's own digest. */
  dismiss(): void;
}

/**
 * The side panel's part of the context menu and the shortcut (lib/background/context-menus.ts):
 * takes the request the background wrote for the tab shown, reads the page, its selection or
 * the linked page, and shows that digest until the reader goes back, or the tab shows another
 * page. `refreshKey` changes with the active tab's page.
 */
export function usePanelRequest(refreshKey: number): PanelRequestHandle {
  const [view, setView] = useState<PanelView>();
  const handled = useRef(new Set<string>());
  const runs = useRef(0);

  const run = useCallback((request: PanelRequest) => {
    const token = ++runs.current;
    const tabId = request.tabId;
    const url = request.pageUrl;
    setView({ request, state: { status: 'loading', tabId } });
    const t0 = performance.now();
    const asked: Promise<Result<TabDigest>> =
      request.source === 'link' && request.linkUrl ? sendMessage('digestLink', { tabId, url: request.linkUrl }) : sendMessage('digestTab', { tabId });
    void asked
      .catch((e) => ({ ok: false as const, error: failure('unexpected', String(e?.message ?? e)) }))
      .then((r) => {
        if (token !== runs.current) return;
        setView({
          request,
          state: r.ok ? { status: 'ready', tabId, url, value: r.value, ms: performance.now() - t0 } : { status: 'error', tabId, url, error: r.error },
        });
      });
  }, []);

  // Another page in the tab, or another tab: a request for the page left no longer applies.
  useEffect(() => {
    let live = true;
    void activeTab().then((tab) => live && setView((v) => (v && tab && requestMatchesTab(v.request, tab) ? v : undefined)));
    return () => {
      live = false;
    };
  }, [refreshKey]);

  useEffect(() => {
    let live = true;
    const consider = async (r: PanelRequest | null) => {
      if (!r || handled.current.has(r.id)) return;
      const tab = await activeTab();
      const mine = tab && requestFor(r, tab, Date.now());
      if (!live || !mine) return;
      // The reader is still answering the browser's permission prompt for the link's site.
      if (mine.source === 'link' && mine.permission === 'pending') return setView({ request: mine, state: { status: 'loading', tabId: mine.tabId } });
      handled.current.add(mine.id);
      // Taken: a panel opened later, or in another window, does not act on it again.
      void panelRequest.getValue().then((now) => (now?.id === mine.id ? panelRequest.setValue(null) : undefined));
      run(mine);
    };
    void panelRequest.getValue().then(consider);
    const unwatch = panelRequest.watch((r) => void consider(r));
    return () => {
      live = false;
      unwatch();
    };
  }, [refreshKey, run]);

  const retry = useCallback(() => {
    if (!view) return;
    const { request, state } = view;
    // A link whose site the reader did not allow: ask again, in this click's gesture.
    if (request.source === 'link' && state.status === 'error' && state.error.kind === 'link-not-allowed') {
      void requestSiteAccess(request.linkUrl).then(() => run(request));
      return;
    }
    run(request);
  }, [view, run]);

  const dismiss = useCallback(() => {
    runs.current++;
    setView(undefined);
  }, []);

  return { view, retry, dismiss };
}
