/**
 * The library as files: one Markdown note (Obsidian and other notes apps), and JSON in a
 * versioned envelope that imports back without loss.
 */
import { fail, ok, type Result } from '../errors';
import { digestBodyMarkdown, escapeMarkdown, markdownUrl } from '../markdown';
import { t } from '../i18n';
import { openableUrl, siteOf, validateRecord, type SavedDigest } from './record';
import type { SkippedRecord } from './repository';

export const EXPORT_FORMAT = 'en-bref-library';
/** Version of the JSON envelope and of the record shape inside it. */
export const EXPORT_VERSION = 1;

export interface JsonExport {
  format: typeof EXPORT_FORMAT;
  version: number;
  exportedAt: string;
  records: SavedDigest[];
}

const day = (ms: number) => new Date(ms).toISOString().slice(0, 10);

/** `en-bref-library-2026-05-01.json` */
export const exportFileName = (ext: 'md' | 'json', at = Date.now()) => `${EXPORT_FORMAT}-${day(at)}.${ext}`;

export function toJson(records: SavedDigest[], exportedAt = Date.now()): string {
  const envelope: JsonExport = { format: EXPORT_FORMAT, version: EXPORT_VERSION, exportedAt: new Date(exportedAt).toISOString(), records };
  return JSON.stringify(envelope, null, 2) + '\n';
}

export interface ParsedExport {
  records: SavedDigest[];
  /** Records that failed the checks: their position in the file (and url when it has one). */
  skipped: SkippedRecord[];
  exportedAt?: string;
}

/** Reads a JSON export; a record that fails the checks is reported and left out. */
export function parseJsonExport(text: string): Result<ParsedExport> {
  let data: unknown;
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    return fail('invalid-import', `not JSON: ${(e as Error).message}`.slice(0, 200));
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) return fail('invalid-import', 'not a JSON object');
  const env = data as Partial<Record<keyof JsonExport, unknown>>;
  if (env.format !== EXPORT_FORMAT) return fail('invalid-import', `format is not "${EXPORT_FORMAT}"`);
  if (typeof env.version !== 'number' || !Number.isInteger(env.version) || env.version < 1) return fail('invalid-import', 'no version');
  if (env.version > EXPORT_VERSION) return fail('invalid-import', `version ${env.version} is newer than this extension reads (${EXPORT_VERSION})`);
  if (!Array.isArray(env.records)) return fail('invalid-import', 'no records list');
  const records: SavedDigest[] = [];
  const skipped: SkippedRecord[] = [];
  env.records.forEach((r, i) => {
    const checked = validateRecord(r);
    if (checked.ok) return records.push(checked.value);
    const url = r && typeof r === 'object' && typeof (r as { url?: unknown }).url === 'string' ? ` ${(r as { url: string }).url}` : '';
    skipped.push({ key: `#${i + 1}${url}`, reason: checked.reason });
  });
  return ok({ records, skipped, exportedAt: typeof env.exportedAt === 'string' ? env.exportedAt : undefined });
}

export interface MarkdownLabels {
  title: string;
  exported: (date: string, n: number) => string;
  read: string;
  tags: string;
  starred: string;
  /** The reader's questions: their heading, and what is said when the article does not answer. */
  questions: string;
  notSaid: string;
  closest: string;
}

export const ENGLISH_MARKDOWN_LABELS: MarkdownLabels = {
  title: 'En bref library',
  exported: (date, n) => `Exported ${date}: ${n} ${n === 1 ? 'digest' : 'digests'}.`,
  read: 'read',
  tags: 'Tags',
  starred: '★ starred',
  questions: 'Questions asked',
  notSaid: 'The article does not say.',
  closest: 'Closest passage',
};

/**
 * A tag as notes apps read one: `#word`, letters, digits, `_`, `-` and `/` only, not all
 * digits. Returns undefined when nothing of the tag can be kept that way.
 */
export function noteTag(tag: string): string | undefined {
  const t = tag
    .normalize('NFC')
    .replace(/[^\p{L}\p{N}_\-/]+/gu, '-')
    .replace(/^[-/]+|[-/]+$/g, '');
  return t && !/^\d+$/.test(t) ? `#${t}` : undefined;
}

/** One Markdown file: a front matter, then each digest under its title (page text escaped). */
export function toMarkdown(records: SavedDigest[], exportedAt = Date.now(), labels: MarkdownLabels = ENGLISH_MARKDOWN_LABELS): string {
  const e = (s: string) => escapeMarkdown(s, { notes: true });
  const lines: string[] = [
    '---',
    `title: "${labels.title.replace(/["\\]/g, '')}"`,
    `exported: ${new Date(exportedAt).toISOString()}`,
    `digests: ${records.length}`,
    '---',
    '',
  ];
  lines.push(`# ${e(labels.title)}`, '', e(labels.exported(day(exportedAt), records.length)), '');
  for (const r of records) {
    const a = r.article;
    lines.push('---', '', `## ${e(a.title || r.url)}`, '');
    const meta = [siteOf(r), a.byline, a.lang, `${labels.read} ${day(r.readAt)}`].filter((s): s is string => !!s?.trim()).map(e);
    lines.push(meta.join(' · '), '');
    // Only http(s) and file links: a javascript: url from an imported file stays out.
    const url = openableUrl(r);
    if (url) lines.push(markdownUrl(url), '');
    const tags = r.tags.map((t) => noteTag(t) ?? e(t));
    const extra = [tags.length ? `${e(labels.tags)}: ${tags.join(' ')}` : '', r.starred ? e(labels.starred) : ''].filter(Boolean);
    if (extra.length) lines.push(extra.join(' · '), '');
    lines.push(...digestBodyMarkdown(r.digest, 3, { notes: true }), '');
    if (r.asked?.length) {
      lines.push(`### ${e(labels.questions)}`, '');
      for (const q of r.asked) {
        lines.push(`**${e(q.question)}**`, '');
        if (q.answered) for (const a of q.answers) lines.push(`- ${e(a.text)}${a.verified === false ? ` *(${e(t('engineUnverified'))})*` : ''}`);
        else lines.push(`*${e(labels.notSaid)}*`, ...(q.closest ? ['', `${e(labels.closest)}: ${e(q.closest.text)}`] : []));
        lines.push('');
      }
    }
  }
  return (
    lines
      .join('\n')
      .replace(/\n{3,}/g, '\n\n')
      .trimEnd() + '\n'
  );
}
