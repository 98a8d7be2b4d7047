/**
 * Failures a reader can meet. They travel as plain values (through messages and JSON),
 * never as thrown exceptions with stack traces.
 */
export type FailureKind =
  | 'restricted-page'
  | 'not-granted'
  | 'no-article'
  | 'page-too-large'
  | 'tab-gone'
  | 'engine-failed'
  | 'unexpected'
  // The library of saved digests (lib/library): French wording in lib/ui/library-strings.ts.
  | 'storage-full'
  | 'storage-unavailable'
  | 'storage-failed'
  | 'not-in-library'
  | 'invalid-import';

export interface Failure {
  kind: FailureKind;
  message: string;
  /** Technical detail for logs and bug reports; never page content. */
  detail?: string;
}

const MESSAGES: Record<FailureKind, string> = {
  'restricted-page': 'The browser does not let extensions read this page.',
  'not-granted': 'Click the En bref icon in the toolbar to summarise this page.',
  'no-article': 'This page has no article to summarise.',
  'page-too-large': 'This page is too large to summarise.',
  'tab-gone': 'The page was closed or changed before it could be read.',
  'engine-failed': 'The summary could not be made.',
  unexpected: 'Something went wrong while reading this page.',
  'storage-full': 'There is no room left to save it: the disk or the browser’s storage for extensions is full. What was saved before is kept; free some space or delete old digests, then try again.',
  'storage-unavailable': 'The library cannot be opened in this window: the browser keeps no storage here (private browsing, or site data turned off).',
  'storage-failed': 'The library could not be read or written. Try again.',
  'not-in-library': 'This digest is no longer in the library.',
  'invalid-import': 'This file is not an En bref library export.',
};

export function failure(kind: FailureKind, detail?: string): Failure {
  return detail ? { kind, message: MESSAGES[kind], detail } : { kind, message: MESSAGES[kind] };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(kind: FailureKind, detail?: string): Result<T> => ({ ok: false, error: failure(kind, detail) });

export function isFailure(x: unknown): x is Failure {
  return !!x && typeof x === 'object' && typeof (x as Failure).kind === 'string' && (x as Failure).kind in MESSAGES;
}
