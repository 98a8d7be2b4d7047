/**
 * Language detection on real text (the fixture corpus: OrangeSum, Scrapinghub, XQuAD and PIAF,
 * testing/pages.ts) and the choice between what a page declares and what its text is
 * written in. Detection over whole corpora runs in tests/corpus/ when the data is there.
 */
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../lib/extract/extract';
import { readMetadata } from '../../lib/extract/metadata';
import { detectLanguage } from '../../lib/text/detect-language';
import { primaryLanguage } from '../../lib/text/lang';
import { linkedomDocument } from '../../testing/dom';
import { loadFixture } from '../../testing/fixtures';
import { article, qaArticles, reference } from '../../testing/pages';

/** OrangeSum's abstract and article, as a reader gets them. */
const orangesum = (slug: string) => {
  const r = reference(slug);
  return `${r.heading} ${r.text}`;
};
const body = (slug: string) => reference(slug).text;
const qa = (lang: string) => qaArticles(lang).map((a) => a.text);

describe('detectLanguage on real articles', () => {
  it('French (OrangeSum)', () => {
    for (const slug of ['fr-orange-globe-trotteur', 'fr-orange-botero', 'fr-orange-segur', 'fr-orange-thon', 'fr-orange-hidalgo'])
      expect(detectLanguage(orangesum(slug)), slug).toBe('fr');
  });

  it('English (NBC News, Reuters, TechCrunch, Al Jazeera)', () => {
    for (const slug of ['en-nbc-omar', 'en-reuters-oil', 'en-techcrunch-wework', 'en-aljazeera-helicopter'])
      expect(detectLanguage(body(slug)), slug).toBe('en');
  });

  it('German, Italian and Portuguese (Scrapinghub)', () => {
    expect(detectLanguage(body('de-comwrap-epa'))).toBe('de');
    expect(detectLanguage(body('it-remember8090-black-friday'))).toBe('it');
    expect(detectLanguage(body('pt-educar-serelepe'))).toBe('pt');
  });

  it('Russian, Chinese and Greek by script (Scrapinghub, XQuAD)', () => {
    expect(detectLanguage(body('ru-wday-food-bloggers'))).toBe('ru');
    for (const [lang, texts] of [
      ['ru', qa('ru')],
      ['zh', qa('zh')],
      ['el', qa('el')],
    ] as const)
      for (const t of texts) expect(detectLanguage(t), `${lang}: ${t.slice(0, 40)}`).toBe(lang);
  });

  it('is right on every XQuAD and PIAF article, and on Polish', () => {
    for (const lang of ['en', 'de', 'es', 'fr']) for (const t of qa(lang)) expect(detectLanguage(t), `${lang}: ${t.slice(0, 40)}`).toBe(lang);
    expect(detectLanguage(article('pl-written-tramwaj').text)).toBe('pl');
  });
});

describe('detectLanguage on short and odd input', () => {
  it('recognises a couple of real sentences', () => {
    expect(detectLanguage("La Guinée a fermé ses frontières après l'officialisation du premier cas de contamination la deuxième semaine de mars.")).toBe('fr');
    expect(detectLanguage('The staff member who reported the call recalled that he said he would do it, the attorney said.')).toBe('en');
    expect(detectLanguage('Die Digitalisierung zieht sich bereits heute durch fast alle Branchen und ist für die Krankenhäuser wichtig.')).toBe('de');
    expect(detectLanguage('«Испытания с выдернутыми штекерами» начались утром 27 января 1967 года.')).toBe('ru');
    expect(detectLanguage('2010年，亚马逊雨林经历了另一场严重的干旱，在某些方面比2005年的干旱更为极端。')).toBe('zh');
  });

  it('says nothing when there is too little text or no letters', () => {
    expect(detectLanguage('')).toBeUndefined();
    expect(detectLanguage('OK')).toBeUndefined();
    expect(detectLanguage('12 345 678 — 3,5 % — 2019-11-19 — $1,472.19')).toBeUndefined();
  });

  it('keeps a French article French when it quotes English', () => {
    const text =
      '"SIX MORE YEARS !" (six années de plus), a tweeté son premier adjoint Emmanuel Grégoire, même si la socialiste de 61 ans doit attendre formellement le Conseil de Paris pour être réélue. Le scrutin a été marqué comme dans le reste du pays par une très forte abstention.';
    expect(detectLanguage(text)).toBe('fr');
  });
});

describe('chooseLanguage', () => {
  const french = orangesumText();
  const german = () => body('de-comwrap-epa');
  const english = 'The staff member who reported the call recalled what he said, and the U.S. attorney’s office said it would not comment on the case.';

  it('keeps the declared html lang when the text agrees', () => {
    expect(chooseLanguage({ htmlLang: 'fr' }, null, french)).toEqual({ lang: 'fr', langSource: 'html-lang' });
  });

  it('prefers the detected language over a wrong html lang (real page: <html lang="en"> on a German blog)', () => {
    const fixture = loadFixture('de-comwrap-epa');
    const meta = readMetadata(linkedomDocument(fixture.html));
    expect(meta.htmlLang).toBe('en');
    expect(chooseLanguage(meta, null, german())).toEqual({ lang: 'de', langSource: 'detected' });
    expect(chooseLanguage({ htmlLang: 'en' }, 'en', french)).toEqual({ lang: 'fr', langSource: 'detected' });
  });

  it('prefers a detected script language over a wrong declaration', () => {
    const russian = body('ru-wday-food-bloggers');
    expect(chooseLanguage({ htmlLang: 'en' }, null, russian)).toEqual({ lang: 'ru', langSource: 'detected' });
  });

  it('keeps the declared language when the text agrees (Polish)', () => {
    expect(chooseLanguage({ htmlLang: 'pl' }, null, article('pl-written-tramwaj').text)).toEqual({ lang: 'pl', langSource: 'html-lang' });
  });

  it('keeps a declared script language when the text agrees', () => {
    const greek = qa('el')[0];
    expect(chooseLanguage({ htmlLang: 'el' }, null, greek)).toEqual({ lang: 'el', langSource: 'html-lang' });
  });

  it('walks the declarations in order: html lang, og:locale, Content-Language, Readability', () => {
    expect(chooseLanguage({ ogLocale: 'fr', contentLanguage: 'en' }, 'en', french)).toEqual({ lang: 'fr', langSource: 'og-locale' });
    expect(chooseLanguage({ contentLanguage: 'fr' }, 'en', french)).toEqual({ lang: 'fr', langSource: 'content-language' });
    expect(chooseLanguage({}, 'fr-FR', french)).toEqual({ lang: 'fr', langSource: 'readability' });
    expect(chooseLanguage({ htmlLang: 'en' }, 'fr', english)).toEqual({ lang: 'en', langSource: 'html-lang' });
  });

  it('keeps the declaration when the text is too short to judge', () => {
    expect(chooseLanguage({ htmlLang: 'fr' }, null, 'OK')).toEqual({ lang: 'fr', langSource: 'html-lang' });
  });

  it('detects when nothing is declared, and falls back to English when it cannot', () => {
    expect(chooseLanguage({}, null, french)).toEqual({ lang: 'fr', langSource: 'detected' });
    expect(chooseLanguage({}, undefined, '')).toEqual({ lang: 'en', langSource: 'default' });
  });

  it('never returns something that is not a language subtag (real page: Content-Language "italiano (italian)")', () => {
    const meta = readMetadata(linkedomDocument(loadFixture('it-remember8090-black-friday').html));
    expect(meta.contentLanguage).toBeUndefined();
    expect(meta.htmlLang).toBe('it');
    // Without <html lang> and og:locale, a short text falls back to the default, not to "italiano (italian)".
    expect(chooseLanguage({ contentLanguage: meta.contentLanguage }, null, 'Ciao')).toEqual({ lang: 'en', langSource: 'default' });
  });
});

describe('primaryLanguage', () => {
  it('reduces tags to their lower-case primary subtag', () => {
    expect(primaryLanguage('fr-FR')).toBe('fr');
    expect(primaryLanguage('fr_FR')).toBe('fr');
    expect(primaryLanguage(' EN ')).toBe('en');
    expect(primaryLanguage('zh-Hant-TW')).toBe('zh');
    expect(primaryLanguage(undefined)).toBe('');
    expect(primaryLanguage(null)).toBe('');
  });

  it('rejects values that are not language tags', () => {
    expect(primaryLanguage('italiano (italian)')).toBe('');
    expect(primaryLanguage('French')).toBe('');
  });
});

function orangesumText(): string {
  return orangesum('fr-orange-globe-trotteur');
}
