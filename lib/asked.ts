/**
 * The questions asked of each page in a browser session (lib/storage.ts askedQuestions): what
 * an entry holds and how a new question joins the list. Pure, so it is tested without a browser.
 */
import type { AskedQuestion } from './types';

export interface AskedEntry {
  /** Digest.contentHash of the article asked. */
  contentHash: string;
  at: number;
  /** Oldest first. */
  questions: AskedQuestion[];
}

export const ASKED_PAGES = 30;
export const ASKED_PER_PAGE = 20;

/** The list with `question` added to its page's entry (first), within the limits above. */
export function withAsked(entries: AskedEntry[], contentHash: string, question: AskedQuestion, now = Date.now()): AskedEntry[] {
  const earlier = entries.find((e) => e.contentHash === contentHash)?.questions ?? [];
  const entry: AskedEntry = { contentHash, at: now, questions: [...earlier, question].slice(-ASKED_PER_PAGE) };
  return [entry, ...entries.filter((e) => e.contentHash !== contentHash)].slice(0, ASKED_PAGES);
}
