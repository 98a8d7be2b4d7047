/**
 * The folder-level import graph of the extension's code (lib, components, entrypoints), and its
 * cycles: `npx tsx scripts/folder-graph.ts` prints one line a folder with the folders it imports,
 * then each cycle; `--check` exits 1 when there is one (ESLint's import/no-cycle catches
 * file-level cycles; this catches the folder-level ones a file-level check lets through).
 * A file directly in lib/ counts as its own node (lib/types.ts), a folder as one (lib/text).
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const roots = ['lib', 'components', 'entrypoints'];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return files(full);
    return /\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) ? [full] : [];
  });
}

function resolve(from: string, spec: string): string | null {
  if (!spec.startsWith('.')) return null;
  const base = path.resolve(path.dirname(from), spec);
  for (const candidate of [base, `${base}.ts`, `${base}.tsx`, path.join(base, 'index.ts'), path.join(base, 'index.tsx')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate;
  }
  return null;
}

/** lib/text/lang/fr.ts -> lib/text (two levels under lib), lib/types.ts -> lib/types.ts. */
function node(file: string): string {
  const parts = path.relative(root, file).split(path.sep);
  if (parts.length === 2) return parts[0] === 'lib' ? parts.join('/') : parts[0];
  return parts.slice(0, 2).join('/');
}

/**
 * File imports left out of the cycle check, each with its way out. lib/qa uses the embedded
 * engine's tf-idf vectors and BM25, which belong in lib/text (the engine and lib/qa both build on them):
 * moving lib/engine/embedded/{vectors,bm25}.ts there waits for the FAQ work in lib/engine/embedded.
 */
const PENDING = new Set(['lib/qa/article.ts -> lib/engine/embedded/vectors.ts', 'lib/qa/rank.ts -> lib/engine/embedded/vectors.ts', 'lib/qa/rank.ts -> lib/engine/embedded/bm25.ts']);
const pending: string[] = [];

const edges = new Map<string, Map<string, string>>();
for (const file of roots.flatMap((r) => files(path.join(root, r)))) {
  const source = readFileSync(file, 'utf8');
  const from = node(file);
  if (!edges.has(from)) edges.set(from, new Map());
  for (const match of source.matchAll(/(?:^|\n)\s*(?:import|export)\b[^'"]*?from\s*['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/g)) {
    const target = resolve(file, match[1] ?? match[2]);
    if (!target) continue;
    const to = node(target);
    const edge = `${path.relative(root, file)} -> ${path.relative(root, target)}`;
    if (PENDING.has(edge)) {
      pending.push(edge);
      continue;
    }
    if (to !== from && !edges.get(from)!.has(to)) edges.get(from)!.set(to, `${path.relative(root, file)} -> ${path.relative(root, target)}`);
  }
}

// Strongly connected components (Tarjan): every component of more than one node is a cycle.
const index = new Map<string, number>();
const low = new Map<string, number>();
const stack: string[] = [];
const onStack = new Set<string>();
const cycles: string[][] = [];
let counter = 0;
function visit(v: string): void {
  index.set(v, counter);
  low.set(v, counter++);
  stack.push(v);
  onStack.add(v);
  for (const w of edges.get(v)?.keys() ?? []) {
    if (!index.has(w)) {
      visit(w);
      low.set(v, Math.min(low.get(v)!, low.get(w)!));
    } else if (onStack.has(w)) low.set(v, Math.min(low.get(v)!, index.get(w)!));
  }
  if (low.get(v) === index.get(v)) {
    const component: string[] = [];
    let w: string;
    do {
      w = stack.pop()!;
      onStack.delete(w);
      component.push(w);
    } while (w !== v);
    if (component.length > 1) cycles.push(component.sort());
  }
}
for (const v of [...edges.keys()].sort()) if (!index.has(v)) visit(v);

const verbose = process.argv.includes('--verbose');
for (const [from, tos] of [...edges].sort(([a], [b]) => a.localeCompare(b))) {
  console.log(`${from} -> ${[...tos.keys()].sort().join(', ') || '(nothing)'}`);
  if (verbose) for (const [to, why] of tos) console.log(`    ${to}: ${why}`);
}
if (cycles.length) {
  console.log(`\n${cycles.length} folder-level cycle(s):`);
  for (const c of cycles) {
    console.log(`  ${c.join(' <-> ')}`);
    for (const from of c) for (const [to, why] of edges.get(from) ?? []) if (c.includes(to)) console.log(`      ${why}`);
  }
  if (process.argv.includes('--check')) process.exit(1);
} else console.log('\nNo folder-level cycle.');
if (pending.length) console.log(`Left out, to be moved (PENDING):\n${[...new Set(pending)].map((e) => `  ${e}`).join('\n')}`);
