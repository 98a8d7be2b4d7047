/**
 * The Chrome or Chromium that `npm start`, the end-to-end tests and the benchmarks drive:
 * CHROME_PATH when set, else the first browser found at the usual install paths of this
 * system (Chromium first: Google Chrome 137 and later ignore --load-extension, so the harness
 * loads the extension into it through CDP instead). Nothing is ever downloaded.
 *
 *   tsx scripts/lib/browser.ts --check   prints the browser, or one line saying what to install (exit 1)
 */
import { existsSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Where Chrome and Chromium install themselves, most likely first, for a platform. */
export function browserCandidates(platform: NodeJS.Platform = process.platform, env: NodeJS.ProcessEnv = process.env, home = os.homedir()): string[] {
  if (platform === 'darwin') {
    const apps = ['/Applications', path.join(home, 'Applications')];
    return [
      ...apps.map((a) => `${a}/Chromium.app/Contents/MacOS/Chromium`),
      ...apps.map((a) => `${a}/Google Chrome.app/Contents/MacOS/Google Chrome`),
      ...apps.map((a) => `${a}/Google Chrome for Testing.app/Contents/MacOS/Google Chrome for Testing`),
    ];
  }
  if (platform === 'win32') {
    const roots = [env.LOCALAPPDATA, env.PROGRAMFILES, env['PROGRAMFILES(X86)'], env.ProgramW6432].filter((r): r is string => Boolean(r));
    return [
      ...roots.map((r) => path.win32.join(r, 'Chromium', 'Application', 'chrome.exe')),
      ...roots.map((r) => path.win32.join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')),
    ];
  }
  return [
    '/usr/lib/chromium/chromium', // Debian
    '/usr/lib/chromium-browser/chromium-browser',
    '/usr/lib64/chromium-browser/chromium-browser', // Fedora
    '/usr/bin/chromium',
    '/usr/bin/chromium-browser',
    '/snap/bin/chromium',
    '/opt/google/chrome/chrome',
    '/usr/bin/google-chrome-stable',
    '/usr/bin/google-chrome',
  ];
}

/** What to install, in one line, for a platform. */
export function installHint(platform: NodeJS.Platform = process.platform): string {
  const how =
    platform === 'darwin'
      ? 'install Chromium or Google Chrome in /Applications (e.g. `brew install --cask chromium`)'
      : platform === 'win32'
        ? 'install Google Chrome or Chromium'
        : 'install Chromium (Debian/Ubuntu: `sudo apt-get install chromium`; Fedora: `sudo dnf install chromium`) or Google Chrome';
  return `No Chrome or Chromium found: ${how}, or set CHROME_PATH to its executable.`;
}

/** A browser that is not where CHROME_PATH says, or none at all: the message is the one line to show. */
export class BrowserNotFound extends Error {
  override name = 'BrowserNotFound';
}

/** The browser's executable; throws BrowserNotFound with a one-line message. */
export function browserPath(env: NodeJS.ProcessEnv = process.env): string {
  if (env.CHROME_PATH) {
    if (existsSync(env.CHROME_PATH)) return env.CHROME_PATH;
    throw new BrowserNotFound(`CHROME_PATH=${env.CHROME_PATH} does not exist: point it at a Chrome or Chromium executable, or unset it.`);
  }
  const found = browserCandidates(process.platform, env).find((p) => existsSync(p));
  if (!found) throw new BrowserNotFound(installHint());
  return found;
}

/**
 * Google Chrome (not Chromium): since version 137 it ignores --load-extension, so the extension
 * is loaded through CDP (Extensions.loadUnpacked) instead.
 */
export const isBrandedChrome = (executable: string): boolean =>
  /google[ -]chrome|[\\/]opt[\\/]google[\\/]chrome[\\/]|[\\/]Google[\\/]Chrome[\\/]/i.test(executable);

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url) && process.argv.includes('--check')) {
  try {
    console.log(`Browser: ${browserPath()}`);
  } catch (e) {
    console.error(e instanceof BrowserNotFound ? e.message : String(e));
    process.exit(1);
  }
}
