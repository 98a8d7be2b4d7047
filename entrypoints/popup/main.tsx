import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DigestView } from '../../components/DigestView';
import type { DigestState } from '../../components/useTabDigest';
import { failure } from '../../lib/errors';
import { sendMessage } from '../../lib/messages';
import { activeTab } from '../../lib/ui/browser-ui';
import '../../components/styles.css';

/**
 * The toolbar click granted this tab: read it. The same steps as useTabDigest's 'read' mode,
 * but the first request leaves as soon as this script runs, before anything is rendered (an
 * effect would wait for the first paint).
 */
function readTab(): Promise<DigestState> {
  const t0 = performance.now();
  return (async (): Promise<DigestState> => {
    const tab = await activeTab();
    if (!tab) return { status: 'error', error: failure('tab-gone') };
    const result = await sendMessage('digestTab', { tabId: tab.id });
    if (result.ok) return { status: 'ready', tabId: tab.id, url: tab.url, value: result.value, ms: performance.now() - t0 };
    return { status: 'error', tabId: tab.id, url: tab.url, error: result.error };
  })().catch((e) => ({ status: 'error', error: failure('unexpected', String(e?.message ?? e)) }));
}

// For the benchmark (scripts/bench): when this script started, on the popup's own clock.
performance.mark('en-bref:popup-script');
const firstRead = readTab();

function Popup() {
  const [state, setState] = useState<DigestState>({ status: 'loading' });
  // "Try again" reads the page again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    let live = true;
    if (attempt > 0) setState({ status: 'loading' });
    void (attempt === 0 ? firstRead : readTab()).then((s) => live && setState(s));
    return () => {
      live = false;
    };
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return <DigestView state={state} onRetry={retry} showOpenPanel />;
}

render(<Popup />, document.getElementById('app')!);
