/** Two versions of one saved digest (same url) made into one: for imports. */
import { normaliseTags, type SavedDigest } from './record';

/** Nothing differs. */
export const sameRecord = (a: SavedDigest, b: SavedDigest) => JSON.stringify(a) === JSON.stringify(b);

/**
 * An imported record meeting one already saved under its url: one record comes out. Star and
 * tags add up, the first save stays the first; the content (digest, article, sentences) is
 * the one read last.
 */
export function mergeImported(existing: SavedDigest, incoming: SavedDigest): SavedDigest {
  const newer = incoming.contentHash !== existing.contentHash && incoming.readAt > existing.readAt ? incoming : existing;
  return {
    ...newer,
    savedAt: Math.min(existing.savedAt, incoming.savedAt),
    updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
    readAt: Math.max(existing.readAt, incoming.readAt),
    starred: existing.starred || incoming.starred,
    tags: normaliseTags([...existing.tags, ...incoming.tags]),
  };
}
