/**
 * The built extension's size: the whole package, and each entrypoint's JavaScript, raw and
 * gzipped (each file gzipped on its own, level 9, then summed). An HTML entrypoint's initial
 * JavaScript is what its page loads before first paint: its module script, the chunks it
 * preloads and every chunk they import statically; chunks imported with import() load later
 * and are listed apart.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

export interface JsSize {
  files: string[];
  raw: number;
  gzip: number;
}

export interface EntrySize {
  name: string;
  initial: JsSize;
  /** Loaded on demand (dynamic import), after first paint. */
  lazy: JsSize;
}

export interface SizeResult {
  dir: string;
  totalRaw: number;
  totalGzip: number;
  files: number;
  entries: EntrySize[];
  /** The zip a store receives is about the gzipped total; the biggest files, for the report. */
  largest: Array<{ file: string; raw: number; gzip: number }>;
}

function walk(dir: string, base = dir): string[] {
  return readdirSync(dir).flatMap((f) => {
    const p = path.join(dir, f);
    return statSync(p).isDirectory() ? walk(p, base) : [path.relative(base, p)];
  });
}

const gz = (buf: Buffer) => gzipSync(buf, { level: 9 }).length;

export function measureSize(dir: string): SizeResult {
  const files = walk(dir).sort();
  const sizes = new Map(files.map((f) => [f, { raw: statSync(path.join(dir, f)).size, gzip: gz(readFileSync(path.join(dir, f))) }]));
  const js = (list: string[]): JsSize => ({
    files: list,
    raw: list.reduce((n, f) => n + (sizes.get(f)?.raw ?? 0), 0),
    gzip: list.reduce((n, f) => n + (sizes.get(f)?.gzip ?? 0), 0),
  });
  const staticImports = (file: string): string[] => {
    const src = readFileSync(path.join(dir, file), 'utf8');
    const out: string[] = [];
    for (const m of src.matchAll(/(?:^|[;}\s])import\s*(?:[\w${},*\s]+from\s*)?["'`]([^"'`]+\.js)["'`]/g)) out.push(path.join(path.dirname(file), m[1]));
    return out;
  };
  const dynamicImports = (file: string): string[] => {
    const src = readFileSync(path.join(dir, file), 'utf8');
    return [...src.matchAll(/import\(\s*["'`]([^"'`]+\.js)["'`]\s*\)/g)].map((m) => path.join(path.dirname(file), m[1]));
  };
  const closure = (roots: string[]): string[] => {
    const seen = new Set<string>();
    const stack = [...roots];
    while (stack.length) {
      const f = stack.pop()!;
      if (seen.has(f) || !sizes.has(f)) continue;
      seen.add(f);
      stack.push(...staticImports(f));
    }
    return [...seen].sort();
  };
  const entries: EntrySize[] = [];
  for (const html of files.filter((f) => f.endsWith('.html'))) {
    const src = readFileSync(path.join(dir, html), 'utf8');
    const roots = [...src.matchAll(/<script[^>]+src="([^"]+)"|<link[^>]+rel="modulepreload"[^>]+href="([^"]+)"/g)].map((m) =>
      (m[1] ?? m[2]).replace(/^\//, ''),
    );
    const initial = closure(roots);
    const lazyRoots = initial.flatMap(dynamicImports).filter((f) => !initial.includes(f));
    const lazy = closure(lazyRoots).filter((f) => !initial.includes(f));
    entries.push({ name: html.replace(/\.html$/, ''), initial: js(initial), lazy: js(lazy) });
  }
  for (const script of files.filter((f) => !f.includes('/') && f.endsWith('.js'))) {
    const initial = closure([script]);
    entries.push({ name: script.replace(/\.js$/, ''), initial: js(initial), lazy: js([]) });
  }
  const totalRaw = [...sizes.values()].reduce((n, s) => n + s.raw, 0);
  const totalGzip = [...sizes.values()].reduce((n, s) => n + s.gzip, 0);
  const largest = [...sizes]
    .sort((a, b) => b[1].raw - a[1].raw)
    .slice(0, 5)
    .map(([file, s]) => ({ file, ...s }));
  return { dir, totalRaw, totalGzip, files: files.length, entries, largest };
}
