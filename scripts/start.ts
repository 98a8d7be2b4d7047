/**
 * `npm start`: build the Chrome extension, serve the sample articles on 127.0.0.1, and open
 * Chrome or Chromium (scripts/lib/browser.ts) with En bref loaded on the French sample article.
 * Runs until Ctrl-C or until the browser is closed. The extension is loaded through CDP
 * (Extensions.loadUnpacked over --remote-debugging-pipe), which Google Chrome allows where it
 * ignores --load-extension.
 *
 *   npm start              sample pages only (publishers' hosts blocked, as in the e2e tests)
 *   npm start -- --online  let the browser reach the web, to try En bref on live news sites
 *   npm start -- --headless
 *
 * Without a display ($DISPLAY / $WAYLAND_DISPLAY unset) Chromium runs headless and the
 * DevTools endpoint is printed instead.
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Readable, Writable } from 'node:stream';
import {
  BrowserNotFound,
  browserPath,
  EXTENSION_DIR,
  PAGES,
  REPO_ROOT,
  checkPrerequisites,
  chromiumArgs,
  startPageServer,
  unpackedExtensionId,
} from '../testing/harness';

const argv = new Set(process.argv.slice(2));
const online = argv.has('--online');
const hasDisplay = Boolean(process.env.DISPLAY || process.env.WAYLAND_DISPLAY);
const headless = argv.has('--headless') || !hasDisplay;
const isRoot = process.getuid?.() === 0;

function say(line = ''): void {
  process.stdout.write(line + '\n');
}

/**
 * Loads the unpacked extension through the browser's DevTools pipe (fd 3 in, fd 4 out, messages
 * ended by a NUL byte); resolves with its id.
 */
function loadExtension(browser: ChildProcess, dir: string): Promise<string> {
  const toBrowser = browser.stdio[3] as Writable;
  const fromBrowser = browser.stdio[4] as Readable;
  return new Promise((resolve, reject) => {
    let buffer = '';
    fromBrowser.setEncoding('utf8');
    fromBrowser.on('data', (chunk: string) => {
      buffer += chunk;
      for (let end = buffer.indexOf('\0'); end >= 0; end = buffer.indexOf('\0')) {
        const message = JSON.parse(buffer.slice(0, end)) as { id?: number; result?: { id: string }; error?: { message: string } };
        buffer = buffer.slice(end + 1);
        if (message.id !== 1) continue;
        if (message.result) resolve(message.result.id);
        else reject(new Error(message.error?.message ?? 'no answer'));
      }
    });
    fromBrowser.on('error', reject);
    toBrowser.write(JSON.stringify({ id: 1, method: 'Extensions.loadUnpacked', params: { path: dir } }) + '\0');
  });
}

async function main(): Promise<void> {
  // The browser first: without one, one line says what to install, before a build for nothing.
  let browserExe: string;
  try {
    browserExe = browserPath();
  } catch (e) {
    if (!(e instanceof BrowserNotFound)) throw e;
    say(e.message);
    process.exit(1);
  }
  say('==> npm run build:chrome');
  const build = spawnSync('npm', ['run', 'build:chrome'], { cwd: REPO_ROOT, stdio: 'inherit' });
  if (build.status !== 0) {
    say(`Build failed (exit ${build.status ?? build.signal}).`);
    process.exit(build.status || 1);
  }
  checkPrerequisites();

  const server = await startPageServer(Object.values(PAGES));
  const sample = server.url(PAGES.fr.route);

  // A fresh profile, with En bref already pinned to the toolbar (Chromium's unpacked-extension
  // id is derived from the extension's path, so it is known before launch).
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'en-bref-start-'));
  const extensionId = unpackedExtensionId(EXTENSION_DIR);
  mkdirSync(path.join(userDataDir, 'Default'), { recursive: true });
  writeFileSync(path.join(userDataDir, 'Default', 'Preferences'), JSON.stringify({ extensions: { pinned_extensions: [extensionId] } }));

  const args = [
    `--user-data-dir=${userDataDir}`,
    // The sandbox cannot run as root, and a desktop GPU is welcome: drop those test flags
    // when a person is in front of the browser.
    ...chromiumArgs(EXTENSION_DIR, { blockRemoteHosts: !online }).filter(
      (a) => !(a === '--no-sandbox' && !isRoot) && !(a === '--disable-gpu' && !headless) && !a.startsWith('--load-extension='),
    ),
    '--remote-debugging-pipe',
    '--window-size=1280,900',
    ...(headless ? ['--headless', '--remote-debugging-address=127.0.0.1', '--remote-debugging-port=0'] : []),
    sample,
  ];

  const chromium: ChildProcess = spawn(browserExe, args, { stdio: ['ignore', 'ignore', 'pipe', 'pipe', 'pipe'] });

  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    if (chromium.exitCode === null && chromium.signalCode === null) {
      chromium.kill('SIGTERM');
      await new Promise((r) => setTimeout(r, 300));
    }
    await server.close();
    rmSync(userDataDir, { recursive: true, force: true, maxRetries: 3 });
    process.exit(code);
  };
  process.on('SIGINT', () => void stop(0));
  process.on('SIGTERM', () => void stop(0));
  chromium.on('error', (e) => {
    say(`Could not start the browser (${browserExe}): ${e.message}`);
    void stop(1);
  });

  // The browser's own stderr is noisy (GPU, dbus...); keep only what matters.
  let stderrTail = '';
  chromium.stderr?.setEncoding('utf8');
  chromium.stderr?.on('data', (chunk: string) => {
    stderrTail = (stderrTail + chunk).slice(-4000);
    const m = /DevTools listening on (ws:\/\/\S+)/.exec(chunk);
    if (m) {
      const http = m[1].replace(/^ws:/, 'http:').replace(/\/devtools\/browser\/.*$/, '');
      say(`DevTools: ${m[1]}`);
      say(`          ${http}/json/list lists the open pages; forward the port over ssh and open chrome://inspect`);
      say(`          (Configure... -> 127.0.0.1:${new URL(http).port}) to watch them.`);
    }
  });
  chromium.on('exit', (code, signal) => {
    if (stopping) return;
    if (code) process.stderr.write(stderrTail);
    say(`\nThe browser exited (${signal ?? `code ${code}`}). Bye.`);
    void stop(code ? 1 : 0);
  });

  try {
    const loaded = await loadExtension(chromium, path.resolve(EXTENSION_DIR));
    if (loaded !== extensionId) say(`(the browser gave the extension the id ${loaded}, not ${extensionId}: pin it by hand)`);
  } catch (e) {
    say(`The browser did not load the extension: ${(e as Error).message}`);
    return void stop(1);
  }

  say('');
  say('En bref is running.');
  say(`  Extension:      ${EXTENSION_DIR} (id ${extensionId})`);
  say(`  Browser:        ${browserExe}${headless ? ' (headless)' : ''}, fresh profile ${userDataDir}`);
  say(`  Sample article: ${sample}`);
  say(`                  ${PAGES.fr.title}`);
  say(`  Other samples:  ${server.origin}/ (English article, a page with no article)`);
  say(`  Network:        ${online ? 'open (--online)' : 'only 127.0.0.1 (publishers\u2019 hosts blocked; npm start -- --online to browse)'}`);
  say('');
  if (headless) {
    say(
      hasDisplay
        ? 'Headless as asked (--headless): there is no window to click in.'
        : 'No display ($DISPLAY is not set): Chromium runs headless, there is no window to click in.',
    );
    say('To see the popup opened by a real toolbar click, run the end-to-end tests: npm run test:e2e');
    say('(screenshots in test-output/). Or run npm start from a desktop session.');
  } else {
    say('How to use it: click the En bref icon in the toolbar, right of the address bar.');
    say('If it is not there, open the puzzle-piece (Extensions) menu, click En bref, and pin it.');
    say('The popup shows EN BREF bullets and an FAQ for the article in the current tab.');
  }
  say('');
  say('Ctrl-C (or closing the browser) stops everything.');
}

main().catch((e: unknown) => {
  say(`npm start failed: ${e instanceof Error ? e.message : String(e)}`);
  process.exit(1);
});
