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
  showInPage: (s: number[]) => `Show in the page (sentence ${s.map((i) => i + 1).join(', ')}); click again or press Escape to clear`,
  notInPage: 'The page no longer shows this passage.',
  highlighted: (found: number, asked: number) => (found === asked ? 'Highlighted in the page.' : `${found} of ${asked} sentences highlighted in the page.`),
  autoSummarise: 'Summarise pages I allowed as I browse',
  allowSite: (host: string) => `Summarise this page (allow En bref to read ${host})`,
  allowAllSites: 'Allow En bref to read the sites I visit, so the panel can summarise without a click',
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
  showInPage: (s) => `Montrer dans la page (phrase ${s.map((i) => i + 1).join(', ')}) ; cliquer à nouveau ou Échap pour effacer`,
  notInPage: 'La page n’affiche plus ce passage.',
  highlighted: (found, asked) => (found === asked ? 'Surligné dans la page.' : `${found} phrases sur ${asked} surlignées dans la page.`),
  autoSummarise: 'Résumer en naviguant les pages autorisées',
  allowSite: (host) => `Résumer cette page (autoriser En bref à lire ${host})`,
  allowAllSites: 'Autoriser En bref à lire les sites que je visite, pour résumer depuis le panneau sans clic',
};

export function uiStrings(language: string = typeof navigator !== 'undefined' ? navigator.language : 'en'): Strings {
  return language.toLowerCase().startsWith('fr') ? fr : en;
}

/** Minutes at a calm reading pace (230 words a minute), at least one. */
export const readingMinutes = (words: number): number => Math.max(1, Math.round(words / 230));
