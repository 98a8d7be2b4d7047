import type { Article } from '../../../lib/types';
import { splitSentences } from '../../../lib/text/segment';
import { rougeTokens } from './rouge';

const squash = (s: string) => rougeTokens(s).join(' ');

/** OrangeSum's parsed text glues paragraphs together ("Pyrénées.Alors"): split them again. */
export const unglue = (text: string): string => text.replace(/([.!?»"])(?=[\p{Lu}«"-])/gu, '$1 ');

/**
 * An OrangeSum page prints the journalist's abstract (the reference summary) under its title.
 * Scoring a summary of the page against that abstract means nothing unless it is removed:
 * drop every sentence that is not in the clean article text and whose words are the
 * abstract's, and blocks left empty.
 */
export function withoutAbstract(article: Article, abstract: string, cleanArticle: string): Article {
  const abs = new Set(rougeTokens(abstract));
  const clean = squash(unglue(cleanArticle));
  const blocks = article.blocks
    .map((b) => {
      if (b.kind === 'heading') return b;
      const kept = splitSentences(b.text, article.lang).filter((s) => {
        const toks = rougeTokens(s.text);
        if (toks.length === 0) return false;
        if (clean.includes(toks.join(' '))) return true;
        return toks.filter((t) => abs.has(t)).length / toks.length < 0.8;
      });
      return { ...b, text: kept.map((s) => s.text).join(' ') };
    })
    .filter((b) => b.text);
  return { ...article, blocks, text: blocks.map((b) => b.text).join('\n\n') };
}
