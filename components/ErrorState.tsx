import type { Failure } from '../lib/errors';
import { t } from '../lib/i18n';
import { failureText } from '../lib/ui/failures';
import { ALL_SITES, requestSiteAccess, sitePattern } from '../lib/platform';

export interface ErrorStateProps {
  error: Failure;
  onRetry?: () => void;
  /**
   * The page's url, where the reader may allow the site (side panel): a tab without the
   * toolbar click's grant can then be read after all.
   */
  allowUrl?: string;
}

export function ErrorState({ error, onRetry, allowUrl }: ErrorStateProps) {
  // The browser shows an extension the url of a tab it may not read only after a grant: where
  // it is known, allow that site; otherwise the reader can allow every site at once.
  const offer = error.kind === 'not-granted' && onRetry && allowUrl !== undefined;
  const host = offer && sitePattern(allowUrl) ? new URL(allowUrl).host : undefined;
  const allow = () => {
    // The permission request first, while the click still counts as the reader's gesture.
    void requestSiteAccess(host ? allowUrl : ALL_SITES).then((granted) => granted && onRetry?.());
  };
  return (
    <div class="error" role="alert">
      <p data-testid="error">{failureText(error)}</p>
      {offer ? (
        <button type="button" data-testid="allow-site" onClick={allow}>
          {host ? t('uiAllowSite', host) : t('uiAllowAllSites')}
        </button>
      ) : (
        onRetry &&
        error.kind !== 'restricted-page' && (
          <button type="button" onClick={onRetry}>
            {t('uiRetry')}
          </button>
        )
      )}
    </div>
  );
}
