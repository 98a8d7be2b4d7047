import { settings, type Settings } from '../storage';

type Theme = Settings['theme'];
const KEY = 'en-bref-settings';

/**
 * The reader's preferences as this extension's pages last saw them, kept in their shared
 * localStorage: read synchronously, before sync storage answers (which takes tens of
 * milliseconds when a popup opens). Only a first guess: the pages still read the preferences
 * and follow them.
 */
export function lastSettings(): Settings | undefined {
  try {
    const raw = localStorage.getItem(KEY);
    return raw ? (JSON.parse(raw) as Settings) : undefined;
  } catch {
    return undefined;
  }
}

export function rememberSettings(s: Settings): void {
  try {
    localStorage.setItem(KEY, JSON.stringify(s));
  } catch {
    /* kept in sync storage only */
  }
}

function apply(theme: Theme): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * The reader's theme on this page (popup, side panel, library, options): system, light or
 * dark, applied from the last preferences seen before the first paint (no flash of the other
 * colours while sync storage answers), then from storage, and on every change.
 */
export function followTheme(): () => void {
  const last = lastSettings();
  if (last?.theme) apply(last.theme);
  const use = (s: Settings | null) => {
    apply(s?.theme ?? 'system');
    if (s) rememberSettings(s);
  };
  void settings.getValue().then(use, () => undefined);
  return settings.watch(use);
}
