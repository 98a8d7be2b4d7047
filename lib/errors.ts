/**
 * Failures a reader can meet. They travel as plain values (through messages and JSON),
 * never as thrown exceptions with stack traces, and carry no words: the interface turns a
 * kind into the reader's language (lib/ui/failures.ts). A leaf: it imports nothing.
 */

export type FailureKind =
  | 'restricted-page'
  | 'not-granted'
  | 'no-article'
  | 'page-too-large'
  | 'tab-gone'
  | 'engine-failed'
  | 'unexpected'
  // The library of saved digests (lib/library).
  | 'storage-full'
  | 'storage-unavailable'
  | 'storage-failed'
  | 'not-in-library'
  | 'invalid-import'
  // Optional engines (lib/engine/openai, lib/engine/chrome-ai): the digest falls back to the
  // embedded engine and says why with these.
  | 'endpoint-not-configured'
  | 'endpoint-not-allowed'
  | 'endpoint-unauthorized'
  | 'endpoint-model-not-found'
  | 'endpoint-rate-limited'
  | 'endpoint-unreachable'
  | 'endpoint-failed'
  | 'endpoint-malformed'
  | 'endpoint-timeout'
  | 'cancelled'
  | 'ai-unavailable'
  | 'ai-language-unsupported'
  | 'ai-needs-download'
  // A link summarised from the context menu (lib/background/context-menus.ts).
  | 'link-failed'
  | 'link-not-allowed';

export interface Failure {
  kind: FailureKind;
  /** Technical detail for logs and bug reports; never page content. */
  detail?: string;
}

/** Every kind, for isFailure (a Record, so that a kind added above and not here is a type error). */
const KINDS: Record<FailureKind, true> = {
  'restricted-page': true,
  'not-granted': true,
  'no-article': true,
  'page-too-large': true,
  'tab-gone': true,
  'engine-failed': true,
  unexpected: true,
  'storage-full': true,
  'storage-unavailable': true,
  'storage-failed': true,
  'not-in-library': true,
  'invalid-import': true,
  'endpoint-not-configured': true,
  'endpoint-not-allowed': true,
  'endpoint-unauthorized': true,
  'endpoint-model-not-found': true,
  'endpoint-rate-limited': true,
  'endpoint-unreachable': true,
  'endpoint-failed': true,
  'endpoint-malformed': true,
  'endpoint-timeout': true,
  cancelled: true,
  'ai-unavailable': true,
  'ai-language-unsupported': true,
  'ai-needs-download': true,
  'link-failed': true,
  'link-not-allowed': true,
};

export function failure(kind: FailureKind, detail?: string): Failure {
  return detail ? { kind, detail } : { kind };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(kind: FailureKind, detail?: string): Result<T> => ({ ok: false, error: failure(kind, detail) });

export function isFailure(x: unknown): x is Failure {
  return !!x && typeof x === 'object' && typeof (x as Failure).kind === 'string' && Object.hasOwn(KINDS, (x as Failure).kind);
}
