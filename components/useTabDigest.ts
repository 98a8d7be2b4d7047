import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage, type TabDigest } from '../lib/messages';
import { failure, type Failure } from '../lib/errors';
import { activeTab } from '../lib/ui/browser-ui';

export type DigestState =
  | { status: 'loading'; tabId?: number }
  | { status: 'ready'; tabId: number; value: TabDigest; ms: number }
  | { status: 'error'; tabId?: number; error: Failure };

/** Asks the background for the digest of a tab (the active one by default). */
export function useTabDigest(tabIdOverride?: number, refreshKey = 0): [DigestState, () => void] {
  const [state, setState] = useState<DigestState>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    const t0 = performance.now();
    setState({ status: 'loading' });
    (async () => {
      const tab = tabIdOverride !== undefined ? { id: tabIdOverride } : await activeTab();
      if (!tab) return setState({ status: 'error', error: failure('tab-gone') });
      const result = await sendMessage('digestTab', { tabId: tab.id });
      if (!live) return;
      if (result.ok) setState({ status: 'ready', tabId: tab.id, value: result.value, ms: performance.now() - t0 });
      else setState({ status: 'error', tabId: tab.id, error: result.error });
    })().catch((e) => live && setState({ status: 'error', error: failure('unexpected', String(e?.message ?? e)) }));
    return () => {
      live = false;
    };
  }, [tabIdOverride, attempt, refreshKey]);
  return [state, useCallback(() => setAttempt((n) => n + 1), [])];
}
