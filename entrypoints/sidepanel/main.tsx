import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DigestView } from '../../components/DigestView';
import { useTabDigest } from '../../components/useTabDigest';
import { onActivePageChange } from '../../lib/ui/browser-ui';
import { settings, DEFAULT_SETTINGS, type Settings } from '../../lib/storage';
import { uiStrings } from '../../lib/ui/strings';
import '../../components/styles.css';

/**
 * The panel stays open beside the article and follows the active tab: another tab or a new
 * page shows its cached digest or a "Summarise this page" button. Reading a page needs the
 * reader's grant: the toolbar click (activeTab), or the site allowed from the panel. With
 * "summarise as I browse" on, allowed sites are summarised without a click.
 */
function SidePanel() {
  const t = uiStrings();
  const [generation, setGeneration] = useState(0);
  const [prefs, setPrefs] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => onActivePageChange(() => setGeneration((n) => n + 1)), []);
  useEffect(() => {
    void settings.getValue().then(setPrefs);
    return settings.watch((v) => setPrefs(v ?? DEFAULT_SETTINGS));
  }, []);
  const [state, retry] = useTabDigest({ mode: 'cached', refreshKey: generation, autoSummarise: prefs.autoSummarise });
  const toggleAuto = (e: Event) => void settings.setValue({ ...prefs, autoSummarise: (e.currentTarget as HTMLInputElement).checked });
  return (
    <>
      <DigestView state={state} onRetry={retry} offerSiteAccess />
      <label class="panel-option">
        <input type="checkbox" data-testid="auto-summarise" checked={prefs.autoSummarise} onChange={toggleAuto} />
        {t.autoSummarise}
      </label>
    </>
  );
}

render(<SidePanel />, document.getElementById('app')!);
