import type { DigestNote } from '../types';
import type { Failure } from '../errors';
import type { TabDigest } from '../messages';

/**
 * The embedded digest standing in for an engine that could not make one, with a note saying
 * which and why (shown above the digest, kept when it is saved).
 */
export function withFallbackNote(value: TabDigest, from: DigestNote['fallbackFrom'], why: Failure): TabDigest {
  const note: DigestNote = { fallbackFrom: from, reason: why.kind };
  if (why.detail) note.detail = why.detail;
  return { ...value, digest: { ...value.digest, note } };
}
