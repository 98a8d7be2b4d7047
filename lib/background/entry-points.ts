/**
 * Wires the context menu and the side panel's keyboard shortcut to the browser, and returns the
 * `digestLink` message's handler for lib/background/router.ts (the logic is in context-menus.ts
 * and link-service.ts). Called once from entrypoints/background.ts, synchronously at start, so
 * the listeners catch the event that woke the service worker.
 */
import { browser } from 'wxt/browser';
import { fail } from '../errors';
import { digestOptionsFrom, panelRequest, settings } from '../storage';
import { openSidePanel } from '../platform';
import { createMenus, handleCommand, handleMenuClick, type ClickInfo, type ClickTab, type EntryPointDeps, type MenusApi } from './context-menus';
import { digestLink, type LinkDeps } from './link-service';
import { offscreenExtractor } from './offscreen-client';
import type { MessageHandlers } from './router';

interface Listener<A extends unknown[]> {
  addListener(callback: (...args: A) => void): void;
}
interface MenusNamespace extends MenusApi {
  onClicked: Listener<[ClickInfo, ClickTab | undefined]>;
}
interface Extras {
  contextMenus?: MenusNamespace;
  menus?: MenusNamespace;
  commands?: { onCommand?: Listener<[string, ClickTab | undefined]> };
  offscreen?: Parameters<typeof offscreenExtractor>[0]['offscreen'];
  runtime: { lastError?: unknown; getContexts?(filter: { contextTypes: string[] }): Promise<unknown[]> };
}

export function registerEntryPoints(): Pick<MessageHandlers, 'digestLink'> {
  const b = browser as unknown as Extras;
  const deps: EntryPointDeps = {
    openPanel: (tabId) => openSidePanel(tabId),
    requestOrigin: (pattern) => browser.permissions.request({ origins: [pattern] }),
    hasOrigin: (pattern) => browser.permissions.contains({ origins: [pattern] }),
    readRequest: () => panelRequest.getValue(),
    writeRequest: (r) => panelRequest.setValue(r),
    now: () => Date.now(),
    newId: () => crypto.randomUUID(),
  };

  const menus = b.contextMenus ?? b.menus;
  if (menus) {
    const create = () => void createMenus(menus, () => b.runtime.lastError);
    // Chrome keeps the items across service-worker restarts; both browsers make them again
    // at install, update and browser start (with the titles in the browser's language).
    browser.runtime.onInstalled.addListener(create);
    browser.runtime.onStartup.addListener(create);
    menus.onClicked.addListener((info, tab) => void handleMenuClick(info, tab, deps));
  }
  b.commands?.onCommand?.addListener((command, tab) => void handleCommand(command, tab, deps));

  // Where the linked page is parsed: Firefox's background page has a DOM; Chrome's service
  // worker has not, its offscreen document has.
  const extract: LinkDeps['extract'] = import.meta.env.FIREFOX
    ? (content, url, kind) => import('../extract/from-html').then((m) => m.extractContent(content, url, kind))
    : b.offscreen
      ? offscreenExtractor({
          offscreen: b.offscreen,
          url: browser.runtime.getURL('/offscreen.html'),
          sendMessage: (message) => browser.runtime.sendMessage(message),
          hasDocument: b.runtime.getContexts ? () => b.runtime.getContexts!({ contextTypes: ['OFFSCREEN_DOCUMENT'] }).then((c) => c.length > 0) : undefined,
        })
      : async () => fail('unexpected', 'no offscreen document (Chrome before 109)');

  // For the end-to-end tests, which cannot click a native menu: the same handlers, reachable
  // only from this worker's own global scope (no page or other extension can see it).
  (globalThis as { __enBrefEntryPoints?: unknown }).__enBrefEntryPoints = {
    menuClick: (info: ClickInfo, tab: ClickTab | undefined) => handleMenuClick(info, tab, deps),
    command: (command: string, tab: ClickTab | undefined) => handleCommand(command, tab, deps),
    extract: (content: string, url: string, kind: 'html' | 'text') => extract(content, url, kind),
  };

  return {
    digestLink: async (data) => {
      const options = { ...digestOptionsFrom(await settings.getValue()), ...data.options };
      return digestLink(data.url, options, {
        hasOrigin: deps.hasOrigin,
        // The one request En bref sends: the page the reader asked for, without their cookies.
        fetchPage: (url, init) => fetch(url, init),
        extract,
      });
    },
  };
}
