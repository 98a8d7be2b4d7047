import { settings, settingsSnapshot, type Settings } from '../storage';

function apply(theme: Settings['theme']): void {
  const root = document.documentElement;
  if (theme === 'system') delete root.dataset.theme;
  else root.dataset.theme = theme;
}

/**
 * The reader's theme on this page (popup, side panel, library, options): system, light or
 * dark, applied from the last preferences seen (settingsSnapshot) before the first paint, no
 * flash of the other colours while sync storage answers; then from `stored` (the page's own
 * read of the settings, when it has one), and on every change.
 */
export function followTheme(stored: Promise<Settings> = settings.getValue()): () => void {
  const last = settingsSnapshot.read();
  if (last?.theme) apply(last.theme);
  const use = (s: Settings | null) => {
    apply(s?.theme ?? 'system');
    if (s) settingsSnapshot.write(s);
  };
  void stored.then(use, () => undefined);
  return settings.watch(use);
}
