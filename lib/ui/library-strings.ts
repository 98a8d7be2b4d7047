/**
 * Library text that needs a little arithmetic (the Save button, the library page, its Markdown
 * export). The words are in public/_locales/<lang>/messages.json, read through lib/i18n.ts:
 * they follow the browser's language; page text keeps its own.
 */
import type { MarkdownLabels } from '../library/export';
import type { ImportReport } from '../library/repository';
import { formatNumber, t, tn } from '../i18n';

/** "3 saved digests", or "1 of 3 saved digests" when a search or a filter leaves fewer. */
export const libraryCount = (total: number, all: number): string => (total === all ? tn('libCount', all) : tn('libCountFiltered', all, total, all));

/** "Export all as Markdown" / "Export 2 as Markdown". */
export const exportMarkdownLabel = (selected: number): string => (selected ? t('libExportMarkdownSome', selected) : t('libExportMarkdownAll'));
export const exportJsonLabel = (selected: number): string => (selected ? t('libExportJsonSome', selected) : t('libExportJsonAll'));

/** "Imported: 3 new, 0 updated, 1 already there; 1 unreadable record skipped." */
export function importReportText(r: ImportReport): string {
  const parts = [tn('libImportAdded', r.added), tn('libImportUpdated', r.updated), tn('libImportUnchanged', r.unchanged)] as const;
  return r.skipped.length ? t('libImportedSkipped', ...parts, tn('libImportSkipped', r.skipped.length)) : t('libImported', ...parts);
}

/** The headings of the Markdown export, in the reader's language. */
export function markdownLabels(): MarkdownLabels {
  return {
    title: t('mdTitle'),
    exported: (date, n) => tn('mdExported', n, date, n),
    read: t('mdRead'),
    tags: t('mdTags'),
    starred: t('mdStarred'),
    questions: t('mdQuestions'),
    notSaid: t('uiAskNotSaid'),
    closest: t('uiAskClosest'),
  };
}

const SIZE_UNITS = ['sizeB', 'sizeKB', 'sizeMB', 'sizeGB', 'sizeTB'] as const;

/** 1,234,567 bytes -> "1.2 MB" (or "1,2 Mo" in French). */
export function formatBytes(bytes: number): string {
  let n = bytes;
  let u = 0;
  while (n >= 1000 && u < SIZE_UNITS.length - 1) {
    n /= 1000;
    u++;
  }
  return t(SIZE_UNITS[u], formatNumber(n, { maximumFractionDigits: u === 0 ? 0 : 1 }));
}

/** "Storage: 1.2 MB used of 300 GB available". */
export const usageText = (used: number, quota?: number): string =>
  quota !== undefined ? t('libUsageQuota', formatBytes(used), formatBytes(quota)) : t('libUsage', formatBytes(used));
