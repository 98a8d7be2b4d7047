/**
 * Entry points besides the toolbar button: the context menu ("Summarise this page", "Summarise
 * the selection", "Summarise the linked page") and the keyboard shortcut that opens the side
 * panel (Chrome's side panel, Firefox's sidebar).
 *
 * The result shows in the side panel, beside the page. A menu click and a shortcut are user
 * gestures: they grant activeTab on the tab (so the panel can read the page or its selection,
 * as after a toolbar click), and let the background open the panel and, for a link, ask for
 * the linked site's permission. Both must be called before anything is awaited, or the
 * browser no longer counts the gesture: `handleMenuClick` makes them first, then writes a
 * `PanelRequest` (lib/storage.ts) that the panel takes (components/usePanelRequest.ts).
 *
 * Pure apart from its dependencies: unit-tested with fakes (tests/unit/context-menus.test.ts).
 */
import type { PanelRequest } from '../storage';
import { t, type MessageKey } from '../i18n';
import { sitePattern } from '../platform';

export const MENU_IDS = { page: 'en-bref-page', selection: 'en-bref-selection', link: 'en-bref-link' } as const;
/** The command (manifest `commands`) that opens the side panel on the current page. */
export const PANEL_COMMAND = 'open-side-panel';

/** Pages the menu is offered on: the web, and local files (like the toolbar button). */
const DOCUMENTS = ['http://*/*', 'https://*/*', 'file:///*'];
/** Links it can follow: the web only (a file link would need file access). */
const LINKS = ['http://*/*', 'https://*/*'];

export interface MenuItem {
  id: string;
  title: string;
  contexts: ('page' | 'selection' | 'link')[];
  documentUrlPatterns: string[];
  targetUrlPatterns?: string[];
}

const TITLES: Record<keyof typeof MENU_IDS, MessageKey> = {
  page: 'menuSummarisePage',
  selection: 'menuSummariseSelection',
  link: 'menuSummariseLink',
};

/** The menu items, titled in the interface's language. */
export function menuItems(): MenuItem[] {
  return [
    { id: MENU_IDS.page, title: t(TITLES.page), contexts: ['page'], documentUrlPatterns: DOCUMENTS },
    { id: MENU_IDS.selection, title: t(TITLES.selection), contexts: ['selection'], documentUrlPatterns: DOCUMENTS },
    { id: MENU_IDS.link, title: t(TITLES.link), contexts: ['link'], documentUrlPatterns: DOCUMENTS, targetUrlPatterns: LINKS },
  ];
}

export interface MenusApi {
  removeAll(): Promise<void>;
  create(item: MenuItem, callback?: () => void): unknown;
}

/**
 * (Re)creates the menu items. Run at every start of the background: Chrome keeps items across
 * service-worker restarts (removeAll first avoids duplicate ids), Firefox does not keep them
 * across browser restarts, and the titles follow the browser's language of the day.
 */
export async function createMenus(menus: MenusApi, lastError: () => unknown = () => undefined): Promise<void> {
  await menus.removeAll().catch(() => undefined);
  for (const item of menuItems()) {
    // The callback reads lastError, so a failure is not reported as unchecked.
    menus.create(item, () => void lastError());
  }
}

export interface ClickInfo {
  menuItemId: string | number;
  linkUrl?: string;
  selectionText?: string;
  pageUrl?: string;
}

export interface ClickTab {
  id?: number;
  url?: string;
  windowId?: number;
}

export interface EntryPointDeps {
  /** sidePanel.open (Chrome) / sidebarAction.open (Firefox): needs the gesture. */
  openPanel(tabId: number, windowId?: number): Promise<void>;
  /** permissions.request({ origins: [pattern] }): needs the gesture. */
  requestOrigin(pattern: string): Promise<boolean>;
  /** permissions.contains({ origins: [pattern] }). */
  hasOrigin(pattern: string): Promise<boolean>;
  readRequest(): Promise<PanelRequest | null>;
  writeRequest(request: PanelRequest): Promise<void>;
  now(): number;
  newId(): string;
}

const SOURCES: Record<string, PanelRequest['source']> = {
  [MENU_IDS.page]: 'page',
  [MENU_IDS.selection]: 'selection',
  [MENU_IDS.link]: 'link',
};

/**
 * A click on one of our menu items. Everything that needs the user gesture happens before the
 * first await (the returned promise settles when the request is written and, for a link, the
 * reader has answered the permission prompt). Resolves to the request, or undefined when the
 * click is not ours or cannot be acted on.
 */
export function handleMenuClick(info: ClickInfo, tab: ClickTab | undefined, deps: EntryPointDeps): Promise<PanelRequest | undefined> {
  const source = SOURCES[String(info.menuItemId)];
  if (!source) return Promise.resolve(undefined);
  return openFor(source, tab, deps, info.linkUrl);
}

/** The keyboard shortcut that opens the side panel: the panel summarises the page. */
export function handleCommand(command: string, tab: ClickTab | undefined, deps: EntryPointDeps): Promise<PanelRequest | undefined> {
  if (command !== PANEL_COMMAND) return Promise.resolve(undefined);
  return openFor('page', tab, deps);
}

function openFor(source: PanelRequest['source'], tab: ClickTab | undefined, deps: EntryPointDeps, linkUrl?: string): Promise<PanelRequest | undefined> {
  const tabId = tab?.id;
  if (tabId === undefined || !Number.isSafeInteger(tabId) || tabId < 0) return Promise.resolve(undefined);
  const pattern = source === 'link' ? sitePattern(linkUrl) : undefined;
  if (source === 'link' && !pattern) return Promise.resolve(undefined);
  // In the gesture, before any await: the panel first, then the site's permission.
  const opened = deps.openPanel(tabId, tab?.windowId).catch(() => undefined);
  const asked = pattern ? deps.requestOrigin(pattern).catch(() => false) : undefined;
  const request: PanelRequest = { id: deps.newId(), tabId, source, at: deps.now() };
  if (tab?.url) request.pageUrl = tab.url;
  if (source === 'link') {
    request.linkUrl = linkUrl;
    request.permission = 'pending';
  }
  return (async () => {
    await deps.writeRequest(request);
    await opened;
    if (!asked || !pattern) return request;
    // A request that failed (no gesture, or a browser that refuses) still finds a site
    // the reader had allowed before.
    const granted = (await asked) || (await deps.hasOrigin(pattern).catch(() => false));
    const answered: PanelRequest = { ...request, permission: granted ? 'granted' : 'denied' };
    // Another click since: that one is what the panel shows.
    const current = await deps.readRequest().catch(() => null);
    if (!current || current.id === request.id) await deps.writeRequest(answered);
    return answered;
  })();
}
