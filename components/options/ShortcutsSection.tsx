import { useEffect, useState } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { t, type MessageKey } from '../../lib/i18n';

interface Command {
  name?: string;
  description?: string;
  shortcut?: string;
}

/** What each command does, in the interface's language (the manifest's descriptions are the browser's). */
const DESCRIPTIONS: Record<string, MessageKey> = {
  _execute_action: 'commandOpenPopup',
  _execute_browser_action: 'commandOpenPopup',
  'open-side-panel': 'commandSidePanel',
};

type CommandsApi = { getAll(): Promise<Command[]>; openShortcutSettings?: () => Promise<void> };

/**
 * The extension's keyboard shortcuts as the browser has them now (the reader may have changed
 * them), and the way to the browser's own page for changing them: extensions cannot set them.
 */
export function ShortcutsSection() {
  const [commands, setCommands] = useState<Command[] | undefined>();
  const api = (browser as unknown as { commands?: CommandsApi }).commands;

  useEffect(() => {
    // Some browsers (and test fakes) throw rather than reject.
    void Promise.resolve()
      .then(() => api?.getAll() ?? [])
      .then(setCommands, () => setCommands([]));
  }, []);

  const openSettings = () => {
    // Firefox opens its own shortcut page; Chrome's is an internal page an extension may open in a tab.
    if (api?.openShortcutSettings) void api.openShortcutSettings();
    else void browser.tabs.create({ url: 'chrome://extensions/shortcuts' });
  };

  return (
    <>
      <dl class="shortcuts" data-testid="options-shortcuts">
        {(commands ?? []).map((c) => (
          <div class="shortcut" key={c.name}>
            <dt>{c.name && DESCRIPTIONS[c.name] ? t(DESCRIPTIONS[c.name]) : c.description}</dt>
            <dd>{c.shortcut ? <kbd>{c.shortcut}</kbd> : <span class="hint">{t('optionsShortcutNotSet')}</span>}</dd>
          </div>
        ))}
      </dl>
      <button type="button" onClick={openSettings} data-testid="options-shortcuts-change">
        {t('optionsShortcutsChange')}
      </button>
    </>
  );
}
