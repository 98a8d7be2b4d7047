/**
 * Failures a reader can meet. They travel as plain values (through messages and JSON),
 * never as thrown exceptions with stack traces.
 */
export type FailureKind = 'restricted-page' | 'not-granted' | 'no-article' | 'page-too-large' | 'tab-gone' | 'engine-failed' | 'unexpected';

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
