/**
 * Whether the side panel takes the request a click left for it (lib/storage.ts panelRequest):
 * pure, so the background, the panel and the unit tests share it without loading the storage
 * items.
 */
import type { PanelRequest } from './storage';

/** How long a request waits for the panel: a panel opened later shows the tab's own digest. */
export const REQUEST_TTL_MS = 5 * 60_000;

/** The request was made on the page this tab shows. */
export function requestMatchesTab(request: PanelRequest, tab: { id: number; url?: string }): boolean {
  return request.tabId === tab.id && (!request.pageUrl || !tab.url || request.pageUrl === tab.url);
}

/** The request is for this tab's page now (the panel takes it), and still fresh. */
export function requestFor(request: PanelRequest | null | undefined, tab: { id: number; url?: string }, now: number): PanelRequest | undefined {
  if (!request || !requestMatchesTab(request, tab)) return undefined;
  if (now - request.at > REQUEST_TTL_MS || request.at - now > 60_000) return undefined;
  return request;
}
