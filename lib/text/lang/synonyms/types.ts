/**
 * Words the news uses for the same thing, per language, grouped by concept: the same concept
 * key in every language's file links its words across languages ("grève" = "strike" =
 * "Streik" = "huelga"). A phrase of several words matches when all its words are there.
 * Used by the library's search (lib/library/search-query.ts) to find what a reader half
 * remembers in other words. Lower case; accents as written (the search folds them).
 */
export type SynonymTable = Readonly<Record<string, readonly string[]>>;
