import { render } from 'preact';
import { DigestView } from '../../components/DigestView';
import { useTabDigest } from '../../components/useTabDigest';
import '../../components/styles.css';

function Popup() {
  const [state, retry] = useTabDigest();
  return <DigestView state={state} onRetry={retry} showOpenPanel />;
}

render(<Popup />, document.getElementById('app')!);
