/**
 * Which questions the FAQ keeps (lib/engine/embedded/faq): a voice only when its quotation
 * speaks of the story, and "what will X do" in the languages beyond French and English.
 * Sentences written for these tests in the style of agency copy (the licensed data has no
 * such pair in these languages; DAnIEL's pages may not be copied), each case says which rule.
 */
import { describe, expect, it } from 'vitest';
import { articleFromText } from '../../lib/extract/extract';
import { digestArticle } from '../../lib/digest';
import { questionWriter, type WriteContext } from '../../lib/text/lang/write';
import { analyseQuestion } from '../../lib/qa';
import { answerClauses } from '../../lib/engine/embedded/faq/answers';
import { failureMessage } from '../../lib/ui/failures';

const ctx = (names: string[] = []): WriteContext => ({ isName: (w) => names.includes(w), genderOf: () => undefined });

function faqOf(text: string, lang: string) {
  const r = articleFromText(text, { lang });
  if (!r.ok) throw new Error(failureMessage(r.error.kind));
  return digestArticle(r.value).digest.faq;
}

const LIBRARY = (quotation: string) => `Council leader Mary Jones defends closing the Riverside library

The city council voted on Tuesday to close the Riverside library at the end of March, council leader Mary Jones said.

The library, which opened in 1964, lends about 40,000 books a year and employs six people.

The branch sits on the corner of Mill Street and Station Road, next to the primary school and the old swimming baths, and has a reading room on its first floor that local groups hire for their meetings in the evening.

Its collection of local maps and photographs, some of them older than the building itself, fills two rooms on the ground floor behind the children's corner.

Jones said the council had to find savings of 2 million pounds in its budget this year.

"${quotation}," Jones said.

Residents have started a petition against the closure, and more than 3,000 people have signed it so far.

The council will hold a public meeting on the future of the building next month.`;

describe('"What does X say?" only of a quotation about the story', () => {
  it('drops a quotation of the headline’s own speaker that says nothing of the story, where the article answers other questions (panel: "I was exiting the subway…" on a page about HIV drugs)', () => {
    const faq = faqOf(LIBRARY('I grew up two streets away and I always loved the long walk along the river in the spring'), 'en');
    expect(faq.map((q) => q.question)).not.toContain('What does Mary Jones say?');
    // The other questions the article answers take its place.
    expect(faq.map((q) => q.question)).toContain('What will the council do next?');
  });

  it('a quotation on the EN BREF lines’ subject but not the headline’s only fills a page that has fewer than two other questions (panel: "Que dit Cristina Longhini ?", her father’s retirement, on a page about complaints)', () => {
    const faq = faqOf(LIBRARY('We had to find savings of two million pounds, and every pound of this budget was already spent'), 'en');
    expect(faq.length).toBeGreaterThanOrEqual(2);
    expect(faq.map((q) => q.question)).not.toContain('What does Mary Jones say?');
  });

  it('keeps a side remark on a page that would otherwise have no FAQ at all (a page with no FAQ scores 1 with readers)', () => {
    const text = `Council leader Mary Jones defends closing the Riverside library

The city council voted on Tuesday to close the Riverside library, council leader Mary Jones said.

The branch sits on the corner of Mill Street and Station Road, next to the primary school and the old swimming baths, and has a reading room on its first floor that local groups hire for their meetings in the evening.

Its collection of local maps and photographs, some of them older than the building itself, fills two rooms on the ground floor behind the children's corner.

"I grew up two streets away from that library and I always loved the long walk along the river in the spring," Jones said.

Residents were angry about the vote, and many of them came to the town hall with banners and signs.`;
    expect(faqOf(text, 'en').map((q) => q.question)).toEqual(['What does Mary Jones say?']);
  });

  it('keeps it when the quotation is on the story’s subject', () => {
    const faq = faqOf(LIBRARY('Closing the library is the hardest decision this council has taken, but the budget leaves us no choice'), 'en');
    const said = faq.find((q) => q.question === 'What does Mary Jones say?');
    expect(said?.answer).toMatch(/^"Closing the library/u);
  });
});

describe('"What will X do?" in more languages, from a sentence that names who acts', () => {
  const next = (lang: string, sentence: string, names: string[] = []) => questionWriter(lang)!.next(sentence, ctx(names));
  const generic = (lang: string) => questionWriter(lang)!.next(undefined, ctx());

  it('writes the question with the subject as the sentence names it, and it reads back as "what next"', () => {
    const cases: Array<[string, string, string]> = [
      ['ru', 'Новая лаборатория будет специализироваться на диагностике генетических патологий.', 'Что будет делать новая лаборатория?'],
      ['ru', 'Правительство планирует повысить пенсии в следующем году.', 'Что планирует правительство?'],
      ['de', 'Die Bundesregierung wird die Steuern im nächsten Jahr erhöhen.', 'Was wird die Bundesregierung tun?'],
      ['pl', 'Rząd planuje obniżyć podatki w przyszłym roku.', 'Co zrobi rząd?'],
      ['el', 'Η κυβέρνηση θα παρουσιάσει το νέο νομοσχέδιο την επόμενη εβδομάδα.', 'Τι θα κάνει η κυβέρνηση;'],
      ['es', 'El gobierno va a subir los impuestos el próximo año.', '¿Qué hará el gobierno?'],
      ['nl', 'De regering zal volgend jaar de belastingen verhogen.', 'Wat zal de regering doen?'],
    ];
    for (const [lang, sentence, question] of cases) {
      expect(next(lang, sentence), sentence).toBe(question);
      expect(analyseQuestion(question, lang).type, question).toBe('what-next');
    }
  });

  it('asks nothing of a thing, a passive, a state or a pronoun: the plain template, which the FAQ leaves out', () => {
    const cases: Array<[string, string]> = [
      // a passive or an adjective after the future: what will be done to X, not what X will do
      ['ru', 'Новая лаборатория будет открыта в марте.'],
      ['de', 'Die Regierung wird von der Opposition scharf kritisiert.'],
      ['pl', 'Nowy szpital będzie otwarty w marcu.'],
      // where X will be is not what X will do
      ['ru', 'Новый центр будет располагаться на четырёх этажах больницы.'],
      // a thing, not someone who acts
      ['de', 'Das restaurierte Video wird im Herbst im Fernsehen laufen.'],
      // a pronoun: the question would point to nothing
      ['ru', 'Они будут работать в новой лаборатории.'],
    ];
    for (const [lang, sentence] of cases) expect(next(lang, sentence), sentence).toBe(generic(lang));
  });
});

describe('Chinese sums: asked as an amount, only from the clause that holds its subject', () => {
  const zh = questionWriter('zh')!;
  const at = (s: string, piece: string) => ({ start: s.indexOf(piece), end: s.indexOf(piece) + piece.length });

  it('"多少亿美元" reads back as an amount, which the FAQ checks as one (it was asked as a count and always failed)', () => {
    const s = '周三美国财政部完成了价值130亿美元的30年期国债拍卖，收益率创下历史新低。';
    const q = zh.howMany(s, at(s, '130'), ctx());
    expect(q).toBe('周三美国财政部完成了价值多少亿美元的30年期国债拍卖？');
    expect(analyseQuestion(q!, 'zh').type).toBe('how-much');
  });

  it('no question from a later clause whose subject the first clause holds ("持有量由9月的多少亿美元…" asks of nothing)', () => {
    const s = '第三为英国，持有量由9月的4216亿美元降至4084亿美元，减持132亿美元。';
    for (const n of ['4216', '4084', '132']) expect(zh.howMany(s, at(s, n), ctx())).toBeUndefined();
  });

  it('no question opening on a pronoun (XQuAD zh, Super Bowl 50: "他也以多少岁高龄…？")', () => {
    const s = '他也以 39 岁高龄参加超级碗而成为史上年龄最大的四分卫。';
    expect(zh.howMany(s, at(s, '39'), ctx())).toBeUndefined();
  });
});

describe('an answer of several clauses is cut after the clauses that answer', () => {
  it('keeps the first clause when it carries what the question asks for', () => {
    // XQuAD es (Oxygen) and PIAF fr (Histoire de l'Acadie), sentences of the development panels.
    const es =
      'La medición es técnicamente difícil debido a la baja relación señal/ruido y a la estructura física de la vegetación; pero se ha propuesto como un posible método para supervisar el ciclo del carbono desde los satélites en una escala global.';
    expect(answerClauses(es, '¿Por qué la medición es técnicamente difícil?', 'es')).toBe(
      'La medición es técnicamente difícil debido a la baja relación señal/ruido y a la estructura física de la vegetación.',
    );
    const fr =
      'Pour se reloger, les Acadiens doivent absolument demander une concession au gouvernement, sous plusieurs conditions dont la dimension des maisons à construire et le délai accordé pour le défrichement ; les citoyens du Madawaska sont privilégiés car les Loyalistes se sont établis au sud et le gouvernement veut une présence au nord.';
    expect(answerClauses(fr, 'Que vont faire les Acadiens\u202f?', 'fr')).toMatch(/le délai accordé pour le défrichement\.$/u);
  });

  it('a long Chinese sentence is cut after its clause that answers, at a comma', () => {
    // Written after a DAnIEL finance page (which may not be copied).
    const s = '周三美国财政部完成了价值130亿美元的30年期国债拍卖，收益率创下历史新低，欧债危机等外部因素从另一方面促成了美债的受欢迎。';
    expect(answerClauses(s, '周三美国财政部完成了价值多少亿美元的30年期国债拍卖？', 'zh')).toBe('周三美国财政部完成了价值130亿美元的30年期国债拍卖。');
  });

  it('leaves a sentence whole when only a later clause answers, or when it has one clause', () => {
    const s = 'Le chantier de la piscine municipale a été arrêté par les ouvriers; la mairie rouvrira la piscine en juin.';
    expect(answerClauses(s, 'Quand la mairie rouvrira-t-elle la piscine\u202f?', 'fr')).toBeUndefined();
    expect(answerClauses('La mairie rouvrira la piscine en juin.', 'Quand la mairie rouvrira-t-elle la piscine\u202f?', 'fr')).toBeUndefined();
  });
});

describe('why someone is charged, held or treated: "condamné pour", "arrested for"', () => {
  const why = (lang: string, s: string) => questionWriter(lang)!.why(s, undefined, ctx());

  it('asks why of the charge, and the answer reads back as a cause', () => {
    // OrangeSum 23843-style agency copy (the charge in quotation marks), and written sentences for the other verbs.
    const cases: Array<[string, string, string]> = [
      ['fr', 'Une enquête a été ouverte pour "assassinats en relation avec une entreprise terroriste".', 'Pourquoi une enquête a-t-elle été ouverte\u202f?'],
      ['fr', 'Le maire de la commune a été condamné pour favoritisme par le tribunal de Lyon.', 'Pourquoi le maire de la commune a-t-il été condamné\u202f?'],
      ['fr', 'Le chanteur a été hospitalisé pour une pneumonie.', 'Pourquoi le chanteur a-t-il été hospitalisé\u202f?'],
      ['en', 'Two men were arrested for fraud after a raid in Leeds.', 'Why were two men arrested?'],
      ['en', 'The former mayor was convicted of corruption in 2015.', 'Why was the former mayor convicted?'],
    ];
    for (const [lang, sentence, question] of cases) {
      expect(why(lang, sentence), sentence).toBe(question);
      expect(analyseQuestion(question, lang).type).toBe('why');
    }
  });

  it('not a length of time nor a "pour" that is no charge', () => {
    expect(why('fr', 'Le joueur a été suspendu pour trois matchs.')).toBeUndefined();
    expect(why('en', 'The player was suspended for two matches.')).toBeUndefined();
    expect(why('fr', 'La salle a été ouverte pour le public en 1990.')).toBeUndefined();
    // Two sentences run together where the page lost their boundary (written after a FRANK article).
    expect(why('en', "The mayor's phone call was played in court John Smith has been charged with fraud.")).toBeUndefined();
  });
});

describe('"how many" in Russian, Polish and Greek: the verb before the figure, the noun’s own words beside it', () => {
  const at = (s: string, piece: string) => ({ start: s.indexOf(piece), end: s.indexOf(piece) + piece.length });
  const howMany = (lang: string, s: string, n: string) => questionWriter(lang)!.howMany(s, at(s, n), ctx());

  it('asks with the counted noun and what qualifies it, then the verb and the rest', () => {
    // Written in the style of the DAnIEL agency pages (which may not be copied).
    expect(howMany('ru', 'Жертвами наводнения в Индонезии стали 25 человек.', '25')).toBe('Сколько человек стали жертвами наводнения в Индонезии?');
    expect(howMany('ru', 'В Челябинске за неделю зарегистрировано 10469 случаев гриппа.', '10469')).toBe(
      'Сколько случаев гриппа зарегистрировано в Челябинске за неделю?',
    );
    expect(howMany('pl', 'W minionym roku w Zabrzu wykonano 38 przeszczepów serca.', '38')).toBe('Ile przeszczepów serca wykonano w minionym roku w Zabrzu?');
  });

  it('Greek asks too, its question word agreeing with the noun; none for "-ες", masculine or feminine', () => {
    expect(howMany('el', 'Στην Αθήνα συνελήφθησαν 12 άτομα για τα επεισόδια.', '12')).toBe('Πόσα άτομα συνελήφθησαν στην Αθήνα για τα επεισόδια;');
    expect(howMany('el', 'Στον σεισμό σκοτώθηκαν 15 άνθρωποι.', '15')).toBe('Πόσοι άνθρωποι σκοτώθηκαν στον σεισμό;');
    expect(analyseQuestion('Πόσοι άνθρωποι σκοτώθηκαν στον σεισμό;', 'el').type).toBe('how-many');
    expect(howMany('el', 'Η αστυνομία συνέλαβε 20 διαδηλωτές.', '20')).toBeUndefined();
  });

  it('none where the word before the figure is no verb, the figure a date, or a clause or an auxiliary stands before it (each was a garbled question)', () => {
    // "Сколько человек участие в эксперименте приняли…?"
    expect(howMany('ru', 'В эксперименте приняли участие 109 человек.', '109')).toBeUndefined();
    // "Сколько ноября завершена вакцинация…?"
    expect(howMany('ru', 'Вакцинация взрослого населения завершена 30 ноября.', '30')).toBeUndefined();
    // "Сколько программ реализуются по ее словам, во всей…?"
    expect(howMany('ru', 'По ее словам, в стране реализуются 208 программ.', '208')).toBeUndefined();
    // "Сколько случаев … выявлены по состоянию на конец декабря были?"
    expect(howMany('ru', 'По состоянию на конец декабря были выявлены 15 случаев болезни.', '15')).toBeUndefined();
    // "Ile różnych ponad w sezonie … krąży…?"
    expect(howMany('pl', 'W sezonie jesienno-zimowym krąży w powietrzu ponad 200 różnych typów wirusów.', '200')).toBeUndefined();
  });
});
