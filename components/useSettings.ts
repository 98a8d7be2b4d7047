import { useCallback, useEffect, useState } from 'preact/hooks';
import { DEFAULT_SETTINGS, settings, updateSettings, type Settings } from '../lib/storage';

/**
 * The reader's preferences, kept current (read once, then every change, from any page or
 * browser); `change` shows a change at once and saves only what it is given (updateSettings),
 * so that a page's other sections keep what they wrote meanwhile.
 */
export function useSettings(): [Settings, (patch: Partial<Settings>) => Promise<Settings>] {
  const [prefs, setPrefs] = useState<Settings>(DEFAULT_SETTINGS);
  useEffect(() => {
    void settings.getValue().then(setPrefs);
    return settings.watch((v) => setPrefs(v ?? DEFAULT_SETTINGS));
  }, []);
  const change = useCallback((patch: Partial<Settings>) => {
    setPrefs((p) => ({ ...p, ...patch }));
    return updateSettings(patch);
  }, []);
  return [prefs, change];
}
