import { render } from 'preact';
import { useCallback, useEffect, useState } from 'preact/hooks';
import { DigestView } from '../../components/DigestView';
import { fromReadState, type DigestState } from '../../components/useTabDigest';
import { failure } from '../../lib/errors';
import { activeTab } from '../../lib/platform';
import { readTab } from '../../lib/ui/digest-client';
import { DEFAULT_SETTINGS, settings, settingsSnapshot } from '../../lib/storage';
import { uiLanguage } from '../../lib/i18n';
import { followTheme } from '../../lib/ui/theme';
import type { EngineId } from '../../lib/types';
import '../../components/styles.css';

/**
 * The toolbar click granted this tab: read it, with the reader's engine. The same steps as
 * useTabDigest's 'read' mode, but the first request leaves as soon as this script runs,
 * before anything is rendered (an effect would wait for the first paint). An optional engine
 * sends several states (lines as they arrive); the latest is kept until the view subscribes.
 */
function startReading(onState: (s: DigestState) => void, stored = settings.getValue().catch(() => DEFAULT_SETTINGS)): () => void {
  const t0 = performance.now();
  let live = true;
  let stop = () => {};
  const report = (s: DigestState) => live && onState(s);
  // The engine: the one this extension's pages last saw (settingsSnapshot), at once; sync
  // storage takes tens of milliseconds to answer when the popup opens. Should storage say
  // otherwise (changed in another browser), the page is read again with the right one.
  const guess = settingsSnapshot.read()?.engine;
  void activeTab()
    .then(async (tab) => {
      if (!live) return;
      if (!tab) return report({ status: 'error', error: failure('tab-gone') });
      const read = (engine: EngineId) => readTab(tab.id, engine, (s) => report(fromReadState(s, tab, t0)));
      if (guess) stop = read(guess);
      const { engine } = await stored;
      if (!live || engine === guess) return;
      stop();
      stop = read(engine);
    })
    .catch((e) => report({ status: 'error', error: failure('unexpected', String(e?.message ?? e)) }));
  return () => {
    live = false;
    stop();
  };
}

// For the benchmark (scripts/bench): when this script started, on the popup's own clock.
performance.mark('en-bref:popup-script');
const first: { state: DigestState; listener?: (s: DigestState) => void } = { state: { status: 'loading' } };
// One read of the settings at the popup's start, for the reading and the theme.
const stored = settings.getValue().catch(() => DEFAULT_SETTINGS);
const stopFirst = startReading((s) => {
  first.state = s;
  first.listener?.(s);
}, stored);

function Popup() {
  const [state, setState] = useState<DigestState>(first.state);
  // "Try again" reads the page again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (attempt === 0) {
      setState(first.state);
      first.listener = setState;
      return () => {
        first.listener = undefined;
        stopFirst();
      };
    }
    setState({ status: 'loading' });
    return startReading(setState);
  }, [attempt]);
  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return <DigestView state={state} onRetry={retry} showOpenPanel />;
}

// Our own text is in the interface's language; page text carries the page's (lang attributes).
document.documentElement.lang = uiLanguage();
followTheme(stored);
render(<Popup />, document.getElementById('app')!);
