import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Permissions are deliberately narrow: the page is read only after a user gesture
// (activeTab), through scripting.executeScript; no host permission is required, and a site
// is added only when the reader allows it from the side panel (an optional permission).
export default defineConfig({
  srcDir: '.',
  imports: false,
  webExt: { disabled: true },
  vite: () => ({ plugins: [preact()] }),
  manifest: ({ browser }) => ({
    name: 'En bref',
    description: 'EN BREF: a short, sourced digest of the news article you are reading, made in your browser.',
    permissions: browser === 'firefox' ? ['activeTab', 'scripting', 'storage'] : ['activeTab', 'scripting', 'storage', 'sidePanel'],
    // Asked at the moment, one site at a time, from the side panel's "Summarise this page":
    // the reader allows that origin only (lib/ui/browser-ui.ts requestSiteAccess).
    ...(browser === 'firefox' ? { optional_permissions: ['<all_urls>'] } : { optional_host_permissions: ['<all_urls>'] }),
    action: { default_title: 'En bref: summarise this page' },
    browser_specific_settings:
      browser === 'firefox'
        ? { gecko: { id: 'en-bref@enbref.org', strict_min_version: '140.0', data_collection_permissions: { required: ['none'] } } }
        : undefined,
  }),
});
