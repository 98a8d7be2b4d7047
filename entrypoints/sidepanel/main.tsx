import { render } from 'preact';
import { useEffect, useState } from 'preact/hooks';
import { DigestView } from '../../components/DigestView';
import { useTabDigest } from '../../components/useTabDigest';
import { usePanelRequest } from '../../components/usePanelRequest';
import { onActivePageChange } from '../../lib/platform';
import { useSettings } from '../../components/useSettings';
import { t, uiLanguage } from '../../lib/i18n';
import { followTheme } from '../../lib/ui/theme';
import '../../components/styles.css';

/**
 * The panel stays open beside the article and follows the active tab: another tab or a new
 * page shows its cached digest or a "Summarise this page" button. Reading a page needs the
 * reader's grant: the toolbar click (activeTab), or the site allowed from the panel. With
 * "summarise as I browse" on, allowed sites are summarised without a click. Opened from the
 * context menu or the keyboard shortcut, it shows what was asked there (usePanelRequest).
 */
function SidePanel() {
  const [generation, setGeneration] = useState(0);
  const [prefs, save] = useSettings();
  useEffect(() => onActivePageChange(() => setGeneration((n) => n + 1)), []);
  const [state, retry] = useTabDigest({ mode: 'cached', refreshKey: generation, autoSummarise: prefs.autoSummarise });
  // Opened from the context menu or the shortcut: that page, selection or link first.
  const menu = usePanelRequest(generation);
  const toggleAuto = (e: Event) => void save({ autoSummarise: (e.currentTarget as HTMLInputElement).checked });
  const link = menu.view?.request.source === 'link';
  // Every part of the panel in a landmark (banner, main, contentinfo), for screen readers' navigation.
  return (
    <>
      {link && (
        <header class="panel-head">
          <p class="note" data-testid="link-note">
            {t('uiLinkNote')}
          </p>
        </header>
      )}
      {menu.view ? (
        <DigestView state={menu.view.state} onRetry={menu.retry} sourcesInTab={!link} />
      ) : (
        <DigestView state={state} onRetry={retry} offerSiteAccess />
      )}
      <footer class="panel-foot">
        {link && (
          <p class="panel-back">
            <button type="button" data-testid="back-to-tab" onClick={menu.dismiss}>
              {t('uiBackToTab')}
            </button>
          </p>
        )}
        <label class="panel-option">
          <input type="checkbox" data-testid="auto-summarise" checked={prefs.autoSummarise} onChange={toggleAuto} />
          {t('uiAutoSummarise')}
        </label>
      </footer>
    </>
  );
}

// Our own text is in the interface's language; page text carries the page's (lang attributes).
document.documentElement.lang = uiLanguage();
followTheme();
render(<SidePanel />, document.getElementById('app')!);
