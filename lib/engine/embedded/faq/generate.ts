/**
 * The questions a reader has after the headline and the EN BREF lines, each written from the
 * sentence that answers it: why (a cause), what next (a plan, a date to come), what did X say
 * or decide, how many (a count of that very thing), who is X (when the article says), what is
 * X (a term it spells out). No question about an incidental place or year, none made of a
 * heading or of a sentence of the article.
 */
import type { Article, FaqAsks, Sentence } from '../../../types';
import { languagePack, type LanguagePack } from '../../../text/lang';
import { qaPack } from '../../../text/lang/qa';
import { questionWriter, zhInScript, type Gender, type WriteContext } from '../../../text/lang/write';
import { causes, futures, numbers, type SentenceText } from '../../../qa/facts';
import { tokenize, unspaced } from '../../../qa/terms';
import { analyseQuestion, verifyAnswer, VERIFIED } from '../../../qa';
import { answerSpan, repeatsBullet, verifies, type Candidate, type FaqContext } from './answers';
import { fullName, nameRuns, placeNames, speakers } from './people';
import { isQuotation } from '../speech';
import { lineLength } from '../compress';
import { escapeRegExp } from '../../../text/regexp';

/** How much each kind of question is worth to a reader, before the answer's own weight. */
const TYPE_WEIGHT: Record<Candidate['type'], number> = {
  why: 1,
  // A voice is worth less than the facts a reader asks for first (why, what next, how many).
  'what-said': 0.6,
  action: 0.9,
  'what-next': 0.85,
  'how-many': 0.8,
  'who-is': 0.75,
  'what-is': 0.7,
  who: 0.5,
  when: 0.5,
  where: 0.5,
  'how-much': 0.5,
  how: 0.5,
  'yes-no': 0.4,
  what: 0.5,
};
const ASKS: Record<Candidate['type'], FaqAsks> = {
  why: 'why',
  'what-said': 'who',
  action: 'what',
  'what-next': 'next',
  'how-many': 'figures',
  'who-is': 'who',
  'what-is': 'what',
  who: 'who',
  when: 'when',
  where: 'where',
  'how-much': 'figures',
  how: 'what',
  'yes-no': 'what',
  what: 'what',
};

/** A question a reader can take in at a glance. */
const MAX_QUESTION_WORDS = 16;
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]/u;

function questionLength(q: string): number {
  return CJK.test(q) ? Math.ceil(q.length / 2) : q.split(/\s+/u).length;
}

/** French and other gendered languages: the article says "Mme Dupont", "M. Dupont", or "Elle" after the name. */
function genderReader(sentences: Sentence[]): (name: string) => Gender | undefined {
  const text = sentences.map((s) => s.text).join(' ');
  return (name) => {
    const surname = name.split(/\s+/u).pop()!;
    if (!/^\p{Lu}/u.test(surname)) return undefined;
    const esc = escapeRegExp(surname);
    if (new RegExp(`(?<![\\p{L}])(?:Mme|Madame|Mlle|Mrs\\.?|Ms\\.?|Frau|Sra\\.?|pani|κα|г-жа)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?${esc}(?![\\p{L}])`, 'u').test(text))
      return 'f';
    if (new RegExp(`(?<![\\p{L}])(?:M\\.|Monsieur|Mr\\.?|Herr|Sr\\.?|pan|κ\\.|г-н)\\s+(?:\\p{Lu}[\\p{L}-]+\\s+)?${esc}(?![\\p{L}])`, 'u').test(text))
      return 'm';
    return undefined;
  };
}

/** Capitalised words the article also writes mid-sentence (names), as opposed to sentence-initial common words. */
function nameReader(sentences: Sentence[]): (word: string) => boolean {
  const inside = new Set<string>();
  for (const s of sentences) for (const m of s.text.slice(1).matchAll(/(?<=[\s(«"“„-])\p{Lu}[\p{L}'’-]+/gu)) inside.add(m[0]);
  return (word) => inside.has(word);
}

/**
 * "¿Por qué la unicidad de este teorema…?", "Почему … из его книги?": a question read on its own
 * that holds a pronoun or a demonstrative, and names no one it could stand for, points to nothing.
 * (French inversion pronouns are glued to their verb: "a-t-il", "ont-elles".)
 */
export function pointsToNothing(question: string, pack: LanguagePack, story: ReadonlySet<string> = new Set()): boolean {
  const anaphora = pack.grammar?.anaphora ?? [];
  if (anaphora.length === 0 || CJK.test(question)) return false;
  const words = question
    .replace(/[?？;¿]/gu, ' ')
    .split(/\s+/u)
    .filter(Boolean);
  if (words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return false;
  const pointing = (w: string) => anaphora.includes(w.toLowerCase()) || anaphora.some((a) => /['’]$/u.test(a) && w.toLowerCase().startsWith(a));
  // "ces législatives" under a headline on "élections législatives": the reader knows which.
  const known = (w: string | undefined) => !!w && tokenize(w, pack.code).some((t) => !!t.term && story.has(t.term));
  return words.some((w, k) => k > 0 && pointing(w) && !known(words[k + 1]));
}

/** Terms of the headline and the bullets: what the story is about. */
function storyTerms(ctx: FaqContext, title: string): Set<string> {
  const out = new Set<string>();
  for (const t of [title, ...ctx.bullets.map((b) => b.text)]) for (const tok of tokenize(t, ctx.lang)) if (tok.term) out.add(tok.term);
  return out;
}

export function generateCandidates(ctx: FaqContext, article: Pick<Article, 'title'>): Candidate[] {
  const title = article.title;
  const { sentences, facts, lang } = ctx;
  const writer = questionWriter(lang);
  if (!writer) return [];
  const pack = languagePack(lang);
  const qp = qaPack(lang);
  const wctx: WriteContext = { genderOf: genderReader(sentences), isName: nameReader(sentences) };
  const texts: SentenceText[] = sentences.map((s) => ({ text: s.text, tokens: tokenize(s.text, lang), unspaced: unspaced(s.text, lang) }));
  const maxScore = Math.max(1e-9, ...ctx.scores);
  const story = storyTerms(ctx, title);
  const out: Candidate[] = [];
  const script = (q: string) =>
    pack.code === 'zh'
      ? zhInScript(
          q,
          sentences
            .slice(0, 30)
            .map((s) => s.text)
            .join(''),
        )
      : q;

  const onStory = (i: number) => texts[i].tokens.some((t) => t.term && story.has(t.term));
  const add = (type: Candidate['type'], question: string | undefined, i: number, extra: number[] = [], weight = 1) => {
    const dbg = (why: string) =>
      globalThis.process?.env?.FAQ_DEBUG && console.error(`[faq] ${type} ${why}: ${question} <- [${i}] ${sentences[i].text.slice(0, 90)}`);
    if (!question || questionLength(question) > MAX_QUESTION_WORDS)
      return void (type !== 'action' && type !== 'who' && dbg(question ? 'too long' : 'no natural question'));
    if (pointsToNothing(question, pack, story)) return void dbg('a pronoun or a demonstrative with nothing to point to');
    const span = answerSpan(ctx, i, extra, type === 'what-said');
    if (!span) return void dbg('no span');
    const q = script(question);
    if (!verifies(q, type, span, ctx)) return void dbg(`not verified (${analyseQuestion(q, lang).type})`);
    const importance = Math.max(...span.map((k) => ctx.scores[k] / maxScore));
    // An answer on the story's own subject beats a side detail.
    const candidate: Candidate = {
      question: q,
      type,
      asks: ASKS[type],
      sources: span,
      origin: 'generated',
      score: importance * TYPE_WEIGHT[type] * (onStory(i) ? 1 : 0.75) * weight,
    };
    if (repeatsBullet(span, ctx)) {
      // The bullet's sentence with the one after it tells more than the bullet: the answer extended.
      const next = sentences[span[span.length - 1] + 1];
      const shown = new Set(ctx.bullets.flatMap((b) => b.sources));
      const extended =
        next &&
        next.block === sentences[span[span.length - 1]].block &&
        !shown.has(next.index) &&
        !facts[next.index].question &&
        !facts[next.index].furniture &&
        facts[next.index].words >= 6 &&
        !facts[next.index].speech.unbalanced
          ? [...span, next.index]
          : undefined;
      if (extended && extended.reduce((n, k) => n + facts[k].words, 0) <= 70 && verifies(q, type, extended, ctx)) {
        dbg('extended past its bullet');
        out.push({ ...candidate, sources: extended, score: candidate.score * 0.85 });
        return;
      }
      dbg('repeats bullet');
      ctx.blocked?.push(candidate);
      return;
    }
    dbg('ok');
    out.push(candidate);
  };

  for (const s of sentences) {
    const f = facts[s.index];
    // An answer is a sentence of the article's own voice or a quotation with its speaker.
    if (f.question || f.furniture || f.words < 6 || f.speech.unbalanced) continue;
    const t = texts[s.index];
    for (const c of causes(t, qp)) {
      if (c.strength < VERIFIED) continue;
      add('why', writer.why(s.text, { start: c.start, end: c.end }, wctx), s.index);
      break;
    }
    if (futures(t, qp).some((x) => x.strength >= VERIFIED) && !isQuotation(f.speech)) {
      const specific = writer.next(s.text, wctx);
      const generic = writer.next(undefined, wctx);
      // Only "what will X do", X someone who acts: readers take the bare "what happens next" for a
      // template, answered by whatever sentence holds a future.
      if (specific && specific !== generic) add('what-next', specific, s.index);
    }
    for (const n of numbers(t, qp)) {
      const q = writer.howMany(s.text, { start: n.start, end: n.end }, wctx);
      if (q) {
        // "多少亿美元", "wie viel": a sum of money or a measure is asked as an amount, and checked as one.
        add(analyseQuestion(script(q), lang).type === 'how-much' ? 'how-much' : 'how-many', q, s.index);
        break;
      }
    }
    if (writer.action) add('action', writer.action(s.text, wctx), s.index);
    // Who heads the body the story names: a reader's question whose answer is a name.
    if (writer.leads) add('who', writer.leads(s.text), s.index, [], 1.5);
  }

  // What X said: a named speaker's words (two speakers at most, chosen below).
  const places = placeNames(sentences, qp.placePrepositions);
  const institutions = new Set(writer.institutions.map((w) => w.toLowerCase()));
  const people = new Set(writer.people.map((w) => w.toLowerCase()));
  const quotedOf = (sp: { sources: number[] }) => {
    // A quotation may open in one sentence and close in the next: read the span as one text.
    const joined = sp.sources.map((k) => sentences[k].text).join(' ');
    // A page may forget the closing mark at the paragraph's end: the quotation then runs to it.
    return { joined, quoted: (joined.match(/«[^»]*(?:»|$)|“[^”]*(?:”|$)|"[^"]*(?:"|$)|„[^“”]*(?:[“”]|$)|「[^」]*(?:」|$)/gu) ?? []).join(' ') };
  };
  const voices = speakers(sentences, lang, places, title);
  // How much of their own words the article gives each speaker, over all their quotations.
  // (a quotation may be listed twice, with and without the sentence after it: each sentence counts once).
  const spoken = new Map<string, Set<number>>();
  for (const sp of voices) for (const k of sp.sources) spoken.set(sp.name, (spoken.get(sp.name) ?? new Set<number>()).add(k));
  const quotedWords = new Map<string, number>();
  const storyHits = new Map<string, number>();
  for (const [name, ks] of spoken) {
    const { quoted } = quotedOf({ sources: [...ks].sort((a, b) => a - b) });
    quotedWords.set(name, lineLength(quoted, lang));
    storyHits.set(
      name,
      new Set(
        tokenize(quoted, lang)
          .filter((t) => t.term && story.has(t.term))
          .map((t) => t.term),
      ).size,
    );
  }
  const headline = [title, ...ctx.bullets.map((b) => b.text)].join(' ');
  const titleTerms = new Set(
    tokenize(title, lang)
      .filter((t) => t.term)
      .map((t) => t.term),
  );
  // A speaker's surname (or role noun) as a whole word.
  const wordOf = (name: string) => new RegExp(`(?<![\\p{L}])${escapeRegExp(name.split(/\s+/u).pop()!)}(?![\\p{L}])`, 'iu');
  for (const sp of voices) {
    const drop = (why: string) =>
      globalThis.process?.env?.FAQ_DEBUG &&
      console.error(
        `[faq] what-said ${why}: ${sp.name} (${quotedWords.get(sp.name)} quoted words) <- [${sp.sources.join(',')}] ${sentences[sp.sources[0]].text.slice(0, 70)}`,
      );
    // Their own words, in quotation marks (a reported claim is the article's telling of it), and enough of them.
    const { joined, quoted } = quotedOf(sp);
    const quotedLength = lineLength(quoted, lang);
    if (quotedLength < 6) {
      drop('too few own words');
      continue;
    }
    // Most of the answer is their words, not the article's telling around a few quoted ones
    // ('a décidé de mener "une action populaire"…').
    // A sentence of their own words with the telling before it ("Raymond Lee raconte que…" then
    // "« Ils ne m'ont pas accepté… », souligne-t-il") is their say too.
    const ownSentence = sp.sources.some((k) => /^\s*[«"“„「]/u.test(sentences[k].text) && lineLength(quotedOf({ sources: [k] }).quoted, lang) >= 6);
    if (quotedLength < 0.4 * lineLength(joined, lang) && !(sp.sources.length > 1 && ownSentence)) {
      drop('mostly the article telling');
      continue;
    }
    // "a spokesperson", "un porte-parole": the reader cannot tell whose.
    if (!sp.person && /^(?:a|an|un|une|ein|eine|einer|uno|una)\s/iu.test(sp.name)) {
      drop('someone unnamed');
      continue;
    }
    // A quotation naming its own speaker is a title («Κρίση του Μάρτιν Λούθερ…») or words about them.
    const byName = wordOf(sp.name);
    if (sp.person && byName.test(quoted)) {
      drop('names its speaker');
      continue;
    }
    // "What X says" only of someone the story is about: named in the headline or the EN BREF
    // lines, or given a long say (a speaker named in passing is trivia to the reader).
    // A role or a body ("le député") is someone the reader knows only when another line names it
    // too: its own quotation in a bullet does not say which député.
    const inHeadline = sp.person
      ? byName.test(headline)
      : byName.test([title, ...ctx.bullets.filter((b) => !b.sources.some((k) => sp.sources.includes(k))).map((b) => b.text)].join(' '));
    // Or whose words are about the story (two of its headline's or EN BREF lines' terms) at some length.
    const said = quotedWords.get(sp.name) ?? 0;
    // A role must be one the headline or the lines name: "le député" alone says not which. A body
    // or a document ("le rapport", "l'étude") is one of a kind in its story: a long say on the story's terms will do.
    const hits = storyHits.get(sp.name) ?? 0;
    const role = !sp.person && !sp.name.split(/\s+/u).some((w) => institutions.has(w.toLowerCase().replace(/^l['’]/u, '')));
    if (!inHeadline && (role || (sp.person ? said < 25 && !(said >= 12 && hits >= 2) : !(said >= 25 && hits >= 2)))) {
      drop('named in passing');
      continue;
    }
    // "What did X say" asks for X's say on the story, not any of their quotations: this very
    // quotation speaks of the headline's subject (one of its terms at least) and of the EN BREF
    // lines' (twice over for someone the headline does not name). "I was exiting the subway on
    // the 1 train line…" on a page about HIV drugs sold on the black market, "Mon père venait
    // juste de prendre sa retraite" under "des proches de victimes du coronavirus portent
    // plainte" are side stories: kept only on a page that has fewer than two other pairs (a page
    // with no FAQ at all leaves the reader with nothing).
    const ownTerms = new Set(
      tokenize(quoted, lang)
        .filter((t) => t.term)
        .map((t) => t.term!),
    );
    const ownHits = [...ownTerms].filter((t) => story.has(t)).length;
    const titleHits = [...ownTerms].filter((t) => titleTerms.has(t)).length;
    const fallback = ownHits < (inHeadline ? 1 : 2) || titleHits < 1;
    if (fallback) drop(`a side remark, kept only to fill a page (${ownHits} of the story's terms, ${titleHits} of the headline's)`);
    // Someone the story names by what they are ("la conductrice", "the witness") speaks too.
    const speakerNoun = sp.name
      .split(/\s+/u)
      .pop()!
      .toLowerCase()
      .replace(/^l['’]/u, '');
    // An institution by its noun ("la préfecture", "the police"), not any noun after a verb.
    if (!sp.person && !institutions.has(speakerNoun) && !people.has(speakerNoun)) continue;
    // "le Premier ministre" on a page whose headline names "Edouard Philippe" is most likely him: one voice, by name.
    if (!sp.person && people.has(speakerNoun) && voices.some((v) => v.person && wordOf(v.name).test(title))) {
      drop('a role the headline names');
      continue;
    }
    // Of a speaker's quotations, the one that tells most: a full say rather than a few words, and
    // never the headline's own quotation again ("l'heure du confinement va durer").
    const quoteTerms = [
      ...new Set(
        tokenize(quoted, lang)
          .filter((t) => t.term)
          .map((t) => t.term),
      ),
    ];
    const echoesTitle = quoteTerms.length > 0 && quoteTerms.filter((t) => titleTerms.has(t)).length >= 0.6 * quoteTerms.length;
    if (echoesTitle) {
      drop('the headline says it');
      continue;
    }
    const weight = (sp.person ? 1 : 0.9) * Math.min(1, 0.7 + quotedLength / 50);
    const [first, ...rest] = sp.sources;
    const before = out.length;
    add('what-said', writer.says(sp.name, wctx), first, rest, weight);
    if (fallback) for (const c of out.slice(before)) c.fallback = true;
  }

  // Who is X: a person the story mentions twice or more, where the article says who they are.
  const seen = new Map<string, number>();
  for (const s of sentences) {
    for (const r of nameRuns(s.text, pack)) {
      // A person's name: two to four words, each a capital then small letters, not a place.
      const parts = r.name.split(/\s+/u);
      if (
        parts.length < 2 ||
        parts.length > 4 ||
        places.has(r.name) ||
        !parts.every((w) => /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)*$/u.test(w) || /^(?:de|van|von|da|di|del|le|la|ben|bin|al)$/u.test(w))
      )
        continue;
      const before = s.text.slice(Math.max(0, r.start - 8), r.start);
      // A name inside another's ("the Office of Manned Space Flight", "l'université de Caen"), or in quotation marks (a title, a party).
      if (/(?:^|\s)(?:of|de|du|des|d['’]|at|von|der|di|del|della|da|do|the|le|la|les|l['’])\s+$/iu.test(before) || /[«"“„]\s*$/u.test(before)) continue;
      // German writes every noun with a capital: a name there follows no article.
      if (pack.code === 'de' && /(?:^|\s)(?:der|die|das|des|dem|den|ein|eine|eines|einem|einen|einer)\s+$/iu.test(before)) continue;
      // At a sentence's start any word has a capital: its first word must be one the article writes as a name.
      // (or its surname, or the headline names them past its first word: "La célèbre accordéoniste Yvette Horner est morte").
      if (r.start <= 2 && !wctx.isName(parts[0]) && !wctx.isName(parts[parts.length - 1]) && !(title.indexOf(r.name) > 0)) continue;
      seen.set(r.name, (seen.get(r.name) ?? 0) + 1);
    }
  }
  // The people named most: a long read names hundreds, and each is looked for in every sentence.
  const named = [...seen]
    .sort((a, b) => b[1] - a[1])
    .slice(0, 12)
    .map(([n]) => n);
  for (const name of named) {
    const surname = name.split(/\s+/u).pop()!;
    // A person is named again by their surname alone ("Kramer"); a company or a body is not.
    const alone = sentences.filter((s) => new RegExp(`(?<![\\p{L}][\\s-]?)${escapeRegExp(surname)}(?![\\p{L}])`, 'u').test(s.text.replace(name, ''))).length;
    if (alone < 1) continue;
    const question = writer.whoIs(fullName(name, sentences, pack), wctx);
    const analysis = analyseQuestion(question, lang);
    if (analysis.type !== 'who-is') continue;
    if (globalThis.process?.env?.FAQ_DEBUG) console.error(`[faq] who-is looking for who ${name} is`);
    // The first sentences that name them and say, in the article's voice, who they are (a role, an apposition).
    // Or, when those are the EN BREF lines, a later sentence that opens on the surname and says it ("Beyrer, a professor…").
    const apposition = new RegExp(`^${escapeRegExp(surname)},\\s`, 'u');
    const describing = [
      ...sentences.filter((x) => x.text.includes(name)).slice(0, 3),
      ...sentences.filter((x) => !x.text.includes(name) && apposition.test(x.text)).slice(0, 2),
    ];
    for (const s of describing) {
      const v = verifyAnswer(analysis, [s.text]);
      if (!v.ok || v.strength < 0.9 || isQuotation(facts[s.index].speech)) continue;
      const before = out.length;
      add('who-is', question, s.index);
      if (out.length > before) break;
    }
  }

  // What is X, on a page about X ("Bronzage", "Prime number"): the sentence that defines it.
  const topic = article.title.trim();
  if (topic && lineLength(topic, lang) <= 4 && !/[?!:;,.]/u.test(topic) && writer.whatIs) {
    for (const s of sentences.slice(0, 12)) {
      const question = writer.whatIs(topic, s.text, true);
      if (!question || analyseQuestion(question, lang).type !== 'what-is') continue;
      const before = out.length;
      add('what-is', question, s.index);
      if (out.length > before) break;
    }
  }

  // What is X: a term the article spells out, as an acronym and its words.
  for (const s of sentences) {
    for (const m of s.text.matchAll(/[(（]([\p{Lu}\p{N}]{2,8})[)）]|(?<![\p{L}])([\p{Lu}]{2,8})\s?[(（][^()（）]{6,90}[)）]/gu)) {
      const term = m[1] ?? m[2];
      if (!/\p{Lu}.*\p{Lu}/u.test(term)) continue;
      // An acronym named once in passing ("limfocyty NK") is trivia: the story uses it again, or its headline or EN BREF lines do.
      const again = new RegExp(`(?<![\\p{L}])${term}(?![\\p{L}])`, 'u');
      if (sentences.filter((x) => again.test(x.text)).length < 2 && !again.test(headline)) continue;
      add('what-is', writer.whatIs(term, s.text), s.index);
      break;
    }
  }
  return out;
}
