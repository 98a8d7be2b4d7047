import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { extractArticle } from '../../lib/extract/extract';
import { faqFromBlocks } from '../../lib/extract/page-faq';
import { digestArticle } from '../../lib/digest';
import { faqCount, mainPerson } from '../../lib/engine/embedded/faq';
import { segmentArticle } from '../../lib/text/segment';
import { languagePack } from '../../lib/text/lang';

const STORY = [
  'La ville de Lyrac a inauguré lundi dix kilomètres de pistes cyclables séparées de la circulation, achevées en un seul été.',
  "Le chantier a coûté 4,2 millions d'euros, dont 1,5 million apportés par la région, a précisé la maire lors de l'inauguration.",
  "Les premiers comptages sont encourageants : 2 300 cyclistes ont emprunté la piste le premier jour, contre 900 en moyenne au printemps.",
  'Plusieurs commerçants de la rue Carnot craignent de perdre des clients, car quarante places de stationnement ont été supprimées.',
];
const page = (extra: string, head = '') =>
  parseHTML(`<!doctype html><html lang="fr"><head><title>Pistes cyclables à Lyrac</title>${head}</head><body><article><h1>Pistes cyclables à Lyrac</h1>${STORY.map((s) => `<p>${s}</p>`).join('')}${extra}</article></body></html>`)
    .document as unknown as Document;

describe('the page’s own FAQ', () => {
  it('schema.org FAQPage in JSON-LD: kept as the page wrote it, answered from sentences the article now holds', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'FAQPage',
      mainEntity: [
        { '@type': 'Question', name: 'Quand les travaux de la deuxième tranche commencent-ils ?', acceptedAnswer: { '@type': 'Answer', text: '<p>Les travaux de la deuxième tranche commenceront au printemps 2027, après une concertation.</p>' } },
      ],
    };
    const r = extractArticle(page('', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`), { url: 'https://example.fr/velo' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.pageFaq).toEqual([{ question: 'Quand les travaux de la deuxième tranche commencent-ils ?', answer: 'Les travaux de la deuxième tranche commenceront au printemps 2027, après une concertation.' }]);
    const { digest, sentences } = digestArticle(r.value, { bullets: 2 });
    const q = digest.faq.find((f) => f.origin === 'page');
    expect(q?.question).toBe('Quand les travaux de la deuxième tranche commencent-ils\u202f?');
    expect(q?.answer).toBe('Les travaux de la deuxième tranche commenceront au printemps 2027, après une concertation.');
    expect(q!.sources.map((i) => sentences[i].text).join(' ')).toBe(q!.answer);
    expect(digest.faq[0].origin).toBe('page');
  });

  it('<details><summary> questions', () => {
    const r = extractArticle(
      page('<details><summary>Combien a coûté le chantier ?</summary><p>Le chantier a coûté 4,2 millions d’euros au total, subventions comprises.</p></details>'),
      { url: 'https://example.fr/velo' },
    );
    expect(r.ok && r.value.pageFaq?.[0]).toEqual({ question: 'Combien a coûté le chantier ?', answer: 'Le chantier a coûté 4,2 millions d’euros au total, subventions comprises.' });
  });

  it('a "Foire aux questions" section of question headings and answers', () => {
    const blocks = [
      { kind: 'paragraph' as const, text: STORY[0] },
      { kind: 'heading' as const, level: 2, text: 'Foire aux questions' },
      { kind: 'heading' as const, level: 3, text: 'Où se trouvent les nouvelles pistes ?' },
      { kind: 'paragraph' as const, text: 'Elles relient la gare, le lycée et la zone d’activités.' },
      { kind: 'heading' as const, level: 3, text: 'Qui a payé ?' },
      { kind: 'paragraph' as const, text: 'La ville et la région.' },
      { kind: 'heading' as const, level: 2, text: 'À propos de l’auteur' },
      { kind: 'paragraph' as const, text: 'Claire écrit sur la ville.' },
    ];
    expect(faqFromBlocks(blocks)).toEqual([
      { question: 'Où se trouvent les nouvelles pistes ?', answer: 'Elles relient la gare, le lycée et la zone d’activités.' },
      { question: 'Qui a payé ?', answer: 'La ville et la région.' },
    ]);
  });
});

describe('generated questions', () => {
  it('asks who the story’s main person is, by full name', () => {
    const blocks = [
      'Cela faisait deux ans que Raymond Lee faisait le tour du monde à vélo quand la pandémie l’a rattrapé en Guinée.',
      'A 33 ans, cet ancien agent d’équipage sud-coréen attend de reprendre la route.',
      'Piégé à Conakry, Raymond Lee raconte que sept hôtels ont refusé de l’accueillir.',
      'Lee espère rejoindre le Mali dès la réouverture des frontières.',
    ].map((text) => ({ kind: 'paragraph' as const, text }));
    expect(mainPerson(segmentArticle(blocks, 'fr'), languagePack('fr'))).toBe('Raymond Lee');
    expect(mainPerson(segmentArticle([{ kind: 'paragraph', text: 'Le Conseil constitutionnel a tranché. Le Conseil a parlé.' }], 'fr'), languagePack('fr'))).toBeUndefined();
  });

  it('asks 3 questions of a brief, 4 of a typical story, up to 8 of a long read', () => {
    expect(faqCount(120)).toBe(3);
    expect(faqCount(200)).toBe(4);
    expect(faqCount(500)).toBe(4);
    expect(faqCount(800)).toBe(5);
    expect(faqCount(5000)).toBe(8);
  });
});

describe('FAQ quality gates', () => {
  it('asks "Who is X?" only where the article says who X is', async () => {
    const { introduces } = await import('../../lib/engine/embedded/faq');
    expect(introduces('Raymond Lee, un Sud-Coréen de 33 ans, attend à Conakry.', 'Raymond Lee')).toBe(true);
    expect(introduces("L'ancien ministre Jean Dupont a démissionné.", 'Jean Dupont')).toBe(true);
    expect(introduces('Cédric Herrou a été entendu.', 'Cédric Herrou')).toBe(false);
    expect(introduces('Il a rejoint le Tour de France en 2019.', 'Tour de France')).toBe(false);
  });

  it('drops a heading or article question whose answer does not speak to it', () => {
    const article = {
      url: 'https://example.org/a',
      title: 'Storm hits the coast',
      lang: 'en',
      langSource: 'html-lang' as const,
      blocks: [
        { kind: 'paragraph' as const, text: 'A storm hit the northern coast on Tuesday and closed 200 schools across the region. Power was cut to 40,000 homes.' },
        { kind: 'heading' as const, level: 2, text: 'Tell us what you think' },
        { kind: 'paragraph' as const, text: 'Readers can send their photos and stories to the newsroom by email.' },
        { kind: 'heading' as const, level: 2, text: 'Q: Favorite apps?' },
        { kind: 'paragraph' as const, text: 'The mayor said crews would work through the night to clear fallen trees.' },
      ],
      text: '',
      wordCount: 60,
      extractedBy: 'text' as const,
    };
    const questions = digestArticle(article, { bullets: 1 }).digest.faq.map((q) => q.question);
    expect(questions.join(' | ')).not.toMatch(/Tell us|Favorite apps/);
  });
});

describe('"Where did it happen?"', () => {
  it('is asked only of a sentence that names a place after a preposition of place', async () => {
    const { namesPlace } = await import('../../lib/engine/embedded/faq');
    expect(namesPlace("Piégé dans la capitale, il attend à Conakry que les frontières rouvrent.", 'fr')).toBe(true);
    expect(namesPlace('The storm hit homes in Delhi on Tuesday.', 'en')).toBe(true);
    // Months and people are not places.
    expect(namesPlace('Il est arrivé en mai.', 'fr')).toBe(false);
    expect(namesPlace('It happened in March.', 'en')).toBe(false);
    expect(namesPlace('Il a parlé à Emmanuel Macron.', 'fr')).toBe(false);
  });

  it('counts numbers as a reader does', () => {
    const article = articleWith('Les pompiers ont compté 2 300 appels et 70,000 litres. Le modèle PS4 et la Covid-19 ne sont pas des chiffres.');
    const figures = digestArticle(article, { bullets: 1, faqItems: 8 }).digest.faq.find((q) => q.asks === 'figures');
    expect(figures?.answer ?? '').not.toMatch(/PS4/);
  });
});

function articleWith(text: string) {
  return {
    url: 'https://example.fr/a',
    title: 'Un test',
    lang: 'fr',
    langSource: 'html-lang' as const,
    blocks: [{ kind: 'paragraph' as const, text: `La ville a ouvert lundi un nouveau centre de secours pour toute la région. ${text}` }],
    text,
    wordCount: 40,
    extractedBy: 'text' as const,
  };
}
