import type { LibraryRepository } from '../lib/library/repository';

/**
 * The library (Dexie on IndexedDB, the search index) is loaded on demand, in a chunk of its
 * own, once the digest is on screen: reading a digest does not need it, and the popup's first
 * paint does not wait for it.
 */
let shared: Promise<LibraryRepository> | undefined;
export const sharedLibrary = (): Promise<LibraryRepository> => (shared ??= import('../lib/library/repository').then((m) => m.library()));
