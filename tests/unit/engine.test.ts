import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle, articleFromText } from '../../lib/extract/extract';
import { digestArticle } from '../../lib/digest';
import { analyseSentences, bulletCount, isBulletCandidate } from '../../lib/engine/embedded/bullets';
import { buildModel } from '../../lib/text/vectors';
import { asQuestion, opensWithInterrogative } from '../../lib/engine/embedded/faq';
import { languagePack } from '../../lib/text/lang';
import { isTrimOf } from '../../lib/engine/embedded/compress';
import type { Article } from '../../lib/types';
import { page as fixturePage } from '../../testing/pages';
import { failureMessage } from '../../lib/ui/failures';

/** A fixture page (tests/fixtures/<slug>), extracted as if it were at `url`. */
function page(slug: string, url = 'https://example.org/'): Article {
  const { document } = parseHTML(fixturePage(slug));
  const r = extractArticle(document as unknown as Document, { url });
  if (!r.ok) throw new Error(failureMessage(r.error.kind));
  return r.value;
}

function invariants(article: Article) {
  const { sentences, digest } = digestArticle(article);
  const n = sentences.length;
  expect(digest.bullets.length).toBeGreaterThanOrEqual(Math.min(3, n));
  expect(digest.bullets.length).toBeLessThanOrEqual(6);
  for (const b of [...digest.bullets, ...digest.faq]) {
    expect(b.sources.length).toBeGreaterThan(0);
    for (const s of b.sources) {
      expect(Number.isInteger(s) && s >= 0 && s < n).toBe(true);
    }
  }
  // Every bullet is its source sentence, at most trimmed: traceable, no word added or moved.
  for (const b of digest.bullets) expect(isTrimOf(b.text, b.sources.map((i) => sentences[i].text).join(' '))).toBe(true);
  // Every answer is its sentences, whole or shortened the same way.
  for (const q of digest.faq) {
    expect(isTrimOf(q.answer, q.sources.map((i) => sentences[i].text).join(' ')), q.answer).toBe(true);
    expect(q.question.trim()).toMatch(/[?？;]$/u);
  }
  // No two answers share a sentence; an answer never only repeats bullets.
  const answered = digest.faq.flatMap((x) => x.sources);
  expect(new Set(answered).size).toBe(answered.length);
  const shown = new Set(digest.bullets.flatMap((b) => b.sources));
  for (const q of digest.faq)
    if (q.origin !== 'page')
      expect(q.sources.every((i) => shown.has(i)) && q.answer.length <= q.sources.reduce((n, i) => n + sentences[i].text.length, 0) * 0.7).toBe(false);
  // Bullets keep reading order.
  const firsts = digest.bullets.map((b) => b.sources[0]);
  expect([...firsts].sort((a, b) => a - b)).toEqual(firsts);
  return { sentences, digest };
}

describe('embedded engine on real pages', () => {
  it('French OrangeSum page: EN BREF, French FAQ, sources everywhere', () => {
    const article = page('fr-orange-globe-trotteur');
    const { digest, sentences } = invariants(article);
    expect(digest.heading).toBe('EN BREF');
    expect(digest.language).toBe('fr');
    expect(digest.faq.length).toBeGreaterThanOrEqual(1);
    // French typography: a narrow no-break space before the question mark.
    for (const q of digest.faq) expect(q.question).toMatch(/\u202f\?$/);
    // The dateline ("AFP, publié le ...") is page furniture: neither a sentence nor a bullet.
    for (const b of digest.bullets) expect(b.text).not.toMatch(/publié le/i);
    expect(sentences.some((s) => /publié le/.test(s.text))).toBe(false);
  });

  it('beats nothing-selection: bullets are among the most central sentences, not the dateline', () => {
    const article = page('fr-orange-botero');
    const { digest } = invariants(article);
    expect(digest.bullets.some((b) => /Botero/.test(b.text))).toBe(true);
  });

  it('English text: "In brief" and English questions', () => {
    const r = articleFromText(
      [
        'Storm closes schools across the region',
        'A powerful storm swept across the northern region on Tuesday, forcing hundreds of schools to close and cutting power to 40,000 homes.',
        'The national weather service said winds reached 120 km/h in coastal towns. Officials urged residents to stay indoors because falling trees had already blocked several roads.',
        'Emergency crews worked through the night to restore electricity. The regional governor, Maria Lopez, said that 12 shelters had been opened for families whose homes were damaged.',
        'Schools are expected to reopen on Thursday, but the weather service warned that a second storm will reach the coast over the weekend.',
      ].join('\n\n'),
    );
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.lang).toBe('en');
    const { digest } = invariants(r.value);
    expect(digest.heading).toBe('In brief');
    const questions = digest.faq.map((q) => q.question);
    expect(questions.length).toBeGreaterThanOrEqual(2);
    for (const q of questions) expect(q).toMatch(/^[A-Z].*\?$/);
  });

  it('--bullets fixes the count', () => {
    const article = page('fr-orange-globe-trotteur');
    expect(digestArticle(article, { bullets: 2 }).digest.bullets).toHaveLength(2);
    expect(digestArticle(article, { bullets: 6 }).digest.bullets).toHaveLength(6);
  });

  it('is deterministic and hashes the content', () => {
    const article = page('fr-orange-boa');
    const a = digestArticle(article).digest;
    const b = digestArticle(article).digest;
    expect(a.bullets).toEqual(b.bullets);
    expect(a.contentHash).toMatch(/^[0-9a-f]{16}$/);
    expect(digestArticle({ ...article, text: article.text + ' x' }).digest.contentHash).not.toBe(a.contentHash);
  });
});

describe('engine parts', () => {
  it('bullet count grows with length, 3 to 6', () => {
    expect(bulletCount(150)).toBe(3);
    expect(bulletCount(500)).toBe(4);
    expect(bulletCount(1000)).toBe(5);
    expect(bulletCount(5000)).toBe(6);
  });

  it('rejects datelines, credits, prompts and questions as bullets', () => {
    const candidate = (text: string, lang = 'fr') => {
      const s = { index: 0, text, block: 0, start: 0, end: text.length };
      return isBulletCandidate(s, analyseSentences([s], buildModel([s], lang), lang)[0]);
    };
    expect(candidate('AFP, publié le mercredi 06 mai 2020 à 07h22')).toBe(false);
    expect(candidate('Abonnez-vous à notre newsletter pour recevoir toute l’actualité.')).toBe(false);
    expect(candidate('Faut-il craindre une nouvelle vague de contaminations cet hiver ?')).toBe(false);
    expect(candidate('La Guinée a fermé ses frontières après le premier cas de contamination.')).toBe(true);
    // A quotation is a bullet only with its speaker named ("a-t-il insisté" names nobody).
    expect(candidate("\"Aujourd'hui c'est l'heure du confinement et l'heure du confinement va durer\", a-t-il insisté.")).toBe(false);
    expect(candidate("\"Aujourd'hui c'est l'heure du confinement et l'heure du confinement va durer\", a insisté Édouard Philippe.")).toBe(true);
  });

  it('writes questions in each language’s typography', () => {
    expect(asQuestion('Comment ça marche', languagePack('fr'))).toBe('Comment ça marche\u202f?');
    expect(asQuestion('Comment ça marche ?', languagePack('fr'))).toBe('Comment ça marche\u202f?');
    expect(asQuestion('How does it work?', languagePack('en'))).toBe('How does it work?');
  });

  it('a heading becomes a question only when it asks one, answered from its own section', () => {
    const article: Article = {
      url: 'https://example.org/ia',
      title: "L'IA bouscule le cinéma",
      lang: 'fr',
      langSource: 'html-lang',
      blocks: [
        {
          kind: 'paragraph',
          text: "Les studios adoptent l'intelligence artificielle à grande vitesse. Les syndicats s'inquiètent de l'avenir des métiers du cinéma.",
        },
        { kind: 'paragraph', text: 'Plusieurs productions ont déjà remplacé des figurants par des images générées. Le mouvement touche aussi le doublage.' },
        { kind: 'heading', level: 2, text: 'Impact sur les réalisateurs' },
        {
          kind: 'paragraph',
          text: 'Les réalisateurs disent perdre la main sur le montage final. Certains réalisateurs refusent désormais de signer avec les studios les plus avancés.',
        },
        { kind: 'heading', level: 2, text: 'Pourquoi les studios s’y mettent-ils ?' },
        {
          kind: 'paragraph',
          text: "Les studios adoptent l'outil parce qu'il réduit les coûts de production de près d'un tiers. Ils promettent une charte d'ici la fin de l'année.",
        },
      ],
      text: '',
      wordCount: 90,
      extractedBy: 'text',
    };
    const { digest, sentences } = digestArticle(article, { bullets: 2 });
    const questions = digest.faq.map((q) => q.question);
    // "Que dit l'article sur « Impact sur les réalisateurs » ?" is a heading, not a reader's question.
    expect(questions.join(' ')).not.toMatch(/Que dit l'article|Impact sur/u);
    const heading = digest.faq.find((q) => q.origin === 'heading');
    expect(heading?.question).toBe('Pourquoi les studios s’y mettent-ils\u202f?');
    expect(sentences[heading!.sources[0]].block).toBe(5);
  });
});

describe('FAQ questions', () => {
  it('never doubles the question mark nor keeps a closing quote', () => {
    expect(asQuestion('The question is what happened in 2009?”', languagePack('en'))).toBe('The question is what happened in 2009?');
    expect(asQuestion('Et maintenant ? »', languagePack('fr'))).toBe('Et maintenant\u202f?');
  });

  it('never turns a sentence of the article into a question, inside a quotation or not', () => {
    const article = articleFromText(
      [
        'Delhi chokes on smog again',
        '“We have tried everything. The question is what happened in 2009?” said Prakash, an engineer who has studied the city’s air for ten years.',
        'Prakash explained that the Punjab province burns crop stubble every autumn, sending smoke across the border towards the capital.',
        'Why does the smog come back every year? The smog comes back because farmers burn the stubble of their rice fields, the cheapest way to clear them before winter wheat.',
        'The city government will open 20 new monitoring stations next month, officials said on Monday.',
      ].join('\n\n'),
    );
    if (!article.ok) throw new Error('fixture');
    const { digest } = digestArticle(article.value, { bullets: 1 });
    const questions = digest.faq.map((q) => q.question);
    expect(questions).not.toContain('The question is what happened in 2009?');
    expect(questions).not.toContain('Why does the smog come back every year?');
    for (const q of questions) expect(q).not.toMatch(/\?.*\?/);
  });
});

describe('headings that are questions already', () => {
  it('asks them directly instead of "what does the article say about"', () => {
    expect(opensWithInterrogative('Why Delhi’s air pollution gets so bad this time of year', languagePack('en'))).toBe(true);
    expect(opensWithInterrogative('Pourquoi la ville accélère', languagePack('fr'))).toBe(true);
    expect(opensWithInterrogative('Impact sur les réalisateurs', languagePack('fr'))).toBe(false);
    expect(opensWithInterrogative('Whyte family reunion', languagePack('en'))).toBe(false);
    expect(asQuestion('Why Delhi’s air pollution gets so bad this time of year', languagePack('en'))).toBe(
      'Why Delhi’s air pollution gets so bad this time of year?',
    );
  });
});
