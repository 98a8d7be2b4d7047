import { describe, expect, it } from 'vitest';
import { digestToMarkdown, digestToPlainText, escapeMarkdown } from '../../lib/markdown';
import type { Digest } from '../../lib/types';

const digest: Digest = {
  heading: 'EN BREF',
  language: 'fr',
  bullets: [
    { text: 'Le prix du *pain* augmente de 5 % [source].', sources: [0] },
    { text: '<img src=x onerror=alert(1)> reste du texte.', sources: [2] },
  ],
  faq: [{ question: 'Pourquoi\u202f?', answer: '# Parce que le blé coûte plus cher.', sources: [3], origin: 'generated' }],
  engine: { id: 'embedded', version: '0' },
  contentHash: '0',
  timings: { digestMs: 1 },
};

describe('markdown export', () => {
  it('carries title, site, url, bullets and FAQ', () => {
    const md = digestToMarkdown({ title: 'Le pain', siteName: 'Le Journal', url: 'https://ex.fr/pain', byline: undefined }, digest);
    expect(md).toContain('# Le pain\n');
    expect(md).toContain('Le Journal');
    expect(md).toContain('<https://ex.fr/pain>');
    expect(md).toContain('## EN BREF');
    expect(md.match(/^- /gm)).toHaveLength(2);
    expect(md).toContain('**Pourquoi\u202f?**');
  });
  it('escapes what Markdown would act on, so page text stays text', () => {
    const md = digestToMarkdown({ title: 'T', url: '', siteName: undefined, byline: undefined }, digest);
    expect(md).toContain('\\*pain\\*');
    expect(md).toContain('\\[source\\]');
    expect(md).toContain('\\<img src=x onerror=alert\\(1\\)\\>');
    expect(md).toContain('\\# Parce que');
    expect(escapeMarkdown('1. un')).toBe('1\\. un');
    expect(escapeMarkdown('- tiret')).toBe('\\- tiret');
  });
  it('as plain text: title, site, url, heading, bullets and FAQ, page text untouched', () => {
    const text = digestToPlainText(
      { title: 'Le pain', siteName: 'Le Journal', url: 'https://ex.fr/pain', byline: 'A. Dupont' },
      { ...digest, bullets: [...digest.bullets, { text: 'Une ligne non vérifiée.', sources: [4], verified: false }] },
    );
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual(['Le pain', 'Le Journal · A. Dupont', 'https://ex.fr/pain', '', 'EN BREF']);
    expect(text).toContain('• Le prix du *pain* augmente de 5 % [source].');
    expect(text).toContain('• <img src=x onerror=alert(1)> reste du texte.');
    expect(text).toContain('• Une ligne non vérifiée. (Unverified)');
    expect(text).toContain('Pourquoi\u202f?\n# Parce que le blé coûte plus cher.');
    expect(text.endsWith('\n')).toBe(true);
  });
  describe('the "at a glance" table', () => {
    const withTable: Digest = {
      ...digest,
      table: {
        caption: "En un coup d'œil",
        columns: ['Aspect', "Ce qu'en dit l'article"],
        kind: 'aspects',
        rows: [
          { aspect: 'Production de contenu', text: "Netflix utilise l'IA pour produire des bandes-annonces.", sources: [4] },
          { aspect: 'Encadrement | législatif', text: 'Le *règlement* européen\nencadre ces usages.', sources: [6] },
          { aspect: 'Éthique', text: 'Une ligne que ses sources ne portent pas.', sources: [7], verified: false },
        ],
      },
    };
    const article = { title: 'IA et Netflix', siteName: undefined, url: '', byline: undefined };
    it('in Markdown: a table under its caption, between the bullets and the FAQ, each cell escaped and on one line', () => {
      const md = digestToMarkdown(article, withTable);
      expect(md).toContain(
        [
          "## En un coup d'œil",
          '',
          "| Aspect | Ce qu'en dit l'article |",
          '|---|---|',
          "| Production de contenu | Netflix utilise l'IA pour produire des bandes-annonces. |",
          '| Encadrement \\| législatif | Le \\*règlement\\* européen encadre ces usages. |',
          '| Éthique | Une ligne que ses sources ne portent pas. *(Unverified)* |',
        ].join('\n'),
      );
      expect(md.indexOf("En un coup d'œil")).toBeGreaterThan(md.indexOf('- Le prix'));
      expect(md.indexOf("En un coup d'œil")).toBeLessThan(md.indexOf('## FAQ'));
    });
    it('as plain text: the caption, then one "aspect — text" line a row', () => {
      const text = digestToPlainText(article, withTable);
      expect(text).toContain("EN UN COUP D'ŒIL\n\nProduction de contenu — Netflix utilise l'IA pour produire des bandes-annonces.\n");
      expect(text).toContain('Éthique — Une ligne que ses sources ne portent pas. (Unverified)');
      expect(text.indexOf('EN UN COUP')).toBeLessThan(text.indexOf('FAQ'));
    });
    it('no table (null or absent): nothing is written for it', () => {
      expect(digestToMarkdown(article, { ...digest, table: null })).toBe(digestToMarkdown(article, digest));
      expect(digestToPlainText(article, { ...digest, table: null })).toBe(digestToPlainText(article, digest));
      expect(digestToMarkdown(article, digest)).not.toContain('|---|');
    });
  });
});
