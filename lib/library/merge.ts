/** Two versions of one saved digest (same url) made into one: for saves and imports. */
import { mergeAsked, normaliseTags, type SavedDigest } from './record';

/** Nothing differs. */
export const sameRecord = (a: SavedDigest, b: SavedDigest) => JSON.stringify(a) === JSON.stringify(b);

/** The record with these questions (none: the member left out, as records without questions have it). */
export function withAsked(r: SavedDigest, asked: SavedDigest['asked']): SavedDigest {
  const { asked: _old, ...rest } = r;
  return asked ? { ...rest, asked } : rest;
}

/**
 * An imported record meeting one already saved under its url: one record comes out. Star and
 * tags add up, the first save stays the first; the content (digest, article, sentences) is
 * the one read last, with the questions asked of both.
 */
export function mergeImported(existing: SavedDigest, incoming: SavedDigest): SavedDigest {
  const newer = incoming.contentHash !== existing.contentHash && incoming.readAt > existing.readAt ? incoming : existing;
  const older = newer === incoming ? existing : incoming;
  return withAsked(
    {
      ...newer,
      savedAt: Math.min(existing.savedAt, incoming.savedAt),
      updatedAt: Math.max(existing.updatedAt, incoming.updatedAt),
      readAt: Math.max(existing.readAt, incoming.readAt),
      starred: existing.starred || incoming.starred,
      tags: normaliseTags([...existing.tags, ...incoming.tags]),
    },
    mergeAsked(older, newer),
  );
}
