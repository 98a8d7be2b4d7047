/**
 * Failures a reader can meet. They travel as plain values (through messages and JSON),
 * never as thrown exceptions with stack traces.
 */
import { t, type MessageKey } from './i18n';

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
  message: string;
  /** Technical detail for logs and bug reports; never page content. */
  detail?: string;
}

/** The message of each failure: a key of public/_locales/<lang>/messages.json (lib/i18n.ts). */
const MESSAGES: Record<FailureKind, MessageKey> = {
  'restricted-page': 'errorRestrictedPage',
  'not-granted': 'errorNotGranted',
  'no-article': 'errorNoArticle',
  'page-too-large': 'errorPageTooLarge',
  'tab-gone': 'errorTabGone',
  'engine-failed': 'errorEngineFailed',
  unexpected: 'errorUnexpected',
  'storage-full': 'errorStorageFull',
  'storage-unavailable': 'errorStorageUnavailable',
  'storage-failed': 'errorStorageFailed',
  'not-in-library': 'errorNotInLibrary',
  'invalid-import': 'errorInvalidImport',
  'endpoint-not-configured': 'engineErrorNotConfigured',
  'endpoint-not-allowed': 'engineErrorNotAllowed',
  'endpoint-unauthorized': 'engineErrorUnauthorized',
  'endpoint-model-not-found': 'engineErrorModelNotFound',
  'endpoint-rate-limited': 'engineErrorRateLimited',
  'endpoint-unreachable': 'engineErrorUnreachable',
  'endpoint-failed': 'engineErrorFailed',
  'endpoint-malformed': 'engineErrorMalformed',
  'endpoint-timeout': 'engineErrorTimeout',
  cancelled: 'engineErrorCancelled',
  'ai-unavailable': 'engineErrorAiUnavailable',
  'ai-language-unsupported': 'engineErrorAiLanguage',
  'ai-needs-download': 'engineErrorAiNeedsDownload',
  'link-failed': 'errorLinkFailed',
  'link-not-allowed': 'errorLinkNotAllowed',
};

/**
 * The reader's words for a failure, in the interface's language (English in Node, where the
 * browser's i18n is missing: the CLI and the unit tests).
 */
export function failureMessage(kind: FailureKind): string {
  return t(MESSAGES[kind]);
}

export function failure(kind: FailureKind, detail?: string): Failure {
  const message = failureMessage(kind);
  return detail ? { kind, message, detail } : { kind, message };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: Failure };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(kind: FailureKind, detail?: string): Result<T> => ({ ok: false, error: failure(kind, detail) });

export function isFailure(x: unknown): x is Failure {
  return !!x && typeof x === 'object' && typeof (x as Failure).kind === 'string' && (x as Failure).kind in MESSAGES;
}
