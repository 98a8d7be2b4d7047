/**
 * Each language the digest writes in: sentence splitting with that language's abbreviations,
 * content terms that meet across inflections (Snowball stemming), the digest's heading, and
 * language detection. Text is real wherever the fixture corpus has the language
 * (testing/pages.ts): OrangeSum (fr), the Scrapinghub benchmark (en, de, it, pt) and XQuAD
 * (zh). It has no Spanish news, Dutch or Japanese text: for those, the paragraphs below were
 * written for this test, in the style of a news agency, and are marked as such.
 */
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/text/detect-language';
import { languagePack, supportedLanguages } from '../../lib/text/lang';
import { splitSentences } from '../../lib/text/segment';
import { terms, words } from '../../lib/text/tokens';
import { article as extracted, reference } from '../../testing/pages';

/** Scrapinghub's ground truth for a fixture page, by the start of its id in the benchmark. */
const SCRAPINGHUB: Record<string, string> = { '57b4dafd': 'de-comwrap-epa', '20b2b649': 'it-remember8090-black-friday', '3252222e': 'pt-educar-loja' };
const scrapinghub = (prefix: string): string => reference(SCRAPINGHUB[prefix]).text;
/** OrangeSum 12648 (parsed: the abstract as heading, the article). */
const orangesum = (id: string): { heading: string; article: string } => {
  const r = reference({ '12648': 'fr-orange-japon-urgence' }[id]!);
  return { heading: r.heading!, article: r.text };
};
/** English news (Scrapinghub): NBC News and Newsweek. */
const english = (slug: 'en-nbc-omar' | 'en-newsweek-cannabis'): string => reference(slug).text;

/** The text from the first `from` to the end of the first `to` after it. */
function excerpt(text: string, from: string, to: string): string {
  const start = text.indexOf(from);
  expect(start, `"${from}" in the data`).toBeGreaterThanOrEqual(0);
  const end = text.indexOf(to, start);
  expect(end, `"${to}" in the data`).toBeGreaterThan(start);
  return text.slice(start, end + to.length);
}

const sentences = (text: string, lang: string) => splitSentences(text, lang).map((s) => s.text);

/** Both words give one and the same term. */
function expectMeet(lang: string, a: string, b: string) {
  const [ta, tb] = [terms(a, lang), terms(b, lang)];
  expect(ta, `${a} -> ${ta}`).toHaveLength(1);
  expect(ta, `${a} -> ${ta}, ${b} -> ${tb}`).toEqual(tb);
}

describe('English', () => {
  const article = english('en-nbc-omar');

  it('splits real sentences, keeping "Dr.", "U.S.", "Rep." and "Jr." inside them', () => {
    const got = sentences(excerpt(english('en-newsweek-cannabis'), 'Senior author Dr.', 'prevention and treatment.'), 'en');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^Senior author Dr\. Silvia S\. Martins, .* social consequences\.$/);
    expect(got[1]).toMatch(/^"Given our findings/);

    const us = sentences(excerpt(article, 'A New York man pleaded', 'said in a statement.'), 'en');
    expect(us).toHaveLength(2);
    expect(us[0]).toMatch(/^A New York man .* U\.S\. Rep\. Ilhan Omar, .* prosecutors said\.$/);
    expect(us[1]).toMatch(/^Patrick W\. Carlineo Jr\., 55, of Addison/);
  });

  it('gives terms without stopwords, possessives or news verbs; inflections meet', () => {
    expect(terms("The office's executive director said it should have been closed", 'en')).toEqual(['office', 'executi', 'directo', 'closed']);
    expectMeet('en', 'governments', 'government');
  });

  it('has its heading and detects a real article', () => {
    expect(languagePack('en').heading).toBe('In brief');
    expect(detectLanguage(article)).toBe('en');
  });
});

describe('French', () => {
  const { article } = orangesum('12648');

  it('splits real sentences, keeping "M." with the name', () => {
    const got = sentences(excerpt(article, 'M. Abe avait introduit', 'prendre fin mercredi.'), 'fr');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^M\. Abe avait introduit l'état d'urgence .* l'archipel nippon\.$/);
    expect(got[1]).toBe('Il devait prendre fin mercredi.');
  });

  it('stems: "réalisateurs" and "réalisateur" meet, and so do "villes" and "ville"', () => {
    expectMeet('fr', 'réalisateurs', 'réalisateur');
    expectMeet('fr', 'villes', 'ville');
    expectMeet('fr', "l'élection", 'élections');
    expect(terms("L'état d'urgence avait été introduit à Tokyo", 'fr')).toEqual(['état', 'urgenc', 'introduit', 'tokyo']);
  });

  it('has its heading and detects a real article', () => {
    expect(languagePack('fr').heading).toBe('EN BREF');
    const p = orangesum('12648');
    expect(detectLanguage(`${p.heading} ${p.article}`)).toBe('fr');
  });
});

describe('German', () => {
  const text = scrapinghub('57b4dafd'); // blog.comwrap.com, on the electronic patient record

  it('splits real sentences, keeping "Mio.", "ca.", "bzw." and "z.B." inside them', () => {
    const got = sentences(excerpt(text, 'Vivy soll als', 'Versicherten zur Verfügung.'), 'de');
    expect(got[0]).toMatch(/^Vivy soll .* für 25 Mio\. Versicherte kostenfrei .* werden\.$/);
    expect(got.at(-1)).toMatch(/^TK-Safe steht bundesweit ca\. 10 Mio\. Versicherten zur Verfügung\.$/);
    for (const s of sentences(text, 'de')) expect(s, 'no sentence ends on an abbreviation').not.toMatch(/(?:bzw|z\.B|Mio|ca|sog|Nr)\.$/);
    expect(sentences(excerpt(text, 'Die PEPA ist wie', 'Primärsysteme gepflegt.'), 'de')).toHaveLength(1);
  });

  it('splits "z. B.", "Dr.", "Nr." and "usw." as a German news text writes them (sentences written for this test)', () => {
    expect(
      sentences(
        'Die Regierung will z. B. die Krankenhäuser entlasten. Dr. Müller von der Kammer nannte den Plan (Drucksache Nr. 4) gut. Es fehlen Ärzte, Pflegekräfte usw. Die Lage bleibt angespannt.',
        'de',
      ),
    ).toEqual([
      'Die Regierung will z. B. die Krankenhäuser entlasten.',
      'Dr. Müller von der Kammer nannte den Plan (Drucksache Nr. 4) gut.',
      'Es fehlen Ärzte, Pflegekräfte usw.',
      'Die Lage bleibt angespannt.',
    ]);
    // "Mio." ends a sentence before a function word, not before what it counts.
    expect(sentences('Der Schaden beträgt 25 Mio. Die Polizei ermittelt. Das kostet 3 Mio. Euro.', 'de')).toEqual([
      'Der Schaden beträgt 25 Mio.',
      'Die Polizei ermittelt.',
      'Das kostet 3 Mio. Euro.',
    ]);
  });

  it('stems: "Regierungen" and "Regierung" meet, and so do the real text\'s "Patientenakten" and "Patientenakte"', () => {
    expectMeet('de', 'Regierungen', 'Regierung');
    expect(text).toContain('Patientenakten');
    expectMeet('de', 'Patientenakten', 'Patientenakte');
    expectMeet('de', 'Krankenhäuser', 'Krankenhaus');
    expectMeet('de', 'Ärzte', 'Arzt');
  });

  it('has its heading and detects the real text', () => {
    expect(languagePack('de').heading).toBe('Kurz gesagt');
    expect(detectLanguage(text)).toBe('de');
  });
});

describe('Spanish (no Spanish text in the data: written for this test)', () => {
  const text =
    'El Gobierno aprobó este martes el proyecto de presupuestos, que prevé un aumento del gasto en sanidad y educación. Según el ministro de Hacienda, las nuevas cuentas permitirán reducir el déficit hasta el 3 % del PIB. El Sr. García, portavoz de la oposición, dijo que su grupo votará en contra. La Sra. López, que viajó a EE. UU. con el Dr. Pérez, no quiso hacer declaraciones. El texto llegará al Congreso la próxima semana.';

  it('splits, keeping "Sr.", "Sra.", "Dr." and "EE. UU." inside sentences', () => {
    const got = sentences(text, 'es');
    expect(got).toHaveLength(5);
    expect(got[3]).toBe('La Sra. López, que viajó a EE. UU. con el Dr. Pérez, no quiso hacer declaraciones.');
    // "EE. UU." can end a sentence too.
    expect(sentences('La delegación regresó ayer de EE. UU. El viaje duró una semana.', 'es')).toEqual([
      'La delegación regresó ayer de EE. UU.',
      'El viaje duró una semana.',
    ]);
    // "mar" is the sea, not an abbreviated month.
    expect(sentences('El barco se hundió en el mar. Los rescatistas llegaron una hora después.', 'es')).toHaveLength(2);
  });

  it('stems: "presupuestos" and "presupuesto" meet, and so do "elecciones" and "elección"', () => {
    expectMeet('es', 'presupuestos', 'presupuesto');
    expectMeet('es', 'elecciones', 'elección');
    expect(terms('Según el ministro, las nuevas cuentas', 'es')).toEqual(['ministr', 'cuent']);
  });

  it('has its heading and is detected', () => {
    expect(languagePack('es').heading).toBe('En breve');
    expect(detectLanguage(text)).toBe('es');
  });
});

describe('Italian', () => {
  const text = scrapinghub('20b2b649'); // remember8090.it, Black Friday

  it('splits real sentences', () => {
    const got = sentences(excerpt(text, 'Il black Friday incombe', 'spese natalizie.'), 'it');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^Il black Friday incombe .* lo shopping di Natale\.$/);
    expect(got[1]).toMatch(/^Si tratta di una tradizione/);
  });

  it('keeps "Sig.", "dott." and "prof." inside sentences (written for this test: the data has none)', () => {
    expect(sentences('Il Sig. Rossi e il dott. Bianchi hanno incontrato il prof. Verdi in prefettura. La riunione è durata due ore.', 'it')).toEqual([
      'Il Sig. Rossi e il dott. Bianchi hanno incontrato il prof. Verdi in prefettura.',
      'La riunione è durata due ore.',
    ]);
  });

  it('stems: the real text\'s "negozi" and "negozianti" meet; elisions are stripped', () => {
    expect(text).toContain('i negozi offrono');
    expect(text).toContain('i negozianti americani');
    expectMeet('it', 'negozi', 'negozianti');
    expectMeet('it', 'l’ennesima', 'ennesime');
    expectMeet('it', "dell'Italia", 'Italia');
  });

  it('has its heading and detects the real text', () => {
    expect(languagePack('it').heading).toBe('In breve');
    expect(detectLanguage(text)).toBe('it');
  });
});

describe('Portuguese', () => {
  const text = scrapinghub('3252222e'); // comoeducarseusfilhos.com.br

  it('splits real sentences, keeping "prof." with the name', () => {
    const got = sentences(excerpt(text, 'O prof. Carlos Nadalim', 'assim no Brasil?'), 'pt');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^O prof\. Carlos Nadalim apresenta, .* para crianças\.$/);
    expect(got[1]).toBe('Por que não temos uma assim no Brasil?');
    expect(sentences('O Sr. Silva e o Dr. Souza chegaram ontem a Brasília. A reunião durou duas horas.', 'pt')).toHaveLength(2);
  });

  it('stems: the real text\'s "crianças" and "criança" meet, and so do "eleições" and "eleição"', () => {
    expect(text).toContain('uma criança de 6 anos');
    expectMeet('pt', 'crianças', 'criança');
    expectMeet('pt', 'eleições', 'eleição');
    expectMeet('pt', 'milhões', 'milhão');
  });

  it('has its heading and detects the real text', () => {
    expect(languagePack('pt').heading).toBe('Em resumo');
    expect(detectLanguage(text)).toBe('pt');
  });
});

describe('Dutch (no Dutch text in the data: written for this test)', () => {
  const text =
    'Het kabinet heeft dinsdag de begroting voor volgend jaar gepresenteerd. Volgens dhr. Jansen van de oppositie moeten o.a. scholen en ziekenhuizen meer geld krijgen. Mevr. De Vries, die de plannen namens de regering verdedigde, wees bijv. op de hogere zorgkosten. De Tweede Kamer debatteert volgende week over de begroting. Na de verkiezingen in maart moet een nieuwe regering de plannen uitvoeren.';

  it('is a supported language with its own pack', () => {
    expect(supportedLanguages()).toContain('nl');
    const pack = languagePack('nl-NL');
    expect(pack.code).toBe('nl');
    expect(pack.heading).toBe('In het kort');
    expect(pack.stopwords.has('het')).toBe(true);
    expect(pack.stopwords.has('zei')).toBe(true);
    for (const q of Object.values(pack.faq!).filter((v) => typeof v === 'string')) expect(q).toMatch(/^\p{Lu}.*\?$/u);
    expect(pack.faq!.aboutHeading('De nieuwe begroting')).toBe('Wat zegt het artikel over ‘De nieuwe begroting’?');
    expect(pack.faq!.interrogatives).toEqual(expect.arrayContaining(['waarom', 'hoe', 'wat', 'wie', 'wanneer', 'waar']));
  });

  it('splits, keeping "dhr.", "mevr.", "o.a." and "bijv." inside sentences', () => {
    const got = sentences(text, 'nl');
    expect(got).toHaveLength(5);
    expect(got[1]).toBe('Volgens dhr. Jansen van de oppositie moeten o.a. scholen en ziekenhuizen meer geld krijgen.');
    expect(got[2]).toBe('Mevr. De Vries, die de plannen namens de regering verdedigde, wees bijv. op de hogere zorgkosten.');
    // "a.s." (aanstaande) and "e.d." (en dergelijke) may end a sentence.
    expect(sentences('De stemming is dinsdag a.s. De uitslag volgt later. Er waren boeken, kranten e.d. Daarna ging de zaal dicht.', 'nl')).toEqual([
      'De stemming is dinsdag a.s.',
      'De uitslag volgt later.',
      'Er waren boeken, kranten e.d.',
      'Daarna ging de zaal dicht.',
    ]);
  });

  it('stems: "verkiezingen" and "verkiezing" meet, and so do "regeringen" and "regering"', () => {
    expectMeet('nl', 'verkiezingen', 'verkiezing');
    expectMeet('nl', 'regeringen', 'regering');
    expect(terms('Het kabinet heeft de begroting gepresenteerd', 'nl')).toEqual(['kabinet', 'begrot', 'gepresenteerd']);
  });

  it('is detected, and German, English and French texts are not taken for Dutch', () => {
    expect(detectLanguage(text)).toBe('nl');
    expect(detectLanguage(scrapinghub('57b4dafd'))).toBe('de');
    expect(detectLanguage(english('en-newsweek-cannabis'))).toBe('en');
    const p = orangesum('12648');
    expect(detectLanguage(p.article)).toBe('fr');
  });
});

describe('Chinese', () => {
  // XQuAD's "Amazon_rainforest" in Chinese, in a page of ours (tests/fixtures/zh-xquad-amazon-gb2312).
  const text = extracted('zh-xquad-amazon-gb2312').text;

  it('splits real sentences at "。"', () => {
    const got = sentences(excerpt(text, '在1991到2000年之间', '都被用作了牲畜牧场。'), 'zh');
    expect(got).toHaveLength(2);
    expect(got[0]).toMatch(/^在1991到2000年之间，.*（160,000 上升到 227,000 平方英里），其中大部分成为了 牲畜的牧场。$/);
    expect(got[1]).toBe('百分之七十的以前亚马逊的森林区域，以及从1970年以来 91% 被砍伐的土地，都被用作了牲畜牧场。');
  });

  it('segments words with Intl.Segmenter, not character by character', () => {
    const ws = words('2010年，亚马逊雨林经历了另一场严重的干旱，在某些方面比2005年的干旱更为极端。', 'zh');
    expect(ws).toEqual(expect.arrayContaining(['亚马逊', '雨林', '经历', '干旱', '极端']));
    expect(ws).not.toContain('，');
    expect(terms('亚马逊雨林经历了严重的干旱', 'zh')).toContain('干旱');
  });

  it('has its heading and detects the real text', () => {
    expect(languagePack('zh').heading).toBe('简讯');
    expect(detectLanguage(text)).toBe('zh');
  });
});

describe('Japanese (no Japanese text in the data: written for this test)', () => {
  const text = '東京都は２０日、新型コロナウイルスの感染者が新たに３５０人確認されたと発表した。前の週の同じ曜日より５０人少なく、減少傾向が続いている。';

  it('splits at "。"', () => {
    expect(sentences(text, 'ja')).toEqual([
      '東京都は２０日、新型コロナウイルスの感染者が新たに３５０人確認されたと発表した。',
      '前の週の同じ曜日より５０人少なく、減少傾向が続いている。',
    ]);
  });

  it('segments words with Intl.Segmenter, kanji compounds and katakana words whole', () => {
    const ws = words(text, 'ja');
    expect(ws).toEqual(expect.arrayContaining(['東京', '新型', 'コロナ', 'ウイルス', '感染', '確認', '発表', '減少', '傾向']));
    expect(ws).not.toContain('、');
    expect(terms(text, 'ja')).toEqual(expect.arrayContaining(['感染', '発表']));
  });

  it('has its heading and is detected', () => {
    expect(languagePack('ja').heading).toBe('要点');
    expect(detectLanguage(text)).toBe('ja');
  });
});

describe('abbreviation lists', () => {
  it('cover the common news abbreviations of each language', () => {
    const want: Record<string, string[]> = {
      en: ['mr', 'mrs', 'dr', 'u.s', 'gov'],
      fr: ['m', 'mme', 'dr', 'cf', 'etc'],
      de: ['nr', 'z', 'z.b', 'bzw', 'dr', 'usw', 'sog', 'ca', 'mio', 'd.h', 'u.a', 'vgl'],
      es: ['sr', 'sra', 'srta', 'dr', 'dra', 'ee', 'uu', 'ee.uu', 'etc', 'núm'],
      it: ['sig', 'dott', 'prof', 'ing', 'avv', 'ecc'],
      pt: ['sr', 'sra', 'dr', 'dra', 'prof', 'etc'],
      nl: ['dhr', 'mevr', 'bijv', 'o.a', 'd.w.z', 'enz', 'dr', 'prof'],
    };
    for (const [lang, abbreviations] of Object.entries(want)) {
      const pack = languagePack(lang);
      for (const a of abbreviations) expect(pack.abbreviations.has(a), `${lang}: ${a}.`).toBe(true);
    }
  });
});
