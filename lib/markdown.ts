import type { Digest } from './types';
import type { ArticleInfo } from './messages';

/** Page text goes into Markdown as text: characters Markdown would act on are escaped. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(/[\\`*_{}\[\]<>()#+!|~]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([-=]{3,}|\d+)([.)])/gm, (_m, sp, n, p) => `${sp}${n}\\${p}`)
    .replace(/^(\s*)-/gm, '$1\\-');
}

/** The digest as one Markdown note: title, source, the bullets, the FAQ. */
export function digestToMarkdown(article: Pick<ArticleInfo, 'title' | 'siteName' | 'url' | 'byline'>, digest: Digest): string {
  const lines: string[] = [];
  lines.push(`# ${escapeMarkdown(article.title)}`, '');
  const source = [article.siteName, article.byline].filter(Boolean).map((s) => escapeMarkdown(s!)).join(' · ');
  if (source) lines.push(source);
  if (article.url) lines.push(`<${article.url.replace(/[<>\s]/g, encodeURIComponent)}>`);
  lines.push('', `## ${escapeMarkdown(digest.heading)}`, '');
  for (const b of digest.bullets) lines.push(`- ${escapeMarkdown(b.text)}`);
  if (digest.faq.length) {
    lines.push('', '## FAQ', '');
    for (const q of digest.faq) lines.push(`**${escapeMarkdown(q.question)}**`, '', escapeMarkdown(q.answer), '');
  }
  return lines.join('\n').trimEnd() + '\n';
}
