import { describe, expect, it } from 'vitest';
import { digestToMarkdown, escapeMarkdown } from '../../lib/markdown';
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
});
