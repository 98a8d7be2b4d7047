import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are deliberately narrow: the page is read only after a user gesture
// (activeTab), through scripting.executeScript; no host permission is required, and a site
// is added only when the reader allows it from the side panel (an optional permission).
export default defineConfig({
  srcDir: '.',
  imports: false,
  webExt: { disabled: true },
  hooks: {
    // Firefox opens a sidebar_action at install unless told not to: the panel waits for the reader.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.sidebar_action) manifest.sidebar_action.open_at_install = false;
    },
  },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    // Interface text in public/_locales/<lang>/messages.json (lib/i18n.ts); the manifest's too.
    default_locale: 'en',
    name: '__MSG_extName__',
    description: '__MSG_extDescription__',
    // contextMenus: "Summarise this page / the selection / the linked page". offscreen (Chrome):
    // a document to parse a linked page in, which the service worker cannot.
    permissions:
      browser === 'firefox'
        ? ['activeTab', 'scripting', 'storage', 'contextMenus']
        : ['activeTab', 'scripting', 'storage', 'sidePanel', 'contextMenus', 'offscreen'],
    // Asked at the moment, one site at a time, from the side panel's "Summarise this page":
    // the reader allows that origin only (lib/platform.ts requestSiteAccess).
    ...(browser === 'firefox' ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    // The toolbar button's title comes from popup/index.html (WXT's manifest.title meta tag).
    // Shortcuts: the popup (as a toolbar click, with its activeTab grant), and the side panel.
    // Alt+Shift+B would be Chrome's own (focus the bookmarks bar): Chrome leaves it unassigned.
    // Firefox on Windows and Linux takes Alt+Shift+<letter> as Alt+<letter>, its menu bar's
    // access keys (E: Edit, and F V S B T H, or the localised menus' A D M O C L X), before
    // extension shortcuts: its popup shortcut is Alt+Shift+R. Its side panel shortcut is a
    // command of ours, not `_execute_sidebar_action`: that one only shows the sidebar, without
    // the activeTab grant a command gives, so the panel could not read the page.
    commands:
      browser === 'firefox'
        ? {
            _execute_browser_action: { suggested_key: { default: 'Alt+Shift+R', mac: 'MacCtrl+Shift+E' }, description: '__MSG_commandOpenPopup__' },
            'open-side-panel': { suggested_key: { default: 'Alt+Shift+Y', mac: 'MacCtrl+Shift+Y' }, description: '__MSG_commandSidePanel__' },
          }
        : {
            _execute_action: { suggested_key: { default: 'Alt+Shift+E', mac: 'MacCtrl+Shift+E' }, description: '__MSG_commandOpenPopup__' },
            'open-side-panel': { suggested_key: { default: 'Alt+Shift+Y', mac: 'MacCtrl+Shift+Y' }, description: '__MSG_commandSidePanel__' },
          },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'en-bref@enbref.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } }
        : undefined,
  }),
});
