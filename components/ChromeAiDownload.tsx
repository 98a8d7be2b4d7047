import { useState } from 'preact/hooks';
import { downloadChromeAi } from '../lib/engine/chrome-ai/api';
import { t } from '../lib/i18n';
import { failureMessage } from '../lib/ui/failures';

type Download = { status: 'idle' } | { status: 'downloading'; loaded: number } | { status: 'done' } | { status: 'failed'; message: string };

/**
 * Downloads Chrome's on-device model, with its progress. The browser starts a download only
 * from a user gesture, so the click handler calls the API before anything else; the module
 * itself is loaded with the page (not on demand) for the same reason.
 */
export function ChromeAiDownload({ lang, onDone }: { lang: string; onDone?: () => void }) {
  const [state, setState] = useState<Download>({ status: 'idle' });
  const start = () => {
    setState({ status: 'downloading', loaded: 0 });
    void downloadChromeAi(lang, (loaded) => setState({ status: 'downloading', loaded })).then((r) => {
      if (r.ok) {
        setState({ status: 'done' });
        onDone?.();
      } else setState({ status: 'failed', message: failureMessage(r.error.kind) });
    });
  };
  return (
    <div class="ai-download" data-testid="ai-download">
      {state.status !== 'done' && (
        <button type="button" data-testid="ai-download-button" onClick={start} disabled={state.status === 'downloading'}>
          {t('engineAiDownload')}
        </button>
      )}
      {state.status === 'downloading' && (
        <label class="ai-progress">
          <progress data-testid="ai-download-progress" max={1} value={state.loaded} />
          <span role="status">{t('engineAiDownloading', Math.round(state.loaded * 100))}</span>
        </label>
      )}
      {state.status === 'done' && <p role="status">{t('engineAiDownloaded')}</p>}
      {state.status === 'failed' && (
        <p role="alert" data-testid="ai-download-error">
          {state.message}
        </p>
      )}
    </div>
  );
}
