/**
 * Failures in the reader's words: lib/errors.ts keeps them as plain kinds, the interface (and
 * the CLI) turns them into text here, in the interface's language.
 */
import type { Failure, FailureKind } from '../errors';
import { t, type MessageKey } from '../i18n';

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
 * browser's i18n is missing: the CLI and the unit tests). A kind this version does not know (a
 * record saved by a newer one) reads as unexpected.
 */
export function failureMessage(kind: FailureKind): string {
  return t(Object.hasOwn(MESSAGES, kind) ? MESSAGES[kind] : 'errorUnexpected');
}

/** A failure in the reader's words. */
export const failureText = (error: Failure): string => failureMessage(error.kind);
