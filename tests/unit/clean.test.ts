import { describe, expect, it } from 'vitest';
import { parseHTML } from 'linkedom';
import { cleanBlocks, cleanArticleElement } from '../../lib/extract/clean';
import { blocksFromElement } from '../../lib/extract/blocks';
import { extractArticle } from '../../lib/extract/extract';
import type { Block } from '../../lib/types';

const p = (text: string): Block => ({ kind: 'paragraph', text });
const doc = (html: string) => parseHTML(`<!doctype html><html><head></head><body>${html}</body></html>`).document as unknown as Document;
const PROSE =
  'Le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après un débat de plus de quatre heures. La majorité a défendu une hausse des investissements dans les écoles et les transports, tandis que l’opposition a dénoncé une augmentation de la dette.';

describe('cleanBlocks', () => {
  it('drops furniture lines in several languages and keeps the prose', () => {
    const kept = cleanBlocks([
      p('AFP, publié le mercredi 06 mai 2020 à 07h22'),
      p('Image copyright Getty Images'),
      p(PROSE),
      p('A lire aussi'),
      p('Abonnez-vous à notre newsletter'),
      p('Tempo de leitura: 1 minuto'),
      p('Follow Newsbeat on Instagram, Facebook and Twitter.'),
      p('Skip to content'),
      p('ALERTE INFO'),
      p('03 juillet 2020'),
      p('12 commentaires'),
      p('Nous utilisons des cookies pour améliorer votre expérience, en continuant vous acceptez.'),
      p('Phil Helsel is a reporter for NBC News.'),
    ]);
    expect(kept.map((b) => b.text)).toEqual([PROSE]);
  });

  it('drops a ticker of repeated short lines, not a repeated sentence of the story', () => {
    // Orange's latest-news ticker: "News" / a date, again and again, above the story.
    const ticker = Array.from({ length: 4 }, () => [p('News'), p('03 juillet 2020')]).flat();
    expect(cleanBlocks([...ticker, p(PROSE)]).map((b) => b.text)).toEqual([PROSE]);
    // A schedule repeats its short lines between real paragraphs: that is content.
    const plan = Array.from({ length: 3 }, (_, i) => [p(`Meal ${i + 1}`), p('Eat every 2–3 hours'), p(PROSE)]).flat();
    expect(cleanBlocks(plan)).toHaveLength(9);
    expect(cleanBlocks([p('Oui.'), p(PROSE), p('Oui.')])).toHaveLength(3);
  });

  it('drops the byline printed again as a line, only near the top or the end', () => {
    expect(cleanBlocks([p('Par Claire Fontaine, le 9 mars 2024'), p(PROSE)], { byline: 'Claire Fontaine' })).toEqual([p(PROSE)]);
    expect(cleanBlocks([p('By Justine Coleman - 11/18/19 11:04 PM EST'), p(PROSE)])).toEqual([p(PROSE)]);
    // A sentence that happens to start with "Par" is prose, wherever it stands.
    expect(cleanBlocks([p(PROSE), p('Par la suite, 12 élus ont quitté la salle.'), p(PROSE + ' a')])).toHaveLength(3);
    const middle = [
      p(PROSE),
      p(PROSE + ' a'),
      p(PROSE + ' b'),
      p(PROSE + ' c'),
      p('Par Claire Fontaine, le 9 mars 2024'),
      p(PROSE + ' d'),
      p(PROSE + ' e'),
      p(PROSE + ' f'),
      p(PROSE + ' g'),
    ];
    expect(cleanBlocks(middle)).toHaveLength(9);
  });

  it('never judges a long block by a phrase in it', () => {
    const long = p(`${PROSE} Les élus ont aussi débattu de la newsletter municipale, publié le lundi 3 mai 2021, et des cookies du site.`);
    expect(cleanBlocks([long])).toEqual([long]);
  });
});

describe('cleanArticleElement', () => {
  it('removes hidden elements, furniture by class name and lists of links', () => {
    const d = doc(`<div id="root">
      <p>${PROSE}</p>
      <div class="share-bar">Partager sur Facebook Twitter</div>
      <p class="photo-credit">© Capture Google Street View</p>
      <span style="display:none">Hillicon Valley: hover card</span>
      <div class="a-lire-aussi"><h3>A lire aussi</h3></div>
      <ul><li><a href="/a">Un autre article très lu aujourd'hui</a></li><li><a href="/b">Encore un autre article à lire</a></li></ul>
      <p>${PROSE}</p></div>`);
    const root = d.getElementById('root')!;
    cleanArticleElement(root);
    expect(blocksFromElement(root).map((b) => b.text)).toEqual([PROSE, PROSE]);
  });

  it('keeps a large block even when its class looks like furniture', () => {
    const d = doc(`<div id="root"><div class="article-tags">${`<p>${PROSE}</p>`.repeat(3)}</div></div>`);
    const root = d.getElementById('root')!;
    cleanArticleElement(root);
    expect(blocksFromElement(root)).toHaveLength(3);
  });
});

describe('fallbacks when Readability finds nothing', () => {
  const story = Array.from({ length: 6 }, (_, i) => `${PROSE} (${i})`);

  it('uses the JSON-LD articleBody, read as text', () => {
    const ld = JSON.stringify({
      '@context': 'https://schema.org',
      '@type': 'NewsArticle',
      headline: 'Budget voté',
      articleBody: story.join('\n\n') + '\n\n<script>alert(1)</script>',
    });
    // As pages do, "<" is escaped inside the script element.
    const d = doc(`<script type="application/ld+json">${ld.replace(/</g, '\\u003c')}</script><div id="app"></div>`);
    const r = extractArticle(d, { url: 'https://example.fr/budget' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.extractedBy).toBe('json-ld');
    expect(r.value.blocks.length).toBeGreaterThanOrEqual(6);
    expect(r.value.text).not.toContain('<script>');
  });

  it('uses the densest block of paragraphs when Readability picks a widget', () => {
    // A page whose markup defeats Readability's scoring: paragraphs in a table cell next to a big form.
    const d = doc(`<table><tr><td class="widget"><form>${'<label>Search for a job</label><input>'.repeat(30)}</form></td>
      <td>${story.map((s) => `<p>${s}</p>`).join('')}</td></tr></table>`);
    const r = extractArticle(d, { url: 'https://example.fr/budget', minWords: 200 });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(['readability', 'article-element', 'densest-block']).toContain(r.value.extractedBy);
    expect(r.value.text).toContain(story[5]);
    expect(r.value.text).not.toContain('Search for a job');
  });

  it('still says "no article" for a page of links and a form', () => {
    const d = doc(`<nav>${'<a href="/x">Rubrique</a>'.repeat(20)}</nav><form><input name="login"><button>Connexion</button></form>`);
    const r = extractArticle(d, { url: 'https://example.fr/' });
    expect(r.ok ? null : r.error.kind).toBe('no-article');
  });
});

describe('what the live page hides from a plain clone', () => {
  it('reads open shadow roots and same-origin iframes, without changing the page', async () => {
    const { JSDOM } = await import('jsdom');
    const { flattenedClone } = await import('../../lib/extract/clone');
    const dom = new JSDOM(`<!doctype html><html><body><main><h1>Titre</h1><div id="host"></div><iframe id="frame"></iframe><p>Fin.</p></main></body></html>`, {
      url: 'https://example.fr/',
    });
    const document = dom.window.document;
    const shadow = document.getElementById('host')!.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<p>${PROSE}</p>`;
    const frameDoc = (document.getElementById('frame') as HTMLIFrameElement).contentDocument!;
    frameDoc.body.innerHTML = '<p>Le texte de la page intégrée, de la même origine, compte aussi.</p>';
    const before = document.documentElement.outerHTML;
    const clone = flattenedClone(document);
    expect(clone.body.textContent).toContain('Le conseil municipal a voté mardi soir');
    expect(clone.body.textContent).toContain('Le texte de la page intégrée');
    expect(clone.querySelector('iframe')).toBeNull();
    expect(document.documentElement.outerHTML).toBe(before);
  });
});

describe('the reader’s selection', () => {
  it('is summarised instead of the page when it is long enough, with the page’s metadata', async () => {
    const { articleFromSelection } = await import('../../lib/extract/extract');
    const d = doc(`<h1>Le budget de la ville est voté</h1><p>${PROSE}</p>`);
    const a = articleFromSelection(d, `${PROSE}\n\n${PROSE}`, 'https://example.fr/budget');
    expect(a?.extractedBy).toBe('selection');
    expect(a?.blocks).toHaveLength(2);
    expect(a?.lang).toBe('fr');
    expect(a?.title).toBe('Le budget de la ville est voté');
    expect(articleFromSelection(d, 'trois mots seulement', 'https://example.fr/budget')).toBeUndefined();
  });
});

describe('lines in scripts written without spaces', () => {
  it('counts each Han character as a word, so a Chinese paragraph is never a "label"', () => {
    const zh = p('[本报讯]市图书馆新馆今日开放，首日接待读者超过三千人次，借阅量创下新高。');
    expect(cleanBlocks([zh])).toEqual([zh]);
    expect(cleanBlocks([p('EXCLUSIF'), zh])).toEqual([zh]);
  });
});

describe("style residue in a page's text", () => {
  it('a length glued to the next word by broken markup goes ("retraites =1emqui", OrangeSum 19507)', () => {
    const d = doc(
      `<div id="root"><p>Cible des critiques de opposants à la réforme des retraites =1emqui l'accusent de vouloir l'influencer, BlackRock a vu son siège envahi.</p><p>La formule E=mc2 et le score 3=2 restent.</p></div>`,
    );
    expect(blocksFromElement(d.getElementById('root')!).map((b) => b.text)).toEqual([
      "Cible des critiques de opposants à la réforme des retraites qui l'accusent de vouloir l'influencer, BlackRock a vu son siège envahi.",
      'La formule E=mc2 et le score 3=2 restent.',
    ]);
  });
});
