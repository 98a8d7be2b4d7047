/**
 * Questions written from the sentence that answers them (lib/text/lang/write): why, how many,
 * what X decided, what next, who is X, what is X, what X says, in every language the packs
 * name. Sentences come from the fixture corpus (OrangeSum, Scrapinghub and XQuAD pages, through
 * testing/pages.ts) or were written for a rule the licensed data lacks; each case says which.
 */
import { describe, expect, it } from 'vitest';
import { segmentArticle } from '../../lib/text/segment';
import { questionWriter, type WriteContext } from '../../lib/text/lang/write';
import { baseForm } from '../../lib/text/lang/write/en-verbs';
import { analyseQuestion } from '../../lib/qa';
import type { Article } from '../../lib/types';
import { article } from '../../testing/pages';

/** OrangeSum validation pages, by their id in the corpus (tests/fixtures/NOTICE.md). */
const ORANGESUM: Record<string, string> = {
  '13089': 'fr-orange-prince-albert',
  '14087': 'fr-orange-cellule-soutien',
  '18800': 'fr-orange-grand-debat',
  '21322': 'fr-orange-haute-corse',
  '25484': 'fr-orange-marseille-lacrymogene',
  '31694': 'fr-orange-grippe-vaccination',
  '35645': 'fr-orange-mali-putsch',
  '36385': 'fr-orange-camion-maison',
};
const orangeSum = (id: string): Article => article(ORANGESUM[id]);
/** The article's sentence that contains `piece`. */
function sentence(article: Article, piece: string): string {
  const found = segmentArticle(article.blocks, article.lang).find((s) => s.text.includes(piece));
  if (!found) throw new Error(`no sentence with "${piece}" in ${article.url}`);
  return found.text;
}
const NNBSP = '\u202f';
/** Where a word is in a sentence, as the FAQ passes a cause or a number to the writer. */
const at = (text: string, piece: string) => {
  const start = text.indexOf(piece);
  if (start < 0) throw new Error(`no "${piece}" in ${text}`);
  return { start, end: start + piece.length };
};
const ctx = (names: string[] = [], genders: Record<string, 'm' | 'f'> = {}): WriteContext => ({
  isName: (w) => names.includes(w),
  genderOf: (n) => genders[n],
});
const w = (lang: string) => questionWriter(lang)!;

describe('why: "Pourquoi X a-t-il … ?", "Why did X …?", "¿Por qué …?", "Warum hat …?"', () => {
  it('French: inversion after a noun subject, the pronoun agreeing with it; "est-ce que" otherwise', () => {
    const fr = w('fr');
    const s = sentence(orangeSum('18800'), 'Un numéro vert sera par ailleurs créé');
    expect(fr.why(s, undefined, ctx())).toBe(`Pourquoi un numéro vert sera-t-il par ailleurs créé${NNBSP}?`);
    const mutins = sentence(orangeSum('35645'), 'les mutins ont été acclamés');
    expect(fr.why(mutins, undefined, ctx())).toBe(`Pourquoi les mutins ont-ils été acclamés par des manifestants rassemblés${NNBSP}?`);
    expect(fr.why(sentence(orangeSum('36385'), 'Une enquête est en cours pour tenter'), undefined, ctx())).toBe(
      `Pourquoi une enquête est-elle en cours${NNBSP}?`,
    );
    expect(fr.why('Emmanuel Macron n’a pas souhaité s’exprimer afin de ne pas gêner l’enquête.', undefined, ctx())).toBe(
      `Pourquoi est-ce qu'Emmanuel Macron n’a pas souhaité s’exprimer${NNBSP}?`,
    );
    expect(fr.why('La SNCF a interrompu la circulation car les voies étaient inondées.', undefined, ctx())).toBe(
      `Pourquoi la SNCF a-t-elle interrompu la circulation${NNBSP}?`,
    );
    // A simple tense keeps the clause whole after "est-ce que" (written for this rule).
    expect(fr.why('Les syndicats dénoncent la réforme car elle menace les petites retraites.', undefined, ctx())).toBe(
      `Pourquoi est-ce que les syndicats dénoncent la réforme${NNBSP}?`,
    );
    // A quotation after "car" still gives the cause (OrangeSum 25484-like wording, written).
    expect(fr.why('Les plaintes ont été déposées à Bergame car "cette ville est le symbole de la tragédie", a expliqué M. Fusco.', undefined, ctx())).toBe(
      `Pourquoi les plaintes ont-elles été déposées à Bergame${NNBSP}?`,
    );
    // A pronoun subject has no referent in a question.
    expect(fr.why('Il a démissionné car il était malade.', undefined, ctx())).toBeUndefined();
  });

  it('English: subject-auxiliary inversion, or "did" and the verb’s base form; reported speech left alone', () => {
    const en = w('en');
    expect(en.why(sentence(article('en-cnbc-emirates'), 'The 777 program has faced delays'), undefined, ctx())).toBe('Why has the 777 program faced delays?');
    expect(en.why('The road was closed because of flooding.', undefined, ctx())).toBe('Why was the road closed?');
    expect(en.why('The council closed the road because of flooding on Tuesday.', undefined, ctx())).toBe('Why did the council close the road?');
    expect(en.why('Apple delayed the launch due to supply problems.', undefined, ctx(['Apple']))).toBe('Why did Apple delay the launch?');
    expect(en.why('Police arrested two men because they refused to leave.', undefined, ctx())).toBe('Why did police arrest two men?');
    expect(en.why('Police said the road was closed because of flooding.', undefined, ctx())).toBeUndefined();
    expect(en.why('The company is due to report results on Monday.', undefined, ctx())).toBeUndefined();
  });

  it('the base form of English verbs: irregular, doubled consonants, a final e', () => {
    expect(['found', 'said', 'closed', 'stopped', 'carried', 'created', 'announced', 'warned', 'seized', 'argued', 'says'].map(baseForm)).toEqual([
      'find',
      'say',
      'close',
      'stop',
      'carry',
      'create',
      'announce',
      'warn',
      'seize',
      'argue',
      'say',
    ]);
  });

  it('Spanish, Italian, Portuguese, Russian, Polish and Greek put "why" before the clause; the cause must be one', () => {
    // XQuAD Spanish (Oxygen, CC BY-SA 4.0).
    const es = 'La medición es técnicamente difícil debido a la baja relación señal/ruido y a la estructura física de la vegetación.';
    expect(w('es').why(es, at(es, 'debido a'), ctx())).toBe('¿Por qué la medición es técnicamente difícil?');
    // Written for the rule: the verb stays where it is; a consequence marker gives no "why".
    const it_ = 'Il governo ha alzato le tasse perché il deficit è cresciuto.';
    expect(w('it').why(it_, at(it_, 'perché'), ctx())).toBe('Perché il governo ha alzato le tasse?');
    const pt = 'O governo aumentou os impostos porque o défice cresceu.';
    expect(w('pt').why(pt, at(pt, 'porque'), ctx())).toBe('Por que o governo aumentou os impostos?');
    const ru = 'Правительство повысило налоги из-за дефицита бюджета.';
    expect(w('ru').why(ru, at(ru, 'из-за'), ctx())).toBe('Почему правительство повысило налоги?');
    const pl = 'Rząd podniósł podatki z powodu deficytu budżetowego.';
    expect(w('pl').why(pl, at(pl, 'z powodu'), ctx())).toBe('Dlaczego rząd podniósł podatki?');
    const el = 'Η κυβέρνηση αύξησε τους φόρους λόγω του ελλείμματος.';
    expect(w('el').why(el, at(el, 'λόγω'), ctx())).toBe('Γιατί η κυβέρνηση αύξησε τους φόρους;');
    const result = 'Прогресс в химии привел к тому, что медицина изменилась.';
    expect(w('ru').why(result, at(result, 'привел к тому'), ctx())).toBeUndefined();
    // Greek "καθώς και" is "as well as", not a cause.
    const asWell = 'Το στόχο αυτό υπηρετεί η μετάφραση, καθώς και ένα σύνολο ηθοποιών.';
    expect(w('el').why(asWell, at(asWell, 'καθώς'), ctx())).toBeUndefined();
  });

  it('German and Dutch move the auxiliary before the subject; other verbs are left alone', () => {
    const de = 'Die Regierung hat die Steuern erhöht, weil das Defizit gewachsen ist.';
    expect(w('de').why(de, at(de, 'weil'), ctx())).toBe('Warum hat die Regierung die Steuern erhöht?');
    // XQuAD German (Yuan dynasty): "schlug … fehl" is no auxiliary: no question rather than a wrong one.
    const yuan = 'Kublais zweite Invasion Japans 1281 schlug wegen eines ungünstigen Taifuns fehl.';
    expect(w('de').why(yuan, at(yuan, 'wegen'), ctx(['Kublais', 'Japans']))).toBeUndefined();
    const nl = 'De regering heeft de belastingen verhoogd omdat het tekort groeide.';
    expect(w('nl').why(nl, at(nl, 'omdat'), ctx())).toBe('Waarom heeft de regering de belastingen verhoogd?');
  });

  it('Chinese puts 为什么 before the clause, in the page’s script', () => {
    const zh = '由于需求下降，公司裁减了500个职位。';
    expect(w('zh').why(zh, at(zh, '由于'), ctx())).toBe('为什么公司裁减了500个职位？');
  });
});

describe('how many: the counted thing with what happened to it, never a bare "Combien de N ?"', () => {
  it('French and English: the count as subject, or as object with "est-ce que" and "did"', () => {
    const fr = w('fr');
    const en = w('en');
    const evacuees = sentence(orangeSum('21322'), 'personnes ont été évacuées');
    expect(fr.howMany(evacuees, at(evacuees, 'personnes'), ctx())).toBe(`Combien de personnes ont été évacuées${NNBSP}?`);
    expect(fr.howMany('Le groupe va supprimer 1.200 postes en France.', { start: 0, end: 0 }, ctx())).toBe(
      `Combien de postes est-ce que le groupe va supprimer en France${NNBSP}?`,
    );
    // "ont secouru 45 personnes": the participle would have to agree: no question.
    expect(fr.howMany('Les pompiers ont secouru 45 personnes dans la nuit.', { start: 0, end: 0 }, ctx())).toBeUndefined();
    expect(fr.howMany(sentence(orangeSum('21322'), 'sauvetages'), { start: 0, end: 0 }, ctx())).toBeUndefined();
    expect(fr.howMany('Il a 33 ans et gagne 2 000 euros.', { start: 0, end: 0 }, ctx())).toBeUndefined();
    expect(en.howMany('Police arrested 12 people on Tuesday.', { start: 0, end: 0 }, ctx())).toBe('How many people did police arrest on Tuesday?');
    expect(en.howMany('The group will cut 1,200 jobs in France.', { start: 0, end: 0 }, ctx())).toBe('How many jobs will the group cut in France?');
    expect(en.howMany('At least 14 people died in the attacks.', { start: 0, end: 0 }, ctx())).toBe('How many people died?');
  });

  it('other languages: "¿Cuántos N …?", "Сколько N …?", "Wie viele N …?", "…多少…？"', () => {
    const es = 'El Gobierno anunció 500 despidos en la fábrica.';
    expect(w('es').howMany(es, at(es, '500'), ctx())).toBe('¿Cuántos despidos anunció el Gobierno en la fábrica?');
    const ru = 'В результате взрыва погибли 12 человек.';
    expect(w('ru').howMany(ru, at(ru, '12'), ctx())).toBe('Сколько человек погибли в результате взрыва?');
    // Russian after 2-4 takes another case: no question rather than a wrong one.
    const ru3 = 'В результате взрыва погибли 3 человека.';
    expect(w('ru').howMany(ru3, at(ru3, '3'), ctx())).toBeUndefined();
    const pl = 'W wyniku wybuchu zginęło 12 osób.';
    expect(w('pl').howMany(pl, at(pl, '12'), ctx())).toBe('Ile osób zginęło w wyniku wybuchu?');
    // XQuAD German (Black Death): the question stops at the clause's end.
    const de = 'Die Pest von 1576-77 tötete 50.000 Menschen in Venedig, fast ein Drittel der Bevölkerung.';
    expect(w('de').howMany(de, at(de, '50.000'), ctx())).toBe('Wie viele Menschen tötete die Pest von 1576-77 in Venedig?');
    const zh = '周三美财政部完成了价值130亿美元的30年期国债拍卖。';
    expect(w('zh').howMany(zh, at(zh, '130'), ctx())).toBe('周三美财政部完成了价值多少亿美元的30年期国债拍卖？');
    // "周三" is Wednesday, not a count.
    expect(w('zh').howMany(zh, at(zh, '三'), ctx())).toBeUndefined();
  });
});

describe('what X decided, what next, what is X, who is X, what X says', () => {
  it('"Qu’a annoncé X ?", "How did the union react?": a named subject that decides or reacts', () => {
    const fr = w('fr');
    const en = w('en');
    expect(fr.action!(sentence(orangeSum('31694'), 'Olivier Véran a annoncé'), ctx(['Olivier', 'Véran']))).toBe(`Qu'a annoncé Olivier Véran${NNBSP}?`);
    expect(fr.action!('Eric Piolle, le maire écologiste de Grenoble, a salué une "victoire".', ctx(['Eric', 'Piolle']))).toBe(
      `Comment a réagi Eric Piolle${NNBSP}?`,
    );
    expect(fr.action!('Les syndicats réclament une hausse des salaires.', ctx())).toBe(`Que réclament les syndicats${NNBSP}?`);
    expect(fr.action!(sentence(orangeSum('13089'), 'instamment'), ctx(['Albert', 'Monaco']))).toBe(`Qu'a demandé le prince Albert II de Monaco${NNBSP}?`);
    expect(fr.action!('Il a annoncé sa démission.', ctx())).toBeUndefined();
    expect(en.action!('The council decided to close the library.', ctx())).toBe('What did the council decide?');
    expect(en.action!('The union condemned the move.', ctx())).toBe('How did the union react?');
    // An adverb before the verb is left out of the question (panel r3: "What did Mr Lansley also announce?").
    expect(en.action!('Mr Lansley also announced a review of how the situation emerged in the UK.', ctx(['Lansley']))).toBe('What did Mr Lansley announce?');
    // "First published in 2003 and funded by a charity for many years, the study found…": one
    // capitalised word the article never writes as a name is no subject (written for the rule).
    expect(en.action!('First published in 2003 and funded by a cancer charity for ten years the study found similar results.', ctx())).toBeUndefined();
    expect(en.action!('First published in 2003, the study found similar results.', ctx())).toBe('What did the study find?');
  });

  it('"Que va faire le gouvernement ?", "What will the council do next?"; the plain "what next" otherwise', () => {
    expect(w('fr').next('Le gouvernement va présenter un projet de loi en janvier.', ctx())).toBe(`Que va faire le gouvernement${NNBSP}?`);
    expect(w('fr').next('Se préparer ne veut pas dire que c’est prêt.', ctx())).toBe(`Que va-t-il se passer maintenant${NNBSP}?`);
    // "pourra" is a possibility, not a plan.
    expect(w('fr').next('La découverte de généalogistes pourra peut-être leur remonter le moral.', ctx())).toBe(`Que va-t-il se passer maintenant${NNBSP}?`);
    expect(w('en').next('The council will vote on the plan next week.', ctx())).toBe('What will the council do next?');
    expect(w('en').next('A performance GT version will be able to go from zero to 60 mph.', ctx())).toBe('What happens next?');
    for (const [lang, q] of Object.entries({
      de: 'Wie geht es weiter?',
      es: '¿Qué pasará ahora?',
      ru: 'Что будет дальше?',
      pl: 'Co dalej?',
      el: 'Τι θα γίνει στη συνέχεια;',
      zh: '接下来会怎样？',
    }))
      expect(w(lang).next(undefined, ctx())).toBe(q);
  });

  it('"Qu’est-ce que l’IGPN ?": an acronym the article spells out, with its article; the page’s subject', () => {
    const fr = w('fr');
    expect(fr.whatIs('IGPN', sentence(orangeSum('25484'), '(IGPN)'))).toBe(`Qu'est-ce que l'IGPN${NNBSP}?`);
    expect(fr.whatIs('EDF', 'Le groupe Électricité de France (EDF) va construire six réacteurs.')).toBe(`Qu'est-ce qu'EDF${NNBSP}?`);
    expect(fr.whatIs('APESA', sentence(orangeSum('14087'), 'APESA'))).toBe(`Qu'est-ce qu'APESA${NNBSP}?`);
    expect(w('en').whatIs('IAEA', 'The International Atomic Energy Agency (IAEA) said Iran had complied.')).toBe('What is the IAEA?');
    expect(fr.whatIs('Bronzage', 'Le bronzage est une pigmentation de la peau.', true)).toBe(`Qu'est-ce que le bronzage${NNBSP}?`);
    expect(w('en').whatIs('Prime number', 'A prime number is a natural number greater than 1.', true)).toBe('What is a prime number?');
    expect(w('de').whatIs('EZB', 'Die Europäische Zentralbank (EZB) hob den Zins an.')).toBe('Wofür steht EZB?');
    expect(w('ru').whatIs('МВФ', 'Международный валютный фонд (МВФ) выделил кредит.')).toBe('Что такое МВФ?');
  });

  it('who is X and what X says, with the grammar of the name', () => {
    expect(w('fr').whoIs('Raymond Lee', ctx())).toBe(`Qui est Raymond Lee${NNBSP}?`);
    expect(w('fr').says('la préfecture', ctx())).toBe(`Que dit la préfecture${NNBSP}?`);
    expect(w('fr').says('les syndicats', ctx())).toBe(`Que disent les syndicats${NNBSP}?`);
    expect(w('en').says('the police', ctx())).toBe('What do the police say?');
    expect(w('en').says('Denise McAloose', ctx())).toBe('What does Denise McAloose say?');
    expect(w('ru').whoIs('Анна Петрова', ctx())).toBe('Кто такая Анна Петрова?');
    expect(w('ru').whoIs('Михаил Бабич', ctx())).toBe('Кто такой Михаил Бабич?');
    expect(w('el').says('Γιώργος Παπανδρέου', ctx())).toBe('Τι λέει ο Γιώργος Παπανδρέου;');
    expect(w('el').whoIs('Μαρία Δημητρίου', ctx())).toBe('Ποια είναι η Μαρία Δημητρίου;');
    expect(w('zh').says('李克强', ctx())).toBe('李克强怎么说？');
  });
});

describe('every question reads back as what it was written to ask', () => {
  it('lib/qa types the written questions as their writer meant them', () => {
    const cases: Array<[string, string, string]> = [
      ['fr', `Pourquoi la SNCF a-t-elle interrompu la circulation${NNBSP}?`, 'why'],
      ['fr', `Combien de personnes ont été évacuées${NNBSP}?`, 'how-many'],
      ['fr', `Que dit la préfecture${NNBSP}?`, 'what-said'],
      ['fr', `Que va faire le gouvernement${NNBSP}?`, 'what-next'],
      ['fr', `Qu'est-ce que l'IGPN${NNBSP}?`, 'what-is'],
      ['fr', `Qui est Raymond Lee${NNBSP}?`, 'who-is'],
      ['en', 'Why did the council close the road?', 'why'],
      ['en', 'How many people did police arrest on Tuesday?', 'how-many'],
      ['en', 'What happens next?', 'what-next'],
      ['de', 'Warum hat die Regierung die Steuern erhöht?', 'why'],
      ['ru', 'Сколько человек погибли в результате взрыва?', 'how-many'],
      ['zh', '为什么公司裁减了500个职位？', 'why'],
    ];
    for (const [lang, q, type] of cases) expect(analyseQuestion(q, lang).type, q).toBe(type);
  });
});

// The broken questions readers quoted (panel r3), each as its rule. Sentences from PIAF (fr-22,
// fr-24, fr-34) and Scrapinghub pages, or written in the image of a DAnIEL page (not copied).
describe('no broken question where the sentence does not lend itself to one', () => {
  const fr = questionWriter('fr')!;
  const en = questionWriter('en')!;

  it('French "why": a purpose inside the subject is no cause of a verb that comes after it', () => {
    // PIAF fr-22 (Bronzage): "pour accélérer" belongs to "la pratique", the verb is "se développe".
    expect(
      fr.why("La pratique d'utiliser de l'huile pour bébé pour accélérer la pigmentation solaire de la peau se développe parallèlement.", undefined, ctx()),
    ).toBeUndefined();
    // PIAF fr-24: the purpose follows the verb, its own clause after "qu'": still a question.
    expect(
      fr.why(
        "Les Britanniques mettent le feu aux bâtiments et aux champs acadiens pour éviter qu'ils ne puissent se ré-établir au même endroit.",
        undefined,
        ctx(),
      ),
    ).toBe(`Pourquoi est-ce que les Britanniques mettent le feu aux bâtiments et aux champs acadiens${NNBSP}?`);
    // A conditional inverts, and "en partie" stays with the cause.
    expect(fr.why('La peau pigmentée par le soleil serait devenue un attribut de la mode en partie à cause du statut de Coco Chanel.', undefined, ctx())).toBe(
      `Pourquoi la peau pigmentée par le soleil serait-elle devenue un attribut de la mode${NNBSP}?`,
    );
  });

  it('English "why": what set the subject off ("… and were sparked by …") is the cause of its verb', () => {
    // Scrapinghub (Express, Hong Kong).
    const q = en.why(
      'The protests began peacefully in June and were sparked by proposed legislation that would have meant criminal suspects could be extradited to the mainland.',
      undefined,
      ctx(),
    );
    expect(q).toBe('Why did the protests begin?');
    expect(analyseQuestion(q!, 'en').type).toBe('why');
    // Scrapinghub-like (insciences.org, written): "it" would have no referent in the question.
    expect(en.why('However, the pharmaceutical industry has not used it to date because it was so difficult to control.', undefined, ctx())).toBeUndefined();
    // "Driven by" tells what kept it going, not what set it off: no question.
    expect(en.why('Prices rose in May and were driven by energy.', undefined, ctx())).toBeUndefined();
  });

  it('English "how many": a participle that describes its noun is no verb', () => {
    // Written in the image of a DAnIEL page: "How many primates tested?" was asked of it.
    expect(en.howMany('The 25 primates tested included baboons, mangabeys and endangered chimpanzees.', { start: 0, end: 0 }, ctx())).toBeUndefined();
    expect(en.howMany('At least 14 people died in the attacks.', { start: 0, end: 0 }, ctx())).toBe('How many people died?');
  });

  it('"what will X do next" only of someone who acts: not a product, not what a company owns', () => {
    // Scrapinghub (L.A. Auto Show): the car is the subject.
    expect(
      en.next('Ford’s Mustang Mach E SUV will go 230 miles to more 300 miles per charge depending on how it’s equipped.', ctx(['Ford', 'Mustang', 'Mach'])),
    ).toBe('What happens next?');
    expect(en.next('The 2021 RAV4 Prime will be able to go 39 miles on battery power alone.', ctx(['Prime']))).toBe('What happens next?');
    // The subject's own clause before a comma is not an opening phrase to skip (Scrapinghub, the same page).
    expect(en.next('Ford will display its first all-electric SUV, marking the start of an avalanche of battery-powered vehicles.', ctx(['Ford']))).toBe(
      'What will Ford do next?',
    );
    // A person or a body after the possessive still acts.
    expect(en.next('Hong Kong’s police chief will meet the students on Monday.', ctx(['Hong', 'Kong']))).toBe('What will Hong Kong’s police chief do next?');
  });

  it('"Qui préside … ?", "Who leads …?": the body the sentence names and who heads it', () => {
    // PIAF fr-34 (Exposition universelle de 2010).
    const q = fr.leads!(
      "L'organisation de l'Expo 2010 est régie par le Comité national d'organisation présidé par Wang Qishan, vice-Premier ministre du Conseil des Affaires d'État.",
    );
    expect(q).toBe(`Qui préside le Comité national d'organisation${NNBSP}?`);
    expect(analyseQuestion(q!, 'fr').type).toBe('who');
    expect(en.leads!('The inquiry, led by Sir Bruce Keogh, will report in two weeks.')).toBe('Who leads the inquiry?');
    // "Ce comité … est dirigé par": a body named by "ce" leans on the sentence before.
    expect(fr.leads!('Ce comité exécutif est dirigé par Yu Zhengsheng, secrétaire du Comité du Parti.')).toBeUndefined();
  });
});
