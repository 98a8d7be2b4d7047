/**
 * What the hostile page suites share, in Chromium (hostile.test.ts) and Firefox
 * (firefox-hostile.test.ts): the fixtures (pages/hostile/*.html), the two local servers (the
 * pages, and the attacker that records every request), and the checks of an extension page's
 * DOM and of the Markdown the extension writes. The DOM checks run in the page (self-contained
 * functions taking the document), whichever driver reaches it.
 */
import { readFileSync, readdirSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { expect } from 'vitest';
import { REPO_ROOT, normaliseText } from '../../testing/harness';

export const HOSTILE_DIR = path.join(REPO_ROOT, 'tests/e2e/pages/hostile');
export const FIXTURES = readdirSync(HOSTILE_DIR)
  .filter((f) => f.endsWith('.html'))
  .sort();

/** What each fixture carries, for the report (the fixtures' header comments say the same). */
export const VECTORS: Record<string, string[]> = {
  'script-tags.html': [
    'script tag as text in <title>',
    'script src in meta author',
    '</script> breakout in og:site_name',
    'live <script> in head',
    'JSON-LD headline with script',
    'JSON-LD author </script> breakout',
    'JSON-LD publisher script',
    'JSON-LD articleBody script',
    'document.write',
    'script tag as text in <h1>',
    'script src in byline',
    'script tag in paragraph text',
    'live <script> in body',
    'module script with import() in text',
    'script tag in <h2>',
  ],
  'event-handlers.html': [
    '<img onerror> in <title>',
    '<img onerror> in meta author',
    'body onload in og:site_name',
    'JSON-LD FAQ question with <img onerror>',
    'live body onload',
    'javascript: link in byline (live)',
    'onclick on byline link',
    '<img onerror> as text in byline',
    '<img onerror> as text in paragraph',
    'live <img onerror>',
    'live onmouseover',
    'javascript: link as text',
    'live <details ontoggle>',
    '<svg onload> in <h2>',
    'javascript: link in body (live)',
    'live <input autofocus onfocus>',
    'fake __enBrefHighlight in the page world',
    'poisoned Node.prototype.cloneNode',
    'poisoned Document.prototype.createTreeWalker',
    'poisoned window.getSelection',
  ],
  'svg-css.html': [
    '<svg onload> in <title>',
    '<style>@import in meta author',
    '</style><link> breakout in og:site_name',
    'live <style>@import and url()',
    'JSON-LD headline with svg',
    'JSON-LD author with <style>',
    'live <svg onload>',
    'live <svg><script>',
    'svg script as text',
    'live style attribute url()',
    '<noscript> with <img onerror>',
    '<template> with <img onerror>',
    '</style><style> breakout as text',
    'srcdoc iframe with script',
    'MathML/mglyph/style mXSS in <h2> text',
    'template injection strings',
    'live MathML mXSS markup',
  ],
  'bidi-zero-width.html': [
    'U+202E in <title>',
    'U+200B in <title>',
    'U+2067/U+202E in meta author',
    'unterminated U+202E in og:site_name',
    'U+202E in JSON-LD headline',
    'U+2067/U+202E in JSON-LD author',
    'U+202E in <h1>',
    'U+2067/U+202E in byline',
    'U+202E...U+202C number reversal in text',
    'U+200B/U+200C/U+200D in text',
    'U+202D...U+202C in text',
    'U+2060 word joiner',
    'U+202E in <h2>',
    'U+FEFF in text',
    'U+2066...U+2069 isolate in text',
  ],
  'markdown-links.html': [
    'Markdown javascript: link in <title>',
    'Markdown image to attacker in <title>',
    'javascript: canonical url',
    'javascript: og:url',
    'Markdown link in og:site_name',
    'Markdown image in meta author',
    'Markdown link and image in text',
    'HTML <img> as text',
    'reference definition to javascript:',
    'heading and rule markers in <h2>',
    'blockquote and table markers',
    'maths, comments, highlights, block ids, HTML comment',
  ],
};

export interface Hit {
  path: string;
  referer?: string;
  origin?: string;
}

export interface HostileServers {
  pagesOrigin: string;
  attackerOrigin: string;
  /** Every request the attacker received. */
  hits: Hit[];
  urlOf(file: string): string;
  /** Requests to `/steal/...`: any one fails a suite. */
  steals(): string[];
  /** Paths of `/page/...` requests: the pages' own code ran in their own tabs (the positive control). */
  pageOwnRuns(): string[];
  close(): Promise<void>;
}

async function listen(server: http.Server): Promise<string> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** The attacker (records, answers 204 with CORS open), and the pages with `__ATTACKER__` set to it. */
export async function startHostileServers(): Promise<HostileServers> {
  const hits: Hit[] = [];
  const attacker = http.createServer((req, res) => {
    hits.push({ path: req.url ?? '', referer: req.headers.referer, origin: req.headers.origin });
    res.writeHead(204, { 'access-control-allow-origin': '*', 'cache-control': 'no-store' });
    res.end();
  });
  const attackerOrigin = await listen(attacker);
  const pages = http.createServer((req, res) => {
    const file = /^\/hostile\/([\w-]+\.html)$/.exec(new URL(req.url ?? '/', 'http://x').pathname)?.[1];
    if (!file || !FIXTURES.includes(file)) {
      res.writeHead(404).end('not found');
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
    res.end(readFileSync(path.join(HOSTILE_DIR, file), 'utf8').replaceAll('__ATTACKER__', attackerOrigin));
  });
  const pagesOrigin = await listen(pages);
  const close = (s: http.Server) =>
    new Promise<void>((r) => {
      s.closeAllConnections();
      s.close(() => r());
    });
  return {
    pagesOrigin,
    attackerOrigin,
    hits,
    urlOf: (file) => `${pagesOrigin}/hostile/${file}`,
    steals: () => hits.filter((h) => h.path.startsWith('/steal/')).map((h) => h.path),
    pageOwnRuns: () => [...new Set(hits.filter((h) => h.path.startsWith('/page/')).map((h) => h.path.replace(/\?.*/, '')))],
    close: async () => {
      await close(attacker);
      await close(pages);
    },
  };
}

/** The vectors every suite must see run in the pages' own tabs. */
export const PAGE_OWN_VECTORS = [
  '/page/head-script-ran',
  '/page/body-script-ran',
  '/page/img-onerror-ran',
  '/page/body-onload-ran',
  '/page/svg-script-ran',
  '/page/armed',
];

/** Lower-case element names our own UI can make: every JSX tag in components/ and entrypoints/. */
export function ourTags(): Set<string> {
  const tags = new Set(['html', 'head', 'body', 'meta', 'title', 'link', 'script', 'div']);
  const walk = (dir: string) => {
    for (const name of readdirSync(dir, { withFileTypes: true })) {
      const full = path.join(dir, name.name);
      if (name.isDirectory()) walk(full);
      else if (/\.(tsx|html)$/.test(name.name)) for (const m of readFileSync(full, 'utf8').matchAll(/<([a-z][a-z0-9]*)[\s>/]/g)) tags.add(m[1]);
    }
  };
  walk(path.join(REPO_ROOT, 'components'));
  walk(path.join(REPO_ROOT, 'entrypoints'));
  // Never ours, whatever a comment or string in the source says.
  for (const t of ['img', 'svg', 'iframe', 'object', 'embed', 'style', 'math', 'template', 'noscript', 'frame', 'base', 'video', 'audio', 'source', 'picture'])
    tags.delete(t);
  return tags;
}

export interface DomReport {
  foreignTags: string[];
  handlers: string[];
  badUrls: string[];
  inlineScripts: number;
  styleUrls: string[];
  text: string;
}

export interface InspectOptions {
  /** ourTags(), as an array. */
  allowed: string[];
  /** The extension's base url ("chrome-extension://<id>/", "moz-extension://<uuid>/"). */
  base: string;
  /** The served pages' origin: the library's "Open" links go there. */
  pages: string;
}

/** Runs in an extension page: everything in it that could only have come from page markup. */
export function inspectDom({ allowed, base, pages }: InspectOptions, doc: Document = document): DomReport {
  const all = [...doc.querySelectorAll('*')];
  const foreignTags = [...new Set(all.map((e) => e.localName).filter((t) => !allowed.includes(t)))];
  const handlers: string[] = [];
  const badUrls: string[] = [];
  const styleUrls: string[] = [];
  for (const el of all) {
    for (const a of el.getAttributeNames()) {
      const v = el.getAttribute(a) ?? '';
      if (a.startsWith('on')) handlers.push(`${el.localName}[${a}]`);
      if (
        /^(href|src|action|formaction|xlink:href|srcdoc|data|poster|background)$/.test(a) &&
        !(v.startsWith(base) || v.startsWith(pages + '/') || v.startsWith('/') || v.startsWith('./'))
      )
        badUrls.push(`${el.localName}[${a}=${v.slice(0, 80)}]`);
      if (a === 'style' && /url\s*\(|expression\s*\(|@import/i.test(v)) styleUrls.push(`${el.localName}[style=${v.slice(0, 80)}]`);
    }
  }
  const inlineScripts = [...doc.scripts].filter((s) => !s.src || !s.src.startsWith(base) || (s.textContent ?? '').trim()).length;
  return { foreignTags, handlers, badUrls, inlineScripts, styleUrls, text: doc.body.textContent ?? '' };
}

export function expectClean(report: DomReport, where: string): void {
  expect(report.foreignTags, `${where}: elements our UI never makes`).toEqual([]);
  expect(report.handlers, `${where}: event-handler attributes`).toEqual([]);
  expect(report.badUrls, `${where}: urls that are not ours`).toEqual([]);
  expect(report.styleUrls, `${where}: style attributes loading things`).toEqual([]);
  expect(report.inlineScripts, `${where}: scripts that are not the extension's own files`).toBe(0);
}

export interface LayoutOrder {
  ok: boolean;
  checked: number;
  text: string;
  xs: number[];
}

/**
 * Runs in the page: true when, in every element matching `selector`, the Latin letters of the
 * first word of three letters or more are laid out left to right, as our interface writes
 * them: an unterminated bidi override in page text before them would lay them out right to left.
 */
export function laidOutInOrder(selector: string, doc: Document = document): LayoutOrder {
  const els = [...doc.querySelectorAll(selector)];
  let checked = 0;
  for (const el of els) {
    // Laid out even when off screen: Firefox leaves the text of a `content-visibility: auto`
    // box out of layout (every letter at one x) where Chromium lays it out to measure it.
    for (let a: Element | null = el; a; a = a.parentElement)
      if (doc.defaultView!.getComputedStyle(a).contentVisibility === 'auto') (a as HTMLElement).style.contentVisibility = 'visible';
    const walker = doc.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = n.nodeValue ?? '';
      const m = /[A-Za-z]{3,}/.exec(text);
      if (!m) continue;
      const xs: number[] = [];
      for (let i = m.index; i < m.index + Math.min(m[0].length, 5); i++) {
        const r = doc.createRange();
        r.setStart(n, i);
        r.setEnd(n, i + 1);
        xs.push(r.getBoundingClientRect().left);
      }
      checked++;
      if (!xs.every((x, i) => i === 0 || x > xs[i - 1])) return { ok: false, checked, text: m[0], xs };
      break;
    }
  }
  return { ok: checked > 0, checked, text: '', xs: [] };
}

/**
 * Markdown where page text can do nothing: once the escapes (`\x`) are taken out, no raw
 * HTML tag, no link or image syntax, no autolink but the page's own http(s) url.
 */
export function expectInertMarkdown(md: string, what: string): void {
  const unescaped = md.replace(/\\./g, '');
  const lines = unescaped.split('\n');
  for (const line of lines) {
    const withoutAutolinks = line.replace(/<https?:\/\/[^\s<>]+>/g, '');
    expect(withoutAutolinks, `${what}: raw < or > in "${line}"`).not.toMatch(/[<>]/);
    expect(line, `${what}: link or image syntax in "${line}"`).not.toMatch(/\]\(|!\[|\]:/);
  }
  expect(md, `${what}: javascript: as a link`).not.toMatch(/<javascript:|\]\(javascript:/i);
  expect(unescaped).not.toMatch(/<(script|img|svg|style|iframe)\b/i);
}

/** Page text as a digest may quote it: format characters (bidi controls, zero-width) as spaces. */
export const plainText = (s: string) => normaliseText(s.replace(/\p{Cf}/gu, ' '));
