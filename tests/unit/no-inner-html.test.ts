/**
 * Page text reaches the extension's pages as text nodes only. This scan fails the build when
 * source in components/, entrypoints/ or lib/ turns a string into markup or code: innerHTML,
 * outerHTML, insertAdjacentHTML, dangerouslySetInnerHTML, document.write, srcdoc,
 * createContextualFragment, eval, new Function, string timers. Comments are ignored. An
 * exception needs an entry in ALLOWED with its justification.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DIRS = ['components', 'entrypoints', 'lib'];

const RULES: Array<[string, RegExp]> = [
  ['innerHTML', /\binnerHTML\b/],
  ['outerHTML', /\bouterHTML\b/],
  ['insertAdjacentHTML', /\binsertAdjacentHTML\b/],
  ['dangerouslySetInnerHTML', /\bdangerouslySetInnerHTML\b/],
  ['document.write', /\bdocument\s*\.\s*write(?:ln)?\s*\(/],
  ['srcdoc', /\bsrcdoc\b/i],
  ['createContextualFragment', /\bcreateContextualFragment\b/],
  ['eval', /(?<![\w$.])eval\s*\(/],
  ['new Function', /\bnew\s+Function\s*\(/],
  ['Function(string)', /(?<![\w$.])(?<!new\s+)Function\s*\(\s*['"`]/],
  ['string timer', /\bset(?:Timeout|Interval)\s*\(\s*['"`]/],
];
/** Inline handlers and inline scripts in the extension's HTML pages (CSP would block them anyway). */
const HTML_RULES: Array<[string, RegExp]> = [
  ['inline event handler', /<[^>]*\son[a-z]+\s*=/i],
  ['inline script', /<script(?![^>]*\bsrc=)[^>]*>/i],
  ['javascript: url', /javascript:/i],
];

/** `path:rule` -> why it is safe. Empty: nothing needs an exception today. */
const ALLOWED: Record<string, string> = {};

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|tsx|js|jsx|mjs|html)$/.test(name) && !/\.test\.[jt]sx?$/.test(name)) out.push(full);
  }
  return out;
}

/**
 * Comments blanked out (newlines kept, so line numbers hold). Strings and regex literals are
 * kept as they are: a rule matching inside one is worth a look anyway.
 */
function stripComments(src: string): string {
  return src
    .replace(/\/\*[\s\S]*?\*\//g, (m) => m.replace(/[^\n]/g, ' '))
    .replace(/(^|[^:\\'"`])\/\/.*$/gm, (_m, before) => before)
    .replace(/<!--[\s\S]*?-->/g, (m) => m.replace(/[^\n]/g, ' '));
}

function violations(file: string, src: string): string[] {
  const rules = file.endsWith('.html') ? [...RULES, ...HTML_RULES] : RULES;
  const lines = stripComments(src).split('\n');
  const found: string[] = [];
  lines.forEach((line, i) => {
    for (const [name, re] of rules) {
      if (!re.test(line)) continue;
      const rel = path.relative(ROOT, file);
      if (ALLOWED[`${rel}:${name}`]) continue;
      found.push(`${rel}:${i + 1}: ${name}: ${line.trim()}`);
    }
  });
  return found;
}

describe('no page-derived markup or code in the extension', () => {
  it('the scanner catches each pattern and ignores comments', () => {
    const samples = [
      'el.innerHTML = text;',
      'x.outerHTML',
      "el.insertAdjacentHTML('beforeend', s)",
      '<div dangerouslySetInnerHTML={{ __html: s }} />',
      'document.write(s)',
      'frame.srcdoc = s',
      'range.createContextualFragment(s)',
      'eval(code)',
      'new Function("return 1")',
      'Function("return 1")()',
      "setTimeout('alert(1)', 0)",
    ];
    for (const s of samples) expect(violations('/x.ts', s), s).toHaveLength(1);
    expect(violations('/x.html', '<button onclick="go()">')).toHaveLength(1);
    expect(violations('/x.html', '<script>alert(1)</script>')).toHaveLength(1);
    expect(violations('/x.html', '<script type="module" src="./main.tsx"></script>')).toHaveLength(0);
    expect(violations('/x.ts', '// never use innerHTML here\n/* nor\n eval(x) */ const ok = 1;')).toHaveLength(0);
    expect(violations('/x.ts', 'await page.evaluate(() => 1); retrieval(x); const url = "https://a.b/c";')).toHaveLength(0);
  });

  it('components/, entrypoints/ and lib/ contain none of them', () => {
    const files = DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)));
    expect(files.length).toBeGreaterThan(50);
    const found = files.flatMap((f) => violations(f, readFileSync(f, 'utf8')));
    expect(found, `page text must stay text: use text nodes (JSX children), never markup\n${found.join('\n')}`).toEqual([]);
  });
});

/**
 * The extension sends nothing anywhere (README, "Security and privacy"): no network API in
 * its source. A feature that must talk to a server (issue 7's remote engine) lists its one
 * module here, with why.
 */
const NETWORK = /\b(fetch|XMLHttpRequest|WebSocket|EventSource|sendBeacon|RTCPeerConnection)\s*[.(]/;
const NETWORK_ALLOWED: Record<string, string> = {
  'lib/background/entry-points.ts':
    '"Summarise the linked page" (context menu): fetches the one page the reader chose, from a site they allowed at that moment, without cookies (lib/background/link-service.ts).',
  'lib/engine/openai/client.ts':
    'The OpenAI-compatible engine (issue 7): requests to the one endpoint the reader configured and allowed, only when they chose that engine; without cookies, redirects refused, the key only in its Authorization header.',
};

describe('no network access in the extension', () => {
  it('components/, entrypoints/ and lib/ call no network API', () => {
    expect('fetch(url)').toMatch(NETWORK);
    expect('navigator.sendBeacon(u)').toMatch(NETWORK);
    expect('prefetch(x); const fetched = 1;').not.toMatch(NETWORK);
    const found: string[] = [];
    for (const file of DIRS.flatMap((d) => sourceFiles(path.join(ROOT, d)))) {
      const rel = path.relative(ROOT, file);
      if (NETWORK_ALLOWED[rel]) continue;
      stripComments(readFileSync(file, 'utf8'))
        .split('\n')
        .forEach((line, i) => {
          if (NETWORK.test(line)) found.push(`${rel}:${i + 1}: ${line.trim()}`);
        });
    }
    expect(found, `the extension sends nothing: ${found.join('\n')}`).toEqual([]);
  });
});
