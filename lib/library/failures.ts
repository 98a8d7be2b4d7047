/**
 * The library's storage failures as typed values: a full disk or quota is 'storage-full' (also
 * when Dexie wraps the browser's QuotaExceededError), a database that cannot be opened
 * 'storage-unavailable', anything else 'storage-failed'.
 */
import { failure, ok, type Failure, type FailureKind, type Result } from '../errors';

const QUOTA_NAMES = new Set(['QuotaExceededError', 'NS_ERROR_DOM_QUOTA_REACHED', 'NS_ERROR_FILE_NO_DEVICE_SPACE']);
const UNAVAILABLE_NAMES = new Set(['MissingAPIError', 'InvalidStateError', 'SecurityError', 'VersionError', 'InvalidAccessError']);

/** The errors an error wraps: Dexie's `inner`, `cause`, a BulkError's failures. */
function causes(e: Record<string, unknown>): unknown[] {
  const out: unknown[] = [e.inner, e.cause];
  if (Array.isArray(e.failures)) out.push(...e.failures.slice(0, 10));
  if (e.failuresByPos && typeof e.failuresByPos === 'object') out.push(...Object.values(e.failuresByPos).slice(0, 10));
  return out.filter((c) => c && c !== e);
}

function someInChain(e: unknown, test: (x: Record<string, unknown>) => boolean, depth = 0): boolean {
  if (!e || typeof e !== 'object' || depth > 6) return false;
  const x = e as Record<string, unknown>;
  return test(x) || causes(x).some((c) => someInChain(c, test, depth + 1));
}

/** A full disk or storage quota, whether the browser's DOMException or Dexie's wrapping of it. */
export function isQuotaError(e: unknown): boolean {
  return someInChain(
    e,
    (x) =>
      QUOTA_NAMES.has(String(x.name)) ||
      // Chrome reports a full disk as an UnknownError with a message about space.
      /quota|disk (is )?full|no space|not enough (disk )?space/i.test(String(x.message ?? '')),
  );
}

export function storageFailure(e: unknown): Failure {
  const x = (e ?? {}) as { name?: string; message?: string };
  const detail = `${x.name ?? 'Error'}: ${String(x.message ?? e)}`.slice(0, 300);
  let kind: FailureKind = 'storage-failed';
  if (isQuotaError(e)) kind = 'storage-full';
  else if (someInChain(e, (c) => UNAVAILABLE_NAMES.has(String(c.name)))) kind = 'storage-unavailable';
  return failure(kind, detail);
}

/** A failure decided by the repository (not thrown by IndexedDB): returned as it is. */
export class Refusal extends Error {
  constructor(readonly failure: Failure) {
    super(failure.detail ?? failure.kind);
  }
}

/** Runs a storage operation: its value, or its failure as a typed value. */
export async function run<T>(op: () => Promise<T>): Promise<Result<T>> {
  try {
    return ok(await op());
  } catch (e) {
    return { ok: false, error: e instanceof Refusal ? e.failure : storageFailure(e) };
  }
}
