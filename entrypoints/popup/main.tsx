import { render } from 'preact';
import { DigestView } from '../../components/DigestView';
import { useTabDigest } from '../../components/useTabDigest';
import '../../components/styles.css';

function Popup() {
  // The toolbar click granted this tab: read it now.
  const [state, retry] = useTabDigest({ mode: 'read' });
  return <DigestView state={state} onRetry={retry} showOpenPanel />;
}

render(<Popup />, document.getElementById('app')!);
