import { describe, expect, it } from 'vitest';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const ALLOWED = {
  'chrome-mv3': ['activeTab', 'scripting', 'storage', 'sidePanel', 'contextMenus', 'offscreen'],
  'firefox-mv2': ['activeTab', 'scripting', 'storage', 'contextMenus'],
} as const;

describe.each(Object.entries(ALLOWED))('built manifest %s', (target, allowed) => {
  const path = resolve(ROOT, '.output', target, 'manifest.json');
  const read = () => {
    if (!existsSync(path)) throw new Error(`${path} is missing: run npm run build first`);
    return JSON.parse(readFileSync(path, 'utf8'));
  };

  it('asks for no permission beyond the agreed set, and no host permission', () => {
    const m = read();
    for (const p of m.permissions ?? []) expect(allowed).toContain(p);
    expect(m.host_permissions ?? []).toEqual([]);
    // Sites are optional, asked one origin at a time when the reader allows one.
    const optional = target.startsWith('chrome') ? m.optional_host_permissions : m.optional_permissions;
    expect(optional).toEqual(['<all_urls>']);
    expect(target.startsWith('chrome') ? (m.optional_permissions ?? []) : (m.optional_host_permissions ?? [])).toEqual([]);
    // MV2 puts hosts among permissions: none may appear.
    expect((m.permissions ?? []).filter((p: string) => p.includes('://') || p === '<all_urls>')).toEqual([]);
  });

  it('registers no content script on pages: the reader’s click injects it', () => {
    const m = read();
    expect(m.content_scripts ?? []).toEqual([]);
    expect(existsSync(resolve(ROOT, '.output', target, 'extract.js'))).toBe(true);
    expect(existsSync(resolve(ROOT, '.output', target, 'highlight.js'))).toBe(true);
  });

  it('keeps the default CSP and loads no remote code', () => {
    const m = read();
    expect(m.content_security_policy).toBeUndefined();
    const popup = readFileSync(resolve(ROOT, '.output', target, 'popup.html'), 'utf8');
    expect(popup).not.toMatch(/<script[^>]+src=["']https?:/);
  });

  it('no web page can reach the extension, and no built file loads code from elsewhere', () => {
    const m = read();
    // Without externally_connectable no web page can message the background (checked live
    // in tests/e2e/hostile.test.ts); without web_accessible_resources no page can load ours.
    expect(m.externally_connectable).toBeUndefined();
    expect(m.web_accessible_resources).toBeUndefined();
    expect(m.sandbox).toBeUndefined();
    expect(m.update_url).toBeUndefined();
    const dir = resolve(ROOT, '.output', target);
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => /\.(html|js)$/.test(f));
    expect(files.length).toBeGreaterThan(4);
    for (const f of files) {
      const text = readFileSync(resolve(dir, f), 'utf8');
      if (f.endsWith('.html')) {
        expect(text, f).not.toMatch(/<script[^>]+src=["']?(https?:)?\/\//i);
        expect(text, f).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>\s*\S/i); // inline scripts
        expect(text, f).not.toMatch(/<link[^>]+href=["']?(https?:)?\/\//i);
      } else {
        expect(text, f).not.toMatch(/\bimportScripts\s*\(|\bimport\s*\(\s*["'`]https?:|\beval\s*\(|\bnew Function\s*\(/);
        expect(text, f).not.toMatch(/\b(XMLHttpRequest|WebSocket|EventSource|sendBeacon)\b/);
      }
    }
  });

  it('speaks the browser’s language: _locales for en, fr, de, es, the manifest’s text from them', () => {
    const m = read();
    expect(m.default_locale).toBe('en');
    expect(m.name).toBe('__MSG_extName__');
    expect(m.description).toBe('__MSG_extDescription__');
    expect((m.action ?? m.browser_action).default_title).toBe('__MSG_actionTitle__');
    for (const locale of ['en', 'fr', 'de', 'es']) {
      const messages = JSON.parse(readFileSync(resolve(ROOT, '.output', target, '_locales', locale, 'messages.json'), 'utf8'));
      for (const key of ['extName', 'extDescription', 'actionTitle', 'commandOpenPopup', 'commandSidePanel'])
        expect(messages[key]?.message, `${locale} ${key}`).toBeTruthy();
      // The stores' limits: name 75 characters, description 132.
      expect(messages.extDescription.message.length, locale).toBeLessThanOrEqual(132);
    }
  });

  it('has keyboard shortcuts for the popup and the side panel, described in the reader’s language', () => {
    const m = read();
    const popup = target.startsWith('chrome') ? '_execute_action' : '_execute_browser_action';
    // Both browsers: a command of ours, whose activeTab grant lets the panel read the page.
    const panel = 'open-side-panel';
    expect(Object.keys(m.commands).sort()).toEqual([popup, panel].sort());
    // Firefox reads Alt+Shift+E as Alt+E, its Edit menu's access key (wxt.config.ts).
    const popupKey = target.startsWith('chrome') ? 'Alt+Shift+E' : 'Alt+Shift+R';
    expect(m.commands[popup]).toEqual({ suggested_key: { default: popupKey, mac: 'MacCtrl+Shift+E' }, description: '__MSG_commandOpenPopup__' });
    expect(m.commands[panel]).toEqual({ suggested_key: { default: 'Alt+Shift+Y', mac: 'MacCtrl+Shift+Y' }, description: '__MSG_commandSidePanel__' });
    // The offscreen document (parsing a linked page) is Chrome's only.
    expect(existsSync(resolve(ROOT, '.output', target, 'offscreen.html'))).toBe(target.startsWith('chrome'));
  });

  it('has a popup, a side panel and icons', () => {
    const m = read();
    const action = m.action ?? m.browser_action;
    expect(action.default_popup).toBe('popup.html');
    if (target.startsWith('chrome')) expect(m.side_panel.default_path).toBe('sidepanel.html');
    else expect(m.sidebar_action).toMatchObject({ default_panel: 'sidepanel.html', open_at_install: false });
    expect(Object.keys(m.icons)).toEqual(expect.arrayContaining(['16', '32', '48', '128']));
  });
});
