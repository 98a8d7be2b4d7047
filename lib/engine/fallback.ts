import type { AskedQuestion, DigestNote, TabDigest } from '../types';
import type { Failure } from '../errors';

/**
 * The embedded digest standing in for an engine that could not make one, with a note saying
 * which and why (shown above the digest, kept when it is saved).
 */
export function withFallbackNote(value: TabDigest, from: DigestNote['fallbackFrom'], why: Failure): TabDigest {
  return { ...value, digest: { ...value.digest, note: fallbackNote(from, why) } };
}

/** The note of an embedded result standing in for an engine: which, and why. */
export function fallbackNote(from: DigestNote['fallbackFrom'], why: Failure): DigestNote {
  const note: DigestNote = { fallbackFrom: from, reason: why.kind };
  if (why.detail) note.detail = why.detail;
  return note;
}

/** The embedded engine's answer standing in for an engine that could not answer, with the note. */
export function askedWithFallbackNote(value: AskedQuestion, from: DigestNote['fallbackFrom'], why: Failure): AskedQuestion {
  return { ...value, note: fallbackNote(from, why) };
}
