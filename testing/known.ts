/**
 * Known defects are written as the test the correct behaviour deserves, then skipped with the
 * reason. EN_BREF_VERIFY_KNOWN_ISSUES=1 runs them expecting failure (it.fails): one that
 * passes means the defect was fixed and the marker should go.
 */
import { it } from 'vitest';

export const VERIFY_KNOWN = process.env.EN_BREF_VERIFY_KNOWN_ISSUES === '1';

export function knownDefect(name: string, why: string, fn: () => void | Promise<void>): void {
  if (VERIFY_KNOWN) it.fails(`${name} — still broken: ${why}`, fn);
  else it.skip(`${name} — known defect: ${why}`, fn);
}
