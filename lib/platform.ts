/**
 * The browser's tabs, panels and site permissions, as the background and the extension's pages
 * both use them (below both in the layers: ARCHITECTURE.md).
 */
import { browser } from 'wxt/browser';

/** The tab the user is looking at in this window. */
export async function activeTab(): Promise<{ id: number; url?: string } | undefined> {
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  return tab?.id === undefined ? undefined : { id: tab.id, url: tab.url };
}

/** Opens the side panel (Chrome) or sidebar (Firefox); must run inside a user gesture. */
export async function openSidePanel(tabId: number): Promise<void> {
  const b = browser as unknown as {
    sidePanel?: { open(o: { tabId: number }): Promise<void> };
    sidebarAction?: { open(): Promise<void> };
  };
  if (b.sidePanel) await b.sidePanel.open({ tabId });
  else if (b.sidebarAction) await b.sidebarAction.open();
}

/** Opens the library of saved digests in a new tab. */
export async function openLibraryPage(): Promise<void> {
  await browser.tabs.create({ url: browser.runtime.getURL('/library.html') });
}

export const ALL_SITES = '<all_urls>';

/**
 * The origin pattern a site-wide permission is asked for: "https://www.example.org/*". Firefox's
 * match patterns cannot name a port (one that does is granted but matches nothing, so a local
 * endpoint at http://localhost:11434 stayed out of reach): there, the host on any port.
 */
export function sitePattern(url: string | undefined, { withPort = !import.meta.env.FIREFOX } = {}): string | undefined {
  if (url === ALL_SITES) return ALL_SITES;
  try {
    const u = new URL(url ?? '');
    if (u.protocol !== 'https:' && u.protocol !== 'http:') return undefined;
    return withPort ? `${u.origin}/*` : `${u.protocol}//${u.hostname}/*`;
  } catch {
    return undefined;
  }
}

/** The reader allowed En bref to read this site without a click each time. */
export async function hasSiteAccess(url: string | undefined): Promise<boolean> {
  const origin = sitePattern(url);
  return !!origin && (await browser.permissions.contains({ origins: [origin] }).catch(() => false));
}

/**
 * Asks the reader to let En bref read this site (an optional host permission, only that
 * origin). Must be the first thing a click handler does: the browser wants the user gesture.
 */
export function requestSiteAccess(url: string | undefined): Promise<boolean> {
  const origin = sitePattern(url);
  return origin ? browser.permissions.request({ origins: [origin] }).catch(() => false) : Promise.resolve(false);
}

/**
 * Calls back when the active tab of this window changes or shows a new page. A page that only
 * finishes loading (the same url) is not a change: the reader may be acting on it already.
 */
export function onActivePageChange(callback: () => void): () => void {
  let shown: string | undefined;
  const activated = ({ tabId }: { tabId: number }) => {
    void browser.tabs
      .get(tabId)
      .then((t) => (shown = `${tabId} ${t.url}`))
      .catch(() => undefined);
    callback();
  };
  const updated = (tabId: number, change: { status?: string }, tab: { active?: boolean; url?: string }) => {
    if (!tab.active || change.status !== 'complete') return;
    const key = `${tabId} ${tab.url}`;
    if (key === shown) return;
    shown = key;
    callback();
  };
  browser.tabs.onActivated.addListener(activated);
  browser.tabs.onUpdated.addListener(updated);
  return () => {
    browser.tabs.onActivated.removeListener(activated);
    browser.tabs.onUpdated.removeListener(updated);
  };
}
