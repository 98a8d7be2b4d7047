import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { DigestView } from '../../components/DigestView';
import { useTabDigest } from '../../components/useTabDigest';
import '../../components/styles.css';

function SidePanel() {
  // The panel stays open across tab switches: follow the active tab.
  const [generation, setGeneration] = useState(0);
  useEffect(() => {
    const bump = () => setGeneration((n) => n + 1);
    browser.tabs.onActivated.addListener(bump);
    return () => browser.tabs.onActivated.removeListener(bump);
  }, []);
  const [state, retry] = useTabDigest(undefined, generation);
  return <DigestView state={state} onRetry={retry} />;
}

render(<SidePanel />, document.getElementById('app')!);
