/**
 * Language detection on real text (read in place from ../shared/data) and the choice between
 * what a page declares and what its text is written in.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { chooseLanguage } from '../../lib/extract/extract';
import { readMetadata } from '../../lib/extract/metadata';
import { detectLanguage } from '../../lib/text/detect-language';
import { primaryLanguage, supportedLanguages } from '../../lib/text/lang';
import { linkedomDocument } from '../helpers/dom';
import { loadFixture, sharedDataDir } from '../helpers/fixtures';

const data = (...p: string[]) => join(sharedDataDir(), ...p);
const orangesum = (id: string) => {
  const p = JSON.parse(readFileSync(data('summaries', 'orangesum', 'parsed', `${id}.json`), 'utf8'));
  return `${p.heading} ${p.article}`;
};
const daniel = (id: string) => readFileSync(data('extraction', 'daniel', 'reference', `${id}.txt`), 'utf8').replace(/<\/?p>/g, '\n');
let groundTruth: Record<string, { articleBody: string; url: string }> | undefined;
const scrapinghub = (prefix: string) => {
  groundTruth ??= JSON.parse(readFileSync(data('extraction', 'scrapinghub', 'ground-truth.json'), 'utf8'));
  const id = Object.keys(groundTruth!).find((k) => k.startsWith(prefix));
  if (!id) throw new Error(`no scrapinghub page ${prefix}`);
  return groundTruth![id].articleBody;
};
const danielLanguages = (): Record<string, string> => JSON.parse(readFileSync(data('extraction', 'daniel', 'languages.json'), 'utf8'));

describe('detectLanguage on real articles', () => {
  it('French (OrangeSum)', () => {
    for (const id of ['10010', '10141', '10319', '10617', '1019']) expect(detectLanguage(orangesum(id)), id).toBe('fr');
  });

  it('English (NBC News, Reuters, TechCrunch, DAnIEL Guardian)', () => {
    for (const p of ['7a457a4f', '57d46c9d', '1ace8c85']) expect(detectLanguage(scrapinghub(p)), p).toBe('en');
    expect(detectLanguage(daniel('20111215_www.guardian.co.uk_51844ecc39330dff62a070e5c2b90bad74c03e084f1f2456f297d216'))).toBe('en');
  });

  it('German, Italian and Portuguese (Scrapinghub)', () => {
    expect(detectLanguage(scrapinghub('57b4dafd'))).toBe('de');
    expect(detectLanguage(scrapinghub('20b2b649'))).toBe('it');
    expect(detectLanguage(scrapinghub('23aaecd1'))).toBe('pt');
  });

  it('Russian, Chinese and Greek by script (DAnIEL)', () => {
    expect(detectLanguage(daniel('20111128_www.gazeta.ru_6c0acb5d065e76f57a212807e5dc2c1c9fa84ced5d212e2826b68bba'))).toBe('ru');
    expect(detectLanguage(daniel('20111209_finance.ce.cn_3d5502a97074009069edc19ec55e81c69c63cd2f8d07142b7229888f'))).toBe('zh');
    expect(detectLanguage(daniel('20111101_www.express.gr_6648058818bdb924afb68d540f362451eec0e42a8d47455b17b6ca3e'))).toBe('el');
  });

  it('is right on every English, Russian, Chinese, Greek and Polish DAnIEL reference', () => {
    const want: Record<string, string> = { English: 'en', Russian: 'ru', Chinese: 'zh', Greek: 'el', Polish: 'pl' };
    const wrong: string[] = [];
    let polish = 0;
    for (const [id, language] of Object.entries(danielLanguages())) {
      const text = daniel(id);
      if (text.trimStart().startsWith('<!DOCTYPE') || text.includes('<html')) continue; // one reference file holds raw HTML
      const got = detectLanguage(text);
      if (language === 'Polish') polish++;
      if (got !== want[language]) wrong.push(`${id}: ${language} detected as ${got}`);
    }
    expect(polish).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('is French on 300 OrangeSum articles out of 300', () => {
    const ids = readdirSync(data('summaries', 'orangesum', 'parsed')).slice(0, 300);
    const misses = ids.filter((f) => detectLanguage(orangesum(f.replace('.json', ''))) !== 'fr');
    expect(misses).toEqual([]);
  });
});

describe('detectLanguage on short and odd input', () => {
  it('recognises a couple of real sentences', () => {
    expect(detectLanguage("La Guinée a fermé ses frontières après l'officialisation du premier cas de contamination la deuxième semaine de mars.")).toBe('fr');
    expect(detectLanguage('The staff member who reported the call recalled that he said he would do it, the attorney said.')).toBe('en');
    expect(detectLanguage('Die Digitalisierung zieht sich bereits heute durch fast alle Branchen und ist für die Krankenhäuser wichtig.')).toBe('de');
    expect(detectLanguage('Согласно данным ЕС, в Великобритании женщин, страдающих ожирением, больше, чем в другой стране Европы.')).toBe('ru');
    expect(detectLanguage('备受追捧，历时十多年的乙肝疫苗研制，一夜间成为一出闹剧。')).toBe('zh');
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
  const german = () => scrapinghub('57b4dafd');
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
    const russian = daniel('20111128_www.gazeta.ru_6c0acb5d065e76f57a212807e5dc2c1c9fa84ced5d212e2826b68bba');
    expect(chooseLanguage({ htmlLang: 'en' }, null, russian)).toEqual({ lang: 'ru', langSource: 'detected' });
  });

  it('keeps a declared language it has no resources for when detection is unsure (Polish)', () => {
    const id = Object.entries(danielLanguages()).find(([, l]) => l === 'Polish')![0];
    expect(chooseLanguage({ htmlLang: 'pl' }, null, daniel(id))).toEqual({ lang: 'pl', langSource: 'html-lang' });
  });

  it('keeps a declared script language when the text agrees', () => {
    const greek = daniel('20111101_www.express.gr_6648058818bdb924afb68d540f362451eec0e42a8d47455b17b6ca3e');
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
  return orangesum('10010');
}
