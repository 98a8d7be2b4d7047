/**
 * Strings of the library (the Save button, the library page, its Markdown export). Like
 * lib/ui/strings.ts, they follow the browser's language; page text keeps its own.
 */
import type { Failure, FailureKind } from '../errors';
import type { MarkdownLabels } from '../library/export';
import type { ImportReport } from '../library/repository';

const plural = (n: number, one: string, many: string) => (n === 1 ? one : many);

const en = {
  save: 'Save',
  saving: 'Saving…',
  saved: 'Saved ✓',
  saveAgainTitle: 'Saved in your library; click to save this version again',
  openLibrary: 'Open library',
  pageTitle: 'En bref: library',
  title: 'Library',
  loading: 'Opening the library…',
  count: (shown: number, total: number, all: number) =>
    total === all ? `${all} saved ${plural(all, 'digest', 'digests')}` : `${total} of ${all} saved ${plural(all, 'digest', 'digests')}`,
  search: 'Search',
  searchPlaceholder: 'Search titles, bullets, answers, tags…',
  site: 'Site',
  allSites: 'All sites',
  language: 'Language',
  allLanguages: 'All languages',
  tag: 'Tag',
  allTags: 'All tags',
  starredOnly: 'Starred only',
  empty: 'Nothing saved yet. Click “Save” under a digest, in the popup or the side panel, to keep it here.',
  noMatch: 'No saved digest matches.',
  clearFilters: 'Clear search and filters',
  showMore: (n: number) => `Show ${n} more`,
  readOn: (date: string) => `read ${date}`,
  words: (n: number) => `${n.toLocaleString('en')} words`,
  faq: (n: number) => `Questions (${n})`,
  star: 'Star',
  unstar: 'Remove the star',
  select: (title: string) => `Select “${title}”`,
  delete: 'Delete',
  deleted: (title: string) => `Deleted “${title}”.`,
  undo: 'Undo',
  tags: 'Tags',
  addTag: 'Add a tag',
  addTagPlaceholder: 'add a tag',
  removeTag: (tag: string) => `Remove the tag ${tag}`,
  selection: (n: number) => `${n} selected`,
  clearSelection: 'Clear selection',
  exportMarkdown: (n?: number) => (n ? `Export ${n} as Markdown` : 'Export all as Markdown'),
  exportJson: (n?: number) => (n ? `Export ${n} as JSON` : 'Export all as JSON'),
  exported: (n: number, file: string) => `Exported ${n} ${plural(n, 'digest', 'digests')} to ${file}.`,
  importJson: 'Import JSON…',
  imported: (r: ImportReport) =>
    `Imported: ${r.added} new, ${r.updated} updated, ${r.unchanged} already there` +
    (r.skipped.length ? `; ${r.skipped.length} unreadable ${plural(r.skipped.length, 'record', 'records')} skipped.` : '.'),
  wipe: 'Delete everything…',
  wipeConfirm: (n: number) => `Delete all ${n} saved ${plural(n, 'digest', 'digests')}? Export them first if you may want them back.`,
  wipeYes: 'Delete all',
  cancel: 'Cancel',
  wiped: (n: number) => `Deleted ${n} saved ${plural(n, 'digest', 'digests')}.`,
  skipped: (n: number) => `${n} saved ${plural(n, 'record', 'records')} could not be read and ${plural(n, 'is', 'are')} left out.`,
  skippedDetails: 'Details',
  deleteUnreadable: 'Delete them',
  usage: (used: string, quota?: string) => (quota ? `Storage: ${used} used of ${quota} available` : `Storage: ${used} used`),
  errors: {} as Partial<Record<FailureKind, string>>,
  markdown: {
    title: 'En bref library',
    exported: (date: string, n: number) => `Exported ${date}: ${n} ${plural(n, 'digest', 'digests')}.`,
    read: 'read',
    tags: 'Tags',
    starred: '★ starred',
  } as MarkdownLabels,
};
export type LibraryStrings = typeof en;

const fr: LibraryStrings = {
  save: 'Enregistrer',
  saving: 'Enregistrement…',
  saved: 'Enregistré ✓',
  saveAgainTitle: 'Enregistré dans votre bibliothèque ; cliquez pour enregistrer à nouveau cette version',
  openLibrary: 'Bibliothèque',
  pageTitle: 'En bref : bibliothèque',
  title: 'Bibliothèque',
  loading: 'Ouverture de la bibliothèque…',
  count: (shown, total, all) =>
    total === all ? `${all} ${plural(all, 'résumé enregistré', 'résumés enregistrés')}` : `${total} sur ${all} ${plural(all, 'résumé enregistré', 'résumés enregistrés')}`,
  search: 'Rechercher',
  searchPlaceholder: 'Chercher dans les titres, les points, les réponses, les étiquettes…',
  site: 'Site',
  allSites: 'Tous les sites',
  language: 'Langue',
  allLanguages: 'Toutes les langues',
  tag: 'Étiquette',
  allTags: 'Toutes les étiquettes',
  starredOnly: 'Favoris seulement',
  empty: 'Rien d’enregistré pour l’instant. Cliquez sur « Enregistrer » sous un résumé, dans la fenêtre ou le panneau latéral, pour le garder ici.',
  noMatch: 'Aucun résumé enregistré ne correspond.',
  clearFilters: 'Effacer la recherche et les filtres',
  showMore: (n) => `Afficher ${n} de plus`,
  readOn: (date) => `lu le ${date}`,
  words: (n) => `${n.toLocaleString('fr')} mots`,
  faq: (n) => `Questions (${n})`,
  star: 'Ajouter aux favoris',
  unstar: 'Retirer des favoris',
  select: (title) => `Sélectionner « ${title} »`,
  delete: 'Supprimer',
  deleted: (title) => `« ${title} » supprimé.`,
  undo: 'Annuler',
  tags: 'Étiquettes',
  addTag: 'Ajouter une étiquette',
  addTagPlaceholder: 'ajouter une étiquette',
  removeTag: (tag) => `Retirer l’étiquette ${tag}`,
  selection: (n) => `${n} ${plural(n, 'sélectionné', 'sélectionnés')}`,
  clearSelection: 'Tout désélectionner',
  exportMarkdown: (n) => (n ? `Exporter ${n} en Markdown` : 'Tout exporter en Markdown'),
  exportJson: (n) => (n ? `Exporter ${n} en JSON` : 'Tout exporter en JSON'),
  exported: (n, file) => `${n} ${plural(n, 'résumé exporté', 'résumés exportés')} dans ${file}.`,
  importJson: 'Importer un JSON…',
  imported: (r) =>
    `Import : ${r.added} ${plural(r.added, 'nouveau', 'nouveaux')}, ${r.updated} ${plural(r.updated, 'mis à jour', 'mis à jour')}, ${r.unchanged} déjà là` +
    (r.skipped.length ? ` ; ${r.skipped.length} ${plural(r.skipped.length, 'enregistrement illisible ignoré', 'enregistrements illisibles ignorés')}.` : '.'),
  wipe: 'Tout supprimer…',
  wipeConfirm: (n) => `Supprimer les ${n} ${plural(n, 'résumé enregistré', 'résumés enregistrés')} ? Exportez-les d’abord si vous pourriez en avoir besoin.`,
  wipeYes: 'Tout supprimer',
  cancel: 'Annuler',
  wiped: (n) => `${n} ${plural(n, 'résumé supprimé', 'résumés supprimés')}.`,
  skipped: (n) => `${n} ${plural(n, 'enregistrement illisible est laissé', 'enregistrements illisibles sont laissés')} de côté.`,
  skippedDetails: 'Détails',
  deleteUnreadable: 'Les supprimer',
  usage: (used, quota) => (quota ? `Stockage : ${used} utilisés sur ${quota} disponibles` : `Stockage : ${used} utilisés`),
  errors: {
    'storage-full':
      'Plus de place pour l’enregistrer : le disque ou l’espace du navigateur pour les extensions est plein. Ce qui était déjà enregistré est conservé ; libérez de la place ou supprimez d’anciens résumés, puis réessayez.',
    'storage-unavailable':
      'La bibliothèque ne peut pas s’ouvrir dans cette fenêtre : le navigateur n’y garde aucune donnée (navigation privée, ou données des sites désactivées).',
    'storage-failed': 'La bibliothèque n’a pas pu être lue ou modifiée. Réessayez.',
    'not-in-library': 'Ce résumé n’est plus dans la bibliothèque.',
    'invalid-import': 'Ce fichier n’est pas un export de bibliothèque En bref.',
    unexpected: 'Une erreur inattendue s’est produite.',
  },
  markdown: {
    title: 'Bibliothèque En bref',
    exported: (date, n) => `Exporté le ${date} : ${n} ${plural(n, 'résumé', 'résumés')}.`,
    read: 'lu le',
    tags: 'Étiquettes',
    starred: '★ favori',
  },
};

export function libraryStrings(language: string = typeof navigator !== 'undefined' ? navigator.language : 'en'): LibraryStrings {
  return language.toLowerCase().startsWith('fr') ? fr : en;
}

/** A failure in the reader's language (English messages live in lib/errors.ts). */
export function failureText(error: Failure, t: LibraryStrings = libraryStrings()): string {
  return t.errors[error.kind] ?? error.message;
}

/** 1,234,567 bytes -> "1.2 MB" (or "1,2 Mo" in French). */
export function formatBytes(bytes: number, language: string = typeof navigator !== 'undefined' ? navigator.language : 'en'): string {
  const fr = language.toLowerCase().startsWith('fr');
  const units = fr ? ['o', 'ko', 'Mo', 'Go', 'To'] : ['B', 'kB', 'MB', 'GB', 'TB'];
  let n = bytes;
  let u = 0;
  while (n >= 1000 && u < units.length - 1) {
    n /= 1000;
    u++;
  }
  return `${n.toLocaleString(fr ? 'fr' : 'en', { maximumFractionDigits: u === 0 ? 0 : 1 })} ${units[u]}`;
}
