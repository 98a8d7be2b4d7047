import type { Digest, ArticleInfo } from './types';
import { t } from './i18n';

export interface EscapeOptions {
  /**
   * Also escapes what notes apps add to Markdown (Obsidian and others): `$` maths, `%%`
   * comments, `==` highlights, `^` block ids, `&` entities; and keeps the text on one line.
   */
  notes?: boolean;
}

/** Page text goes into Markdown as text: characters Markdown would act on are escaped. */
export function escapeMarkdown(text: string, options: EscapeOptions = {}): string {
  const input = options.notes ? text.replace(/\s+/g, ' ').trim() : text;
  return input
    .replace(options.notes ? /[\\`*_{}\[\]<>()#+!|~$%=^&]/g : /[\\`*_{}\[\]<>()#+!|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=]{3,}|\d+)([.)])/gm, (_m, sp, n, p) => `${sp}${n}\\${p}`)
    .replace(/^(\s*)-/gm, '$1\\-');
}

/** A url as a Markdown autolink: `<https://…>`, the characters that would end it encoded. */
export function markdownUrl(url: string): string {
  return `<${url.replace(/[<>\s]/g, encodeURIComponent)}>`;
}

/**
 * The digest's own part: its heading at `level` and the bullets, then the table and the FAQ
 * under headings of the same level.
 */
export function digestBodyMarkdown(digest: Digest, level = 2, options: EscapeOptions = {}): string[] {
  const h = '#'.repeat(level);
  const lines: string[] = [`${h} ${escapeMarkdown(digest.heading, options)}`, ''];
  // A model's line its sources do not support keeps its mark outside the extension too.
  const mark = (x: { verified?: boolean }) => (x.verified === false ? ` *(${t('engineUnverified')})*` : '');
  for (const b of digest.bullets) lines.push(`- ${escapeMarkdown(b.text, options)}${mark(b)}`);
  if (digest.table?.rows.length) {
    // A cell is one line: escapeMarkdown already escapes "|"; the notes option keeps it on one line.
    const cell = (text: string) => escapeMarkdown(text.replace(/\s+/g, ' ').trim(), options);
    const t = digest.table;
    lines.push('', `${h} ${cell(t.caption)}`, '', `| ${cell(t.columns[0])} | ${cell(t.columns[1])} |`, '|---|---|');
    for (const r of t.rows) lines.push(`| ${cell(r.aspect)} | ${cell(r.text)}${mark(r)} |`);
  }
  if (digest.faq.length) {
    lines.push('', `${h} FAQ`, '');
    for (const q of digest.faq) lines.push(`**${escapeMarkdown(q.question, options)}**${mark(q)}`, '', escapeMarkdown(q.answer, options), '');
  }
  return lines;
}

/** The digest as one Markdown note: title, source, the bullets, the table, the FAQ. */
export function digestToMarkdown(article: Pick<ArticleInfo, 'title' | 'siteName' | 'url' | 'byline'>, digest: Digest): string {
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(article.title)}`, '');
  const source = [article.siteName, article.byline]
    .filter(Boolean)
    .map((s) => escapeMarkdown(s!))
    .join(' · ');
  if (source) lines.push(source);
  if (article.url) lines.push(markdownUrl(article.url));
  lines.push('', ...digestBodyMarkdown(digest));
  return lines.join('\n').trimEnd() + '\n';
}

/**
 * The digest as plain text, for a message or a document that shows Markdown as it is: title,
 * site and address, the heading, "• " bullets, the table's rows as "aspect — text" lines under
 * its caption, then each question and its answer. Page text is
 * copied as it is (nothing here is interpreted).
 */
export function digestToPlainText(article: Pick<ArticleInfo, 'title' | 'siteName' | 'url' | 'byline'>, digest: Digest): string {
  const mark = (x: { verified?: boolean }) => (x.verified === false ? ` (${t('engineUnverified')})` : '');
  const lines: string[] = [article.title];
  const source = [article.siteName, article.byline].filter(Boolean).join(' · ');
  if (source) lines.push(source);
  if (article.url) lines.push(article.url);
  lines.push('', digest.heading.toUpperCase(), '');
  for (const b of digest.bullets) lines.push(`• ${b.text}${mark(b)}`);
  if (digest.table?.rows.length) {
    lines.push('', digest.table.caption.toUpperCase(), '');
    for (const r of digest.table.rows) lines.push(`${r.aspect} — ${r.text}${mark(r)}`);
  }
  if (digest.faq.length) {
    lines.push('', 'FAQ', '');
    for (const q of digest.faq) lines.push(`${q.question}${mark(q)}`, q.answer, '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
