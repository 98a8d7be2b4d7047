/**
 * The full-text index as saved for the next page: packed so that it loads at once.
 *
 * MiniSearch's own JSON (toJSON / loadJSON) rebuilds a Map for every term's postings in every
 * field: millions of entries for 10,000 saved digests, seconds before the first keystroke can
 * be answered. A pack keeps the postings in typed arrays (IndexedDB stores and reads them as
 * blocks of bytes, nothing to parse) and the terms as one string; loading builds only the tree
 * of terms (what prefix and typo matching walk) and each term's postings stay packed until a
 * query reaches them (LazyTermData), in the field it looks in. Scores are those of the index
 * the pack was made from: same documents, same lengths, same counts.
 *
 * The pack reaches into MiniSearch's private fields (MiniInternals): the version is pinned in
 * package.json, and tests/unit/library-search-pack.test.ts compares a loaded pack's answers with
 * the index's it was made from.
 */
import MiniSearch from 'minisearch';

/** Changes whenever the layout below changes: a pack of another format is rebuilt, not read. */
export const PACK_FORMAT = 1;

export interface SearchPack {
  format: number;
  /** The records, in the order of their short ids: url, revision (searcher.ts), language. */
  ids: string[];
  revs: string[];
  langs: string[];
  /** Terms per field of each record: ids.length x fields. */
  fieldLength: Uint32Array;
  avgFieldLength: number[];
  /** Every term, '\n' between. */
  terms: string;
  /** Term t's field entries: termEntries[t] .. termEntries[t + 1]. */
  termEntries: Uint32Array;
  /** Each entry's field id and its postings: entryPostings[e] .. entryPostings[e + 1]. */
  entryField: Uint8Array;
  entryPostings: Uint32Array;
  /**
   * Postings: the record's short id (16 bits up to 65,536 records) and how often the term
   * occurs in that field, up to 255 (BM25 gives as good as nothing more for more occurrences):
   * three bytes a posting, what a page reads from IndexedDB before its first search.
   */
  docs: Uint16Array | Uint32Array;
  counts: Uint8Array;
}

/** Most occurrences of a term in a field a pack counts. */
const MAX_COUNT = 0xff;

/** Short ids in 16 bits while they fit. */
const idArray = (records: number, length: number) => (records <= 0x10000 ? new Uint16Array(length) : new Uint32Array(length));

type FieldTermData = Map<number, Map<number, number>>;

/** The parts of MiniSearch 7's state that a pack writes and reads. */
interface MiniInternals {
  _index: Map<string, FieldTermData> & { set(term: string, data: FieldTermData): unknown };
  _documentCount: number;
  _nextId: number;
  _documentIds: Map<number, string>;
  _idToShortId: Map<string, number>;
  _fieldIds: Record<string, number>;
  _fieldLength: Map<number, number[]>;
  _avgFieldLength: number[];
  _dirtCount: number;
}

const internals = (mini: MiniSearch<never> | MiniSearch<any>) => mini as unknown as MiniInternals;

/** The packed arrays a term's postings are read from. */
interface Packed {
  termEntries: Uint32Array;
  entryField: Uint8Array;
  entryPostings: Uint32Array;
  docs: Uint16Array | Uint32Array;
  counts: Uint8Array;
}

/**
 * One term's postings per field, read from the pack when first asked for: a query reads the
 * field it looks in (get), anything else (adding or removing a record) reads them all first
 * and then works on plain Maps, as MiniSearch's own.
 */
class LazyTermData extends Map<number, Map<number, number>> {
  private packed: Packed | undefined;
  private readonly term: number;

  constructor(packed: Packed, term: number) {
    super();
    this.packed = packed;
    this.term = term;
  }

  private field(p: Packed, e: number): Map<number, number> {
    const m = new Map<number, number>();
    for (let k = p.entryPostings[e]; k < p.entryPostings[e + 1]; k++) m.set(p.docs[k], p.counts[k]);
    return m;
  }

  private fill(): void {
    const p = this.packed;
    if (!p) return;
    this.packed = undefined;
    for (let e = p.termEntries[this.term]; e < p.termEntries[this.term + 1]; e++) {
      if (!super.has(p.entryField[e])) super.set(p.entryField[e], this.field(p, e));
    }
  }

  /**
   * Each field's postings without unpacking those still packed (pack writing): [field id, short
   * ids, counts] as packed, or [field id, postings] when a query unpacked them (and an added
   * record may have changed them since).
   */
  *packedEntries(): Generator<[number, Uint16Array | Uint32Array, Uint8Array] | [number, Map<number, number>]> {
    const p = this.packed;
    if (!p) return;
    for (let e = p.termEntries[this.term]; e < p.termEntries[this.term + 1]; e++) {
      const f = p.entryField[e];
      const unpacked = super.get(f);
      if (unpacked) yield [f, unpacked];
      else yield [f, p.docs.subarray(p.entryPostings[e], p.entryPostings[e + 1]), p.counts.subarray(p.entryPostings[e], p.entryPostings[e + 1])];
    }
  }

  get isPacked(): boolean {
    return this.packed !== undefined;
  }

  override get(fieldId: number): Map<number, number> | undefined {
    const p = this.packed;
    if (p && !super.has(fieldId)) {
      for (let e = p.termEntries[this.term]; e < p.termEntries[this.term + 1]; e++) {
        if (p.entryField[e] === fieldId) {
          const m = this.field(p, e);
          super.set(fieldId, m);
          return m;
        }
      }
      return undefined;
    }
    return super.get(fieldId);
  }

  override has(fieldId: number): boolean {
    this.fill();
    return super.has(fieldId);
  }

  override set(fieldId: number, value: Map<number, number>): this {
    this.fill();
    return super.set(fieldId, value);
  }

  override delete(fieldId: number): boolean {
    this.fill();
    return super.delete(fieldId);
  }

  override clear(): void {
    this.packed = undefined;
    super.clear();
  }

  override get size(): number {
    this.fill();
    return super.size;
  }

  override forEach(fn: (value: Map<number, number>, key: number, map: Map<number, Map<number, number>>) => void, thisArg?: unknown): void {
    this.fill();
    super.forEach(fn, thisArg);
  }

  override keys(): MapIterator<number> {
    this.fill();
    return super.keys();
  }

  override values(): MapIterator<Map<number, number>> {
    this.fill();
    return super.values();
  }

  override entries(): MapIterator<[number, Map<number, number>]> {
    this.fill();
    return super.entries();
  }

  override [Symbol.iterator](): MapIterator<[number, Map<number, number>]> {
    return this.entries();
  }
}

/**
 * The pack of `mini`'s state. Records are numbered afresh (0, 1, … in the order of their short
 * ids), so that records discarded since the last vacuum leave nothing behind. `revs` and
 * `langs`: per url.
 */
export function packIndex(mini: MiniSearch<any>, revs: ReadonlyMap<string, string>, langs: ReadonlyMap<string, string>): SearchPack {
  const m = internals(mini);
  const fields = Object.keys(m._fieldIds).length;
  const ids: string[] = [];
  const renumber = new Int32Array(m._nextId).fill(-1);
  for (const [short, id] of m._documentIds) {
    renumber[short] = ids.length;
    ids.push(id);
  }
  const fieldLength = new Uint32Array(ids.length * fields);
  ids.forEach((id, i) => {
    const lengths = m._fieldLength.get(m._idToShortId.get(id)!) ?? [];
    for (let f = 0; f < fields; f++) fieldLength[i * fields + f] = lengths[f] ?? 0;
  });
  const terms: string[] = [];
  const termEntries: number[] = [0];
  const entryField: number[] = [];
  const entryPostings: number[] = [0];
  let docs = idArray(ids.length, 1 << 16);
  let counts = new Uint8Array(1 << 16);
  let n = 0;
  const push = (short: number, count: number) => {
    const d = renumber[short];
    if (d === undefined || d < 0) return;
    if (n === docs.length) {
      const grown = idArray(ids.length, docs.length * 2);
      grown.set(docs);
      docs = grown;
      const grownCounts = new Uint8Array(counts.length * 2);
      grownCounts.set(counts);
      counts = grownCounts;
    }
    docs[n] = d;
    counts[n++] = Math.min(count, MAX_COUNT);
  };
  // Sorted, as the loader builds the tree of terms from them (radixTree).
  for (const [term, data] of [...m._index].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))) {
    const before = entryField.length;
    const entry = (fieldId: number, start: number) => {
      if (n === start) return;
      entryField.push(fieldId);
      entryPostings.push(n);
    };
    if (data instanceof LazyTermData && data.isPacked) {
      for (const [fieldId, shorts, cs] of data.packedEntries()) {
        const start = n;
        if (shorts instanceof Map) for (const [short, count] of shorts) push(short, count);
        else for (let k = 0; k < shorts.length; k++) push(shorts[k], cs![k]);
        entry(fieldId, start);
      }
    } else {
      for (const [fieldId, postings] of data) {
        const start = n;
        for (const [short, count] of postings) push(short, count);
        entry(fieldId, start);
      }
    }
    if (entryField.length === before) continue;
    terms.push(term);
    termEntries.push(entryField.length);
  }
  return {
    format: PACK_FORMAT,
    ids,
    revs: ids.map((id) => revs.get(id) ?? ''),
    langs: ids.map((id) => langs.get(id) ?? ''),
    fieldLength,
    avgFieldLength: averages(fieldLength, ids.length, fields),
    terms: terms.join('\n'),
    termEntries: Uint32Array.from(termEntries),
    entryField: Uint8Array.from(entryField),
    entryPostings: Uint32Array.from(entryPostings),
    docs: docs.slice(0, n),
    counts: counts.slice(0, n),
  };
}

/** Mean terms per field over the records kept (MiniSearch's running means drift as records come and go). */
function averages(fieldLength: Uint32Array, records: number, fields: number): number[] {
  const out = new Array<number>(fields).fill(0);
  if (!records) return out;
  for (let i = 0; i < records; i++) for (let f = 0; f < fields; f++) out[f] += fieldLength[i * fields + f];
  return out.map((s) => s / records);
}

/** Is this a pack this version can read? (A row of the cache table may be anything.) */
export function isPack(x: unknown): x is SearchPack {
  const p = x as Partial<SearchPack> | undefined;
  return (
    !!p &&
    p.format === PACK_FORMAT &&
    Array.isArray(p.ids) &&
    Array.isArray(p.revs) &&
    Array.isArray(p.langs) &&
    p.revs.length === p.ids.length &&
    p.langs.length === p.ids.length &&
    p.fieldLength instanceof Uint32Array &&
    Array.isArray(p.avgFieldLength) &&
    typeof p.terms === 'string' &&
    p.termEntries instanceof Uint32Array &&
    p.entryField instanceof Uint8Array &&
    p.entryPostings instanceof Uint32Array &&
    (p.docs instanceof Uint32Array || (p.docs instanceof Uint16Array && p.ids.length <= 0x10000)) &&
    p.counts instanceof Uint8Array &&
    p.docs.length === p.counts.length &&
    p.entryPostings.length === p.entryField.length + 1
  );
}

/** Fills `mini` (new, empty, with the options the pack was made with) from the pack. */
export function unpackInto(mini: MiniSearch<any>, pack: SearchPack): void {
  const m = internals(mini);
  const fields = Object.keys(m._fieldIds).length;
  if (pack.avgFieldLength.length !== fields) throw new Error('search pack: other fields');
  const n = pack.ids.length;
  m._documentCount = n;
  m._nextId = n;
  m._dirtCount = 0;
  m._avgFieldLength = [...pack.avgFieldLength];
  for (let i = 0; i < n; i++) {
    m._documentIds.set(i, pack.ids[i]);
    m._idToShortId.set(pack.ids[i], i);
    m._fieldLength.set(i, Array.from(pack.fieldLength.subarray(i * fields, (i + 1) * fields)));
  }
  const packed: Packed = pack;
  const terms = pack.terms ? pack.terms.split('\n') : [];
  if (terms.length + 1 !== pack.termEntries.length) throw new Error('search pack: terms and entries disagree');
  const SearchableMap = m._index.constructor as new (tree: Map<string, unknown>) => MiniInternals['_index'];
  m._index = new SearchableMap(radixTree(terms, (t) => new LazyTermData(packed, t)));
}

/**
 * The radix tree MiniSearch's SearchableMap keeps (a node: a Map from the next part of a key to
 * the node below; '' to the value of the key ending there), built in one pass over the sorted
 * terms: a tenth of the time of setting them one by one, which walks the tree from its root
 * for each.
 */
function radixTree<V>(terms: string[], value: (i: number) => V): Map<string, unknown> {
  for (let i = 1; i < terms.length; i++) if (!(terms[i - 1] < terms[i])) throw new Error('search pack: terms not sorted');
  const build = (lo: number, hi: number, depth: number): Map<string, unknown> => {
    const node = new Map<string, unknown>();
    let i = lo;
    // Sorted: the key ending here comes first.
    if (terms[i].length === depth) node.set('', value(i++));
    while (i < hi) {
      const first = terms[i];
      const c = first[depth];
      let j = i + 1;
      while (j < hi && terms[j][depth] === c) j++;
      if (j - i === 1) node.set(first.slice(depth), new Map([['', value(i)]]));
      else {
        // The part the group shares: that of its first and last terms, sorted.
        const last = terms[j - 1];
        let end = depth + 1;
        const max = Math.min(first.length, last.length);
        while (end < max && first[end] === last[end]) end++;
        node.set(first.slice(depth, end), build(i, j, end));
      }
      i = j;
    }
    return node;
  };
  return terms.length ? build(0, terms.length, 0) : new Map();
}

/** A document as packDocs reads it: its id, language, and each field's terms, space-separated. */
export type PackDoc = { id: string; lang: string } & Record<string, string>;

/**
 * The pack of an index of `docs`, made without MiniSearch: the same counts and lengths as
 * MiniSearch's add() gives (a field's length is its number of distinct terms), several times
 * faster, as no tree of terms is grown a term at a time. Each record's revision from `revs`.
 * `pause` (when given) is awaited every few hundred records, so that a page stays responsive.
 */
export async function packDocs(
  docs: readonly PackDoc[],
  fields: readonly string[],
  revs: ReadonlyMap<string, string>,
  pause?: () => Promise<unknown>,
): Promise<SearchPack> {
  const F = fields.length;
  const fieldLength = new Uint32Array(docs.length * F);
  /** Per field, each term's postings: record number, count, record number, count… */
  const postings = fields.map(() => new Map<string, number[]>());
  const counts = new Map<string, number>();
  for (let i = 0; i < docs.length; i++) {
    if (pause && i % 500 === 499) await pause();
    for (let f = 0; f < F; f++) {
      const text = docs[i][fields[f]];
      if (text == null) continue;
      const tokens = text.split(' ');
      counts.clear();
      for (const t of tokens) if (t) counts.set(t, (counts.get(t) ?? 0) + 1);
      // As MiniSearch counts it: distinct tokens, the empty one included.
      fieldLength[i * F + f] = new Set(tokens).size;
      const byTerm = postings[f];
      for (const [t, c] of counts) {
        const list = byTerm.get(t);
        if (list) list.push(i, c);
        else byTerm.set(t, [i, c]);
      }
    }
  }
  const all = new Set<string>();
  for (const byTerm of postings) for (const t of byTerm.keys()) all.add(t);
  const terms = [...all].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  let total = 0;
  let entries = 0;
  for (const byTerm of postings) {
    entries += byTerm.size;
    for (const list of byTerm.values()) total += list.length / 2;
  }
  const termEntries = new Uint32Array(terms.length + 1);
  const entryField = new Uint8Array(entries);
  const entryPostings = new Uint32Array(entries + 1);
  const docsOut = idArray(docs.length, total);
  const countsOut = new Uint8Array(total);
  let e = 0;
  let n = 0;
  terms.forEach((t, k) => {
    for (let f = 0; f < F; f++) {
      const list = postings[f].get(t);
      if (!list) continue;
      entryField[e] = f;
      for (let j = 0; j < list.length; j += 2) {
        docsOut[n] = list[j];
        countsOut[n++] = Math.min(list[j + 1], MAX_COUNT);
      }
      entryPostings[++e] = n;
    }
    termEntries[k + 1] = e;
  });
  return {
    format: PACK_FORMAT,
    ids: docs.map((d) => d.id),
    revs: docs.map((d) => revs.get(d.id) ?? ''),
    langs: docs.map((d) => d.lang),
    fieldLength,
    avgFieldLength: averages(fieldLength, docs.length, F),
    terms: terms.join('\n'),
    termEntries,
    entryField,
    entryPostings,
    docs: docsOut,
    counts: countsOut,
  };
}
