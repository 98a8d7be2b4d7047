/**
 * Sentence splitting. Most sentences are taken (or lightly trimmed) from the fixture articles:
 * Orange/AFP (fr), NBC News, The Hill, Reuters, TechCrunch (en).
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle, splitSentences } from '../../lib/text/segment';
import type { Block } from '../../lib/types';

const texts = (text: string, lang: string) => splitSentences(text, lang).map((s) => s.text);

/** Every sentence's offsets point at its own text, in order, without overlap. */
function expectOffsets(text: string, lang: string) {
  const out = splitSentences(text, lang);
  let last = 0;
  for (const s of out) {
    expect(text.slice(s.start, s.end)).toBe(s.text);
    expect(s.start).toBeGreaterThanOrEqual(last);
    expect(s.text).toBe(s.text.trim());
    last = s.end;
  }
  return out;
}

describe('splitSentences — French', () => {
  it('keeps "M." and "Mme" with the name that follows', () => {
    expect(
      texts(
        "D'après M. Kimura, le nombre de thons proposés à Toyosu est inférieur à ce qu'offrait le marché de Tsukiji. Il s'agissait de la première vente à la criée de début d'année.",
        'fr',
      ),
    ).toEqual([
      "D'après M. Kimura, le nombre de thons proposés à Toyosu est inférieur à ce qu'offrait le marché de Tsukiji.",
      "Il s'agissait de la première vente à la criée de début d'année.",
    ]);
    expect(texts('Selon les premières estimations, Mme Hidalgo est largement en tête. Le scrutin a été marqué par une très forte abstention.', 'fr')).toEqual([
      'Selon les premières estimations, Mme Hidalgo est largement en tête.',
      'Le scrutin a été marqué par une très forte abstention.',
    ]);
  });

  it('keeps "M. Macron" and "Mme Dupont" inside one sentence, then splits', () => {
    expect(texts("M. Macron a reçu Mme Dupont à l'Élysée. La rencontre a duré une heure.", 'fr')).toEqual([
      "M. Macron a reçu Mme Dupont à l'Élysée.",
      'La rencontre a duré une heure.',
    ]);
  });

  it('does not end a sentence after "Dr." or "cf." or "av. J.-C."', () => {
    expect(texts('La directrice, Dr. Amina Benali, prévoit un cycle de lectures. Le premier rendez-vous est fixé au 6 avril.', 'fr')).toHaveLength(2);
    expect(texts("L'entreprise (cf. annexe) a fermé. Les salariés protestent.", 'fr')).toEqual([
      "L'entreprise (cf. annexe) a fermé.",
      'Les salariés protestent.',
    ]);
    expect(texts('Il serait né en 1950 av. J.-C. selon la légende. Les historiens en doutent.', 'fr')).toEqual([
      'Il serait né en 1950 av. J.-C. selon la légende.',
      'Les historiens en doutent.',
    ]);
  });

  it('keeps "etc." in the middle of a sentence', () => {
    expect(texts('Il y a des livres, des films, des jeux, etc. dans la nouvelle médiathèque. Elle ouvre samedi.', 'fr')).toEqual([
      'Il y a des livres, des films, des jeux, etc. dans la nouvelle médiathèque.',
      'Elle ouvre samedi.',
    ]);
  });

  it('does not cut decimal numbers or thousands separators', () => {
    expect(texts("La somme équivaut à près de 10.000 euros le kilogramme. C'est un record absolu.", 'fr')).toEqual([
      'La somme équivaut à près de 10.000 euros le kilogramme.',
      "C'est un record absolu.",
    ]);
    expect(texts("Le chantier a coûté 3,5 millions d'euros. Un tiers est financé par la région.", 'fr')).toHaveLength(2);
    expect(texts('Mme Hidalgo obtient entre 49,3% et 50,2% des voix. Rachida Dati suit.', 'fr')).toHaveLength(2);
  });

  it('splits on question and exclamation marks, with the French narrow no-break space', () => {
    expect(texts('Quel sera l’avenir de la réforme\u202f? Nul ne le sait\u202f! Le débat continue.', 'fr')).toEqual([
      'Quel sera l’avenir de la réforme\u202f?',
      'Nul ne le sait\u202f!',
      'Le débat continue.',
    ]);
    expect(texts("Coronavirus : que fait la France pour limiter l'épidémie ? Le gouvernement a réagi dimanche.", 'fr')).toHaveLength(2);
  });

  it('ends a sentence at "..." before a capital but not at "..." before a lower-case word', () => {
    expect(texts("Responsabilités, nombreuses attributions, journées à rallonge... Le travail de maire n'est pas toujours évident.", 'fr')).toEqual([
      'Responsabilités, nombreuses attributions, journées à rallonge...',
      "Le travail de maire n'est pas toujours évident.",
    ]);
    expect(texts('Le vol a été rapide et... facile. Samedi après-midi, une statue a été dérobée.', 'fr')).toEqual([
      'Le vol a été rapide et... facile.',
      'Samedi après-midi, une statue a été dérobée.',
    ]);
  });

  it('keeps quotations with their attribution', () => {
    expect(texts('"Ils ne m\'ont pas accepté parce que j\'étais Asiatique", souligne-t-il. La Guinée a fermé ses frontières.', 'fr')).toEqual([
      '"Ils ne m\'ont pas accepté parce que j\'étais Asiatique", souligne-t-il.',
      'La Guinée a fermé ses frontières.',
    ]);
    expect(texts('« Ce truc est devenu quelque chose de vraiment grave », raconte-t-il. Il attend à Conakry.', 'fr')).toEqual([
      '« Ce truc est devenu quelque chose de vraiment grave », raconte-t-il.',
      'Il attend à Conakry.',
    ]);
  });

  it('ends a sentence after a French closing guillemet « … . » before a capital', () => {
    expect(texts('« Après ? On verra. » Il sourit.', 'fr')).toEqual(['« Après ?', 'On verra. »', 'Il sourit.']);
  });

  it('ends a sentence after "etc." followed by a capitalised sentence', () => {
    expect(texts('Il a tout vendu : meubles, livres, etc. Puis il est parti.', 'fr')).toHaveLength(2);
  });

  it('ends a sentence at the ellipsis character "…" before a capital', () => {
    expect(texts('Il hésita… Puis il partit sans un mot.', 'fr')).toEqual(['Il hésita…', 'Puis il partit sans un mot.']);
  });
});

describe('splitSentences — English', () => {
  it('keeps "U.S. Rep.", initials and "Jr." inside the sentence (NBC News)', () => {
    expect(
      texts(
        'A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, D-Minn., in March, prosecutors said. Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty.',
        'en',
      ),
    ).toEqual([
      'A New York man pleaded guilty Monday to threatening to kill U.S. Rep. Ilhan Omar, D-Minn., in March, prosecutors said.',
      'Patrick W. Carlineo Jr., 55, of Addison, a village southwest of Ithaca, pleaded guilty.',
    ]);
  });

  it('keeps "U.S. officials" and "Dr. Smith" with what follows', () => {
    expect(texts('U.S. officials said the talks would resume next week. Dr. Smith disagreed with them.', 'en')).toEqual([
      'U.S. officials said the talks would resume next week.',
      'Dr. Smith disagreed with them.',
    ]);
  });

  it('keeps the initials of "J. K. Rowling" together', () => {
    expect(texts('The author J. K. Rowling lives in Edinburgh. She still writes every day.', 'en')).toEqual([
      'The author J. K. Rowling lives in Edinburgh.',
      'She still writes every day.',
    ]);
  });

  it('keeps "Feb. 14", "Sept. 30", "Mr.", "Sen." and "Gov." inside sentences', () => {
    expect(texts('Carlineo faces a maximum of 10 years in prison. Sentencing is scheduled for Feb. 14. He was arrested in April.', 'en')).toEqual([
      'Carlineo faces a maximum of 10 years in prison.',
      'Sentencing is scheduled for Feb. 14.',
      'He was arrested in April.',
    ]);
    expect(texts("WeWork's parent company announced on Sept. 30 that it was withdrawing its filing. Neumann stepped down.", 'en')).toHaveLength(2);
    expect(texts('Mr. Trump tweeted before Election Day. Sen. Elizabeth Warren and Gov. Kristi Noem spoke later.', 'en')).toEqual([
      'Mr. Trump tweeted before Election Day.',
      'Sen. Elizabeth Warren and Gov. Kristi Noem spoke later.',
    ]);
  });

  it('keeps "etc." in the middle of a sentence', () => {
    expect(texts('He bought apples, pears, etc. at the market on Sunday. Then he went home.', 'en')).toEqual([
      'He bought apples, pears, etc. at the market on Sunday.',
      'Then he went home.',
    ]);
  });

  it('does not cut numbers like 3.5, 3.38% or $1,472.19 (Reuters)', () => {
    expect(
      texts('U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent was last at $60.73. Spot gold XAU= added 0.1% to $1,472.19 an ounce.', 'en'),
    ).toEqual(['U.S. crude CLc1 fell 3.38% to $55.12 per barrel and Brent was last at $60.73.', 'Spot gold XAU= added 0.1% to $1,472.19 an ounce.']);
    expect(texts('Oil fell 3.5 percent on Tuesday. Stocks rose.', 'en')).toEqual(['Oil fell 3.5 percent on Tuesday.', 'Stocks rose.']);
    expect(texts('Carlineo possessed a loaded .45-caliber handgun at his home. He was convicted earlier.', 'en')).toHaveLength(2);
  });

  it('splits on question marks and keeps quoted sentences whole', () => {
    expect(texts('Is Football Violence a Crime? Prosecutors say yes. Really?!', 'en')).toEqual([
      'Is Football Violence a Crime?',
      'Prosecutors say yes.',
      'Really?!',
    ]);
    expect(texts('“You gotta give me a big win please,” he said later. “Please.”', 'en')).toEqual([
      '“You gotta give me a big win please,” he said later.',
      '“Please.”',
    ]);
  });

  it('handles "..." ellipses', () => {
    expect(texts('He waited... and waited. Nothing happened.', 'en')).toEqual(['He waited... and waited.', 'Nothing happened.']);
  });

  it('keeps "a.m./p.m." inside a sentence', () => {
    expect(texts('The meeting is at 3 p.m. on Tuesday. Bring snacks.', 'en')).toEqual(['The meeting is at 3 p.m. on Tuesday.', 'Bring snacks.']);
  });

  it('ends a sentence at "the U.S." when a new sentence follows', () => {
    expect(texts('The company is based in the U.S. It employs 500 people.', 'en')).toEqual(['The company is based in the U.S.', 'It employs 500 people.']);
  });
});

describe('splitSentences — offsets', () => {
  it('start/end point at the sentence text inside the block (real paragraph)', () => {
    const text =
      'Oil fell after sources told Reuters that Russia is unlikely to agree to cut its oil output further. U.S. President Donald Trump said he would raise tariffs on Chinese imports if no deal is reached. “Moreover, Russia also failed to fulfill its agreed cuts,” Commerzbank analyst Carsten Fritsch said.';
    const out = expectOffsets(text, 'en');
    expect(out).toHaveLength(3);
    expect(out[0].start).toBe(0);
    expect(out[2].end).toBe(text.length);
  });

  it('skips leading, trailing and repeated whitespace without moving offsets', () => {
    const text = '  Première phrase.   Deuxième  phrase.  ';
    const out = expectOffsets(text, 'fr');
    expect(out.map((s) => s.text)).toEqual(['Première phrase.', 'Deuxième  phrase.']);
    expect(out[0].start).toBe(2);
  });

  it('holds for French, CJK and unsupported languages too', () => {
    expectOffsets("Anne Hidalgo s'offre un nouveau mandat. Mme Hidalgo est largement en tête ! Et après ?", 'fr');
    expectOffsets('战争和建设工程耗尽了这个蒙古帝国的财力。财政问题导致了错误的军事远征。', 'zh');
    expectOffsets('Служба статистики опубликовала новые данные. По этим данным, число пассажиров растёт.', 'ru');
  });

  it('returns nothing for empty or blank text, and the whole text when there is no terminator', () => {
    expect(splitSentences('', 'fr')).toEqual([]);
    expect(splitSentences('   \n ', 'en')).toEqual([]);
    expect(splitSentences('Deux ans de prison ferme', 'fr')).toEqual([{ text: 'Deux ans de prison ferme', start: 0, end: 24 }]);
  });
});

describe('splitSentences — CJK and other scripts', () => {
  it('splits Chinese on 。！？ (XQuAD)', () => {
    expect(
      texts('财政问题导致了错误的军事远征。在罗洛 大军到来之前，它的人口与皮卡第 (Picardy) 或法兰西岛 (Île-de-France) 没有差别，都被视为“法兰克人”。', 'zh'),
    ).toEqual(['财政问题导致了错误的军事远征。', '在罗洛 大军到来之前，它的人口与皮卡第 (Picardy) 或法兰西岛 (Île-de-France) 没有差别，都被视为“法兰克人”。']);
    expect(texts('他说：“我们明天见。”然后离开了。', 'zh')).toEqual(['他说：“我们明天见。”', '然后离开了。']);
  });

  it('splits Japanese on 。！？', () => {
    expect(texts('東京で新しい市場が開かれた。マグロが高値で売れた！本当か？', 'ja')).toEqual([
      '東京で新しい市場が開かれた。',
      'マグロが高値で売れた！',
      '本当か？',
    ]);
  });

  it('keeps Russian decimals and initials', () => {
    expect(texts('Около 23,9% пассажиров ездили без билета. Т. е. проблема растёт.', 'ru')).toEqual([
      'Около 23,9% пассажиров ездили без билета.',
      'Т. е. проблема растёт.',
    ]);
  });

  it('keeps "Prof." in Portuguese', () => {
    expect(texts('Prof. Carlos: Estou aqui ao lado do Eugênio Tadeu. Eugênio: Por sua causa, Carlos.', 'pt')).toEqual([
      'Prof. Carlos: Estou aqui ao lado do Eugênio Tadeu.',
      'Eugênio: Por sua causa, Carlos.',
    ]);
  });

  it('keeps a Chinese opening quotation mark with its own sentence', () => {
    expect(texts('比赛在雨中结束。“明年我们还会再来。”一位球迷笑着说。', 'zh')).toEqual(['比赛在雨中结束。', '“明年我们还会再来。”', '一位球迷笑着说。']);
  });

  it('keeps German "z. B." and ordinal dates "3. Oktober" inside the sentence', () => {
    expect(texts('Die Zahl sei z. B. höher als erwartet. Am 3. Oktober feiert man.', 'de')).toEqual([
      'Die Zahl sei z. B. höher als erwartet.',
      'Am 3. Oktober feiert man.',
    ]);
  });
});

describe('segmentArticle', () => {
  const blocks: Block[] = [
    { kind: 'heading', level: 2, text: 'Un bâtiment repensé. Vraiment.' },
    { kind: 'paragraph', text: 'M. Leroy rappelle que le bâtiment datait de 1974. Il ne respectait plus les normes.' },
    { kind: 'list-item', text: 'une salle de lecture de 600 mètres carrés ;' },
    { kind: 'heading', level: 3, text: 'Des horaires élargis' },
    { kind: 'quote', text: "Nous voulions un lieu où l'on vient sans raison particulière." },
  ];
  const sentences = segmentArticle(blocks, 'fr');

  it('numbers sentences in reading order and skips headings', () => {
    expect(sentences.map((s) => s.index)).toEqual([0, 1, 2, 3]);
    expect(sentences.map((s) => s.block)).toEqual([1, 1, 2, 4]);
    expect(sentences.some((s) => s.text.includes('repensé'))).toBe(false);
  });

  it('gives offsets inside the block text', () => {
    for (const s of sentences) expect(blocks[s.block].text.slice(s.start, s.end)).toBe(s.text);
    expect(sentences[1]).toMatchObject({ text: 'Il ne respectait plus les normes.', block: 1 });
  });

  it('returns no sentences for an article made only of headings', () => {
    expect(segmentArticle([{ kind: 'heading', level: 2, text: 'Titre seul.' }], 'fr')).toEqual([]);
  });
});
