/**
 * Interface strings. The interface follows the browser's language; the digest follows the page's.
 */
const en = {
  loading: 'Reading the page…',
  minRead: (n: number) => `${n} min read`,
  words: (n: number) => `${n.toLocaleString('en')} words`,
  faq: 'Questions',
  copyMarkdown: 'Copy as Markdown',
  copied: 'Copied',
  openSidePanel: 'Open side panel',
  retry: 'Try again',
  cached: 'from cache',
  sources: (s: number[]) => `From sentence ${s.map((i) => i + 1).join(', ')}`,
  summarise: 'Summarise this page',
  selectionNote: 'Summary of the text you selected, not of the whole page.',
};
type Strings = typeof en;

const fr: Strings = {
  loading: 'Lecture de la page…',
  minRead: (n) => `${n} min de lecture`,
  words: (n) => `${n.toLocaleString('fr')} mots`,
  faq: 'Questions',
  copyMarkdown: 'Copier en Markdown',
  copied: 'Copié',
  openSidePanel: 'Ouvrir le panneau latéral',
  retry: 'Réessayer',
  cached: 'en cache',
  sources: (s) => `Tiré de la phrase ${s.map((i) => i + 1).join(', ')}`,
  summarise: 'Résumer cette page',
  selectionNote: 'Résumé du texte sélectionné, pas de toute la page.',
};

export function uiStrings(language: string = typeof navigator !== 'undefined' ? navigator.language : 'en'): Strings {
  return language.toLowerCase().startsWith('fr') ? fr : en;
}

/** Minutes at a calm reading pace (230 words a minute), at least one. */
export const readingMinutes = (words: number): number => Math.max(1, Math.round(words / 230));
