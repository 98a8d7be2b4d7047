/**
 * Interface text that needs a little arithmetic. The words themselves are in
 * public/_locales/<lang>/messages.json, read through lib/i18n.ts: the interface follows the
 * browser's language; the digest follows the page's.
 */
import { sentenceList, t, tn } from '../i18n';

/** Minutes at a calm reading pace (230 words a minute), at least one. */
export const readingMinutes = (words: number): number => Math.max(1, Math.round(words / 230));

/** "9 min read". */
export const minRead = (words: number): string => t('uiMinRead', readingMinutes(words));

/** "2,400 words", "1 mot". */
export const wordCount = (words: number): string => tn('words', words);

/** Tooltip of a line that cannot show its source: "From sentences 2, 5". */
export const sourcesTitle = (sources: number[]): string => tn('uiSources', sources.length, sentenceList(sources));

/** Tooltip of a line that shows its source in the page when clicked. */
export const showInPageTitle = (sources: number[]): string => tn('uiShowInPage', sources.length, sentenceList(sources));

/** What a click on a line found in the page. */
export const highlightedNote = (found: number, asked: number): string =>
  found === 0 ? t('uiNotInPage') : found === asked ? t('uiHighlighted') : tn('uiHighlightedSome', found, found, asked);
