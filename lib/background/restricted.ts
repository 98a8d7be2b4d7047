/**
 * Pages no extension may script: browser pages, other extensions, the stores. Chrome's PDF
 * viewer is caught later, when injection fails.
 */
const RESTRICTED_SCHEMES =
  /^(chrome|chrome-extension|chrome-search|chrome-untrusted|devtools|edge|brave|opera|vivaldi|about|moz-extension|resource|view-source|data|blob|javascript):/i;
const STORES = [
  /^https:\/\/chromewebstore\.google\.com\//i,
  /^https:\/\/chrome\.google\.com\/webstore/i,
  /^https:\/\/addons\.mozilla\.org\//i,
  /^https:\/\/microsoftedge\.microsoft\.com\/addons/i,
];

export function isRestrictedUrl(url: string | undefined): boolean {
  if (!url) return false;
  return RESTRICTED_SCHEMES.test(url) || STORES.some((re) => re.test(url));
}

/** Injection errors that mean "you may not read this page". */
export function isAccessDenied(message: string): boolean {
  return /cannot access|cannot be scripted|missing host permission|permission to access|extensions gallery|chrome:\/\/ url|no tab with id|frame with id 0 is showing error page|Missing host|pdf/i.test(
    message,
  );
}

/** A web page the browser would let us read after a click on the icon (activeTab). */
export function isGrantableUrl(url: string | undefined): boolean {
  if (!url || !/^(https?|file):/i.test(url) || isRestrictedUrl(url)) return false;
  // Chrome's PDF viewer cannot be scripted, grant or not.
  return !/\.pdf(?:$|[?#])/i.test(url);
}
