/**
 * A set of lower-case words from package lists and space-separated strings. Words written with
 * a straight apostrophe ("don't") are added with the typographic one too ("don’t"), since
 * tokens keep whichever the page used.
 */
export function wordSet(...lists: Array<readonly string[] | string>): Set<string> {
  const out = new Set<string>();
  for (const list of lists) {
    for (const raw of typeof list === 'string' ? list.split(/\s+/) : list) {
      const w = raw.trim().toLowerCase();
      if (!w) continue;
      out.add(w);
      if (w.includes("'")) out.add(w.replaceAll("'", '\u2019'));
    }
  }
  return out;
}

/** The set less some words (content words that a package's list counts as stopwords). */
export function without(set: Set<string>, words: string): Set<string> {
  for (const w of words.split(/\s+/)) if (w) set.delete(w);
  return set;
}

/**
 * A value made the first time it is asked for. Stopword sets are built on first use: the
 * extraction script, injected into every page read, needs none of them, and building all
 * seven languages' took a few milliseconds of every injection.
 */
export function once<T>(make: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= make());
}
