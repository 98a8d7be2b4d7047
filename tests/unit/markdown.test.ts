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
    const text = digestToPlainText({ title: 'Le pain', siteName: 'Le Journal', url: 'https://ex.fr/pain', byline: 'A. Dupont' }, { ...digest, bullets: [...digest.bullets, { text: 'Une ligne non vérifiée.', sources: [4], verified: false }] });
    const lines = text.split('\n');
    expect(lines.slice(0, 5)).toEqual(['Le pain', 'Le Journal · A. Dupont', 'https://ex.fr/pain', '', 'EN BREF']);
    expect(text).toContain('• Le prix du *pain* augmente de 5 % [source].');
    expect(text).toContain('• <img src=x onerror=alert(1)> reste du texte.');
    expect(text).toContain('• Une ligne non vérifiée. (Unverified)');
    expect(text).toContain('Pourquoi\u202f?\n# Parce que le blé coûte plus cher.');
    expect(text.endsWith('\n')).toBe(true);
  });
});
