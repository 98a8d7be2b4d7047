/** Quotation marks in a sentence, for telling whole quotations from halves. */

/**
 * A sentence that opens or closes a quotation without the other half is part of a quote, not
 * the article's own voice. Guillemets pair « with »; curly quotes come in pairs whatever their
 * shape (English “…”, German „…“); straight quotes too.
 */
export function hasUnbalancedQuotes(text: string): boolean {
  const count = (re: RegExp) => (text.match(re) ?? []).length;
  return count(/«/gu) !== count(/»/gu) || count(/[“”„]/gu) % 2 === 1 || count(/"/g) % 2 === 1;
}
