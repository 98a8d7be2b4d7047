/**
 * Who the story's people are, as the article names them: the speaker of each quotation or
 * reported statement ("a déclaré Olivier Véran", "the police said", "selon le parquet"), the
 * full name behind a surname ("M. Fusco" is "Stefano Fusco"), and what is a place or a medium
 * rather than a person ("in South Africa", "à l'AFP").
 */
import type { Sentence } from '../../../types';
import { languagePack, type LanguagePack } from '../../../text/lang';
import { outsideQuotes, reportingRegExp, speechOf } from '../speech';
import { escapeRegExp } from '../../../text/regexp';

/** Titles before a name, dropped from it: "M. Fusco", "Dr. Smith", "Mme Hidalgo". */
const TITLE =
  /^(?:M\.|MM\.|Mme|Mmes|Mlle|Mr\.?|Mrs\.?|Ms\.?|Dr\.?|Pr\.?|Prof\.?|Me|Sir|Dame|Herr|Frau|Sr\.?|Sra\.?|Sig\.?|Sig\.ra|Dott\.?|κ\.|κα|г-н|г-жа|pan|pani)$/u;
/** Particles inside a name: "Charles de Gaulle", "Ursula von der Leyen", "Abu al-Baghdadi". */
const PARTICLE = /^(?:de|du|des|von|van|der|den|da|das|di|del|della|dos|la|le|ben|bin|al|el|y|zu|ter|ten)$/u;
const CAPITALISED = /^\p{Lu}[\p{L}'’.-]*$/u;
/** Media and agencies: named as who was told, never as a speaker. */
const MEDIA =
  /^(?:AFP|AP|Reuters|BFMTV|BFM|CNN|BBC|franceinfo|France Info|Le Monde|Le Figaro|Le Parisien|Libération|RTL|Europe 1|LCI|TF1|France 2|France Inter|Twitter|Facebook|Instagram|Fox News|NBC|ABC|CBS|dpa|ANSA|EFE|TASS|Xinhua)$/iu;

/** A reporting verb whose subject is a pronoun: "a-t-il ajouté", "he said", "sagte er", "сказал он". */
const PRONOUN_SPEAKER =
  /-t-(?:il|elle)(?![\p{L}])|(?<![\p{L}])(?:he|she|er|sie|он|она)\s+(?:said|says|added|told|explained|sagte|sagt|fügte|сказал|сказала|добавил|добавила)(?![\p{L}])|(?<![\p{L}])(?:said|says|added|sagte|sagt|сказал|сказала|добавил|добавила)\s+(?:he|she|er|sie|он|она)(?![\p{L}])/iu;

/** "a-t-il dit" of "Mme Hidalgo", "a-t-elle dit" of "M. Philippe": the pronoun is someone else's. */
function pronounDisagrees(text: string, name: string, sentences: Sentence[]): boolean {
  const surname = escapeRegExp(name.split(/\s+/u).pop()!);
  const all = sentences.map((s) => s.text).join(' ');
  const female = new RegExp(`(?:Mme|Madame|Mrs\\.?|Ms\\.?|Frau)\\s+${surname}(?![\\p{L}])`, 'u').test(all);
  const male = new RegExp(`(?:M\\.|Monsieur|Mr\\.?|Herr)\\s+${surname}(?![\\p{L}])`, 'u').test(all);
  if (/-t-il|(?<![\p{L}])(?:he|er|он)(?![\p{L}])/iu.test(text)) return female && !male;
  if (/-t-elle|(?<![\p{L}])(?:she|sie|она)(?![\p{L}])/iu.test(text)) return male && !female;
  return false;
}

export interface Speaker {
  /** As the question names them: a full name, or an institution with its article ("la préfecture"). */
  name: string;
  /** Sentences of the quotation or statement, in order. */
  sources: number[];
  /** A person (a name), not an institution. */
  person: boolean;
}

interface Token {
  text: string;
  start: number;
  end: number;
}

const tokensOf = (text: string): Token[] =>
  [...text.matchAll(/[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu)].map((m) => ({
    text: m[0].replace(/[.,]$/u, (c) => (/^\p{Lu}\.$/u.test(m[0]) || TITLE.test(m[0]) ? c : '')),
    start: m.index!,
    end: m.index! + m[0].length,
  }));

/** Capitalised runs of a text (names), with particles inside them, titles left out. */
export function nameRuns(text: string, pack: LanguagePack): Array<{ name: string; start: number; end: number }> {
  const tokens = tokensOf(text);
  const out: Array<{ name: string; start: number; end: number }> = [];
  for (let i = 0; i < tokens.length; i++) {
    if (!CAPITALISED.test(tokens[i].text) || TITLE.test(tokens[i].text)) continue;
    let j = i;
    while (j + 1 < tokens.length) {
      // "Бабич. Он": a name ends where its sentence does.
      // (the token keeps no final period: read it in the text; "St.", "Jr." are abbreviations).
      if (/\p{L}{4,}\.$/u.test(text.slice(tokens[j].start, tokens[j].end)) && !TITLE.test(tokens[j].text)) break;
      const next = tokens[j + 1];
      const gap = text.slice(tokens[j].end, next.start);
      if (!/^[\s\u00a0]+$/u.test(gap) && gap !== '-') break;
      if (CAPITALISED.test(next.text)) j++;
      else if (
        PARTICLE.test(next.text) &&
        j + 2 < tokens.length &&
        CAPITALISED.test(tokens[j + 2].text) &&
        /^\s+$/u.test(text.slice(next.end, tokens[j + 2].start))
      )
        j += 2;
      else break;
    }
    // "la députée LFI Mathilde Panot": a party's or a body's acronym before a name is not part of it.
    while (j > i + 1 && /^\p{Lu}{2,6}$/u.test(tokens[i].text) && CAPITALISED.test(tokens[i + 1].text) && /\p{Ll}/u.test(tokens[i + 1].text)) i++;
    const words = tokens.slice(i, j + 1).map((t) => t.text);
    // "Monday", "Janvier": dates, not names.
    const dates = new Set([...(pack.dates?.months ?? []), ...(pack.dates?.weekdays ?? [])]);
    if (words.some((w) => dates.has(w.toLowerCase()))) {
      i = j;
      continue;
    }
    // A function word first ("Le Conseil", "The Guardian") opens an institution's name, not a person's.
    if (!pack.stopwords.has(words[0].toLowerCase()))
      out.push({ name: text.slice(tokens[i].start, tokens[j].end).replace(/[.,]$/u, ''), start: tokens[i].start, end: tokens[j].end });
    i = j;
  }
  return out;
}

/**
 * Words the article writes after a place preposition ("à Bergame", "in South Africa"): places,
 * never people. `placePrepositions` come from the language's QA pack.
 */
export function placeNames(sentences: Sentence[], prepositions: readonly string[]): Set<string> {
  const preps = prepositions.filter((p) => !p.includes('*'));
  if (preps.length === 0) return new Set();
  // Case matters after the preposition (a capital: a name), not for the preposition itself.
  const both = preps.flatMap((p) => [p, p.charAt(0).toUpperCase() + p.slice(1)]).map((p) => escapeRegExp(p));
  const re = new RegExp(`(?<![\\p{L}])(?:${both.join('|')})\\s+((?:l['’]|the\\s)?\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’-]+)?)`, 'gu');
  const out = new Set<string>();
  for (const s of sentences) for (const m of s.text.matchAll(re)) out.add(m[1].replace(/^(?:l['’]|the\s)/u, ''));
  return out;
}

/** Every name the article gives, and the fullest for each surname, worked out once per article. */
const namesCache = new WeakMap<Sentence[], { pack: LanguagePack; names: Set<string>; full: Map<string, string> }>();
function articleNames(sentences: Sentence[], pack: LanguagePack): { names: Set<string>; full: Map<string, string> } {
  const hit = namesCache.get(sentences);
  if (hit && hit.pack === pack) return hit;
  const names = new Set(sentences.flatMap((s) => nameRuns(s.text, pack).map((r) => r.name)));
  const full = new Map<string, string>();
  for (const run of names) {
    const parts = run.split(/\s+/u);
    const surname = parts[parts.length - 1];
    if (parts.length >= 2 && parts.length <= 4 && run.length > (full.get(surname)?.length ?? 0)) full.set(surname, run);
  }
  // Family name first ("Liu Xiaming", then "Liu said"): the first word too, unless it is someone's surname.
  for (const run of names) {
    const parts = run.split(/\s+/u);
    if (parts.length === 2 && !full.has(parts[0])) full.set(parts[0], run);
  }
  const entry = { pack, names, full };
  namesCache.set(sentences, entry);
  return entry;
}

/** The fullest name the article gives for a surname: "Fusco" -> "Stefano Fusco". */
export function fullName(name: string, sentences: Sentence[], pack: LanguagePack): string {
  if (name.includes(' ')) return name;
  return articleNames(sentences, pack).full.get(name) ?? name;
}

/**
 * "au magazine Variety Julia Roberts": a run of capitals that ends with a name the article
 * gives elsewhere on its own is that name.
 */
function knownSuffix(name: string, sentences: Sentence[], pack: LanguagePack): string {
  const parts = name.split(/\s+/u);
  if (parts.length < 3) return name;
  const elsewhere = articleNames(sentences, pack).names;
  for (let k = 1; k <= parts.length - 2; k++) {
    const suffix = parts.slice(k).join(' ');
    if (elsewhere.has(suffix)) return suffix;
  }
  return name;
}

/**
 * Who says what the sentence reports: the name (or institution) next to its reporting verb,
 * outside the quotation marks. Undefined when only a pronoun says it ("a-t-il ajouté").
 */
export function speakerIn(
  text: string,
  lang: string,
  places: ReadonlySet<string>,
  resolve: (surname: string) => string = (n) => n,
): { name: string; person: boolean } | undefined {
  const pack = languagePack(lang);
  const outside = outsideQuotes(text);
  const verb = reportingRegExp(pack)?.exec(outside);
  if (!verb) return undefined;
  const at = verb.index + (verb[0].length - verb[0].trimStart().length);
  const verbEnd = verb.index + verb[0].length;
  const runs = nameRuns(outside, pack).filter((r) => {
    // ("BFM Paris", "CNN International": a medium's name first is the medium's.)
    if (MEDIA.test(r.name) || MEDIA.test(r.name.split(/\s+/u)[0]) || places.has(r.name) || places.has(r.name.split(/\s+/u).pop()!)) return false;
    const before = outside.slice(Math.max(0, r.start - 30), r.start);
    // The one spoken to ("a indiqué à l'AFP", "told Reuters"), or a name inside another's
    // ("l'Université de Hong Kong", "the University of Copenhagen", "Hong Kong's police chief").
    if (
      /(?:^|\s)(?:à|au|aux|to|told|gegenüber|a|ad|para|de|du|des|d['’]|of|at|in|von|der|di|del|della|da|do|корреспонденту|агентству|изданию|журналистам)\s+(?:l['’]|la\s|le\s|les\s|the\s)?$/iu.test(
        before,
      )
    )
      return false;
    if (/^['’]s?(?![\p{L}])/u.test(outside.slice(r.end))) return false;
    // "Chris Tang, Hong Kong’s new police commissioner, said": a possessive names what, not who.
    if (/['’]s$/u.test(r.name)) return false;
    // One word alone is a name only when the article gives its full form ("Fusco" of "Stefano Fusco").
    if (!r.name.includes(' ') && !/^\p{Lu}{2,6}$/u.test(r.name) && !resolve(r.name).includes(' ')) return false;
    return true;
  });
  // An organisation is named with an article ("the People's Liberation Army"): not a person.
  const persons = runs.filter(
    (r) =>
      !/(?:^|\s)(?:the|le|la|les|l['’]|der|die|das|el|il|lo|o|a|het|de)\s+$/iu.test(outside.slice(Math.max(0, r.start - 6), r.start)) ||
      /^\p{Lu}{2,6}$/u.test(r.name),
  );
  runs.length = 0;
  runs.push(...persons);
  const near = (r: { start: number; end: number }) => (r.start >= verbEnd ? r.start - verbEnd : at - r.end);
  const close = runs.filter((r) => near(r) >= 0 && near(r) <= 100).sort((a, b) => near(a) - near(b));
  // "AD CFE-CGC", "CGT": capitals only name a body, not a person.
  if (close.length) return { name: close[0].name, person: /\p{Ll}/u.test(close[0].name) };
  // An institution: "a précisé la préfecture", "selon le parquet", "the police said".
  const determiners = pack.grammar?.determiners ?? [];
  if (determiners.length === 0) return undefined;
  const det = determiners
    .filter((d) => !/['’]$/u.test(d))
    .map((d) => escapeRegExp(d))
    .join('|');
  // "le Premier ministre", "la préfecture de police": a title may take a capital before its noun.
  const after = new RegExp(
    `^\\s*((?:${det})\\s+(?:\\p{Lu}\\p{Ll}+\\s)?\\p{Ll}[\\p{Ll}-]{3,}(?:\\s(?:de|du|des|of)\\s(?:la\\s|l['’]|the\\s)?\\p{L}[\\p{L}-]{2,})?|l['’]\\p{Ll}[\\p{Ll}-]{3,})(?=\\s*(?:[,.;:!?»"”]|$)|\\s(?:à|au|aux|to|on|in|lors|dans|en|ce|this|mardi|lundi|mercredi|jeudi|vendredi|samedi|dimanche)\\s)`,
    'u',
  ).exec(outside.slice(verbEnd));
  if (after) return { name: after[1], person: false };
  // Before the verb, as the sentence's subject: "The police said", "Le Premier ministre a affirmé".
  const detBoth = det
    .split('|')
    .flatMap((d) => [d, d.charAt(0).toUpperCase() + d.slice(1)])
    .join('|');
  const before = new RegExp(`^[\\s«"“]*((?:${detBoth})\\s+(?:\\p{Lu}\\p{Ll}+\\s)?\\p{Ll}[\\p{Ll}-]{3,})(?:\\s+\\S+)?\\s*$`, 'u').exec(
    outside.slice(0, at).replace(/^[^\p{L}]+/u, ''),
  );
  if (before) return { name: before[1].charAt(0).toLowerCase() + before[1].slice(1), person: false };
  return undefined;
}

/**
 * Every quotation or statement the article attributes by name, with the sentences that carry
 * it: one sentence, or a quotation running over the next one or two until its closing mark.
 */
export function speakers(sentences: Sentence[], lang: string, places: ReadonlySet<string>, title = ''): Speaker[] {
  const pack = languagePack(lang);
  // The person the headline names (one only), whom a pronoun takes up when nothing nearer does.
  const headlined = [...new Set(nameRuns(title, pack).map((r) => fullName(r.name, sentences, pack)))].filter(
    (n) => n.includes(' ') && !MEDIA.test(n) && !places.has(n) && sentences.some((x) => x.text.includes(n.split(/\s+/u).pop()!)),
  );
  const out: Speaker[] = [];
  for (let i = 0; i < sentences.length; i++) {
    const speech = speechOf(sentences[i].text, lang);
    if (!speech.reported) continue;
    let sources = [i];
    let who = speakerIn(sentences[i].text, lang, places, (n) => fullName(n, sentences, pack));
    // Its last quotation mark opens a quotation ("said: “These rioters…"): it runs on after this sentence.
    const lastMark = /[«»“”„"「」](?=[^«»“”„"「」]*$)/u.exec(sentences[i].text);
    const opensForward =
      speech.unbalanced && !!lastMark && (/[«“„「]/u.test(lastMark[0]) || (lastMark[0] === '"' && /^\p{L}/u.test(sentences[i].text.slice(lastMark.index + 1))));
    // A quotation that opened a sentence or two earlier and closes here, with its speaker.
    if (speech.unbalanced && !speech.opensQuote && !opensForward) {
      for (let k = i - 1; k >= Math.max(0, i - 2); k--) {
        if (sentences[k].block !== sentences[i].block) break;
        sources = [k, ...sources];
        if (speechOf(sentences[k].text, lang).unbalanced) break;
      }
    }
    // "…", a-t-il ajouté: the speaker the sentence before names (in this paragraph or the one
    // just before), when it too reports their words.
    if (!who && i > 0 && sentences[i].block - sentences[i - 1].block <= 1) {
      const prev = speakerIn(sentences[i - 1].text, lang, places, (n) => fullName(n, sentences, pack));
      if (prev?.person && speechOf(sentences[i - 1].text, lang).reported) {
        who = prev;
        sources = [...new Set([i - 1, ...sources])].sort((a, b) => a - b);
      } else if (
        !prev &&
        PRONOUN_SPEAKER.test(outsideQuotes(sentences[i].text)) &&
        sources[0] > 0 &&
        sentences[sources[0]].block - sentences[sources[0] - 1].block <= 1
      ) {
        // "…, a-t-il souligné" after "Edouard Philippe s'est montré…": the one person the sentence
        // before the quotation names ("Elle ne sera pas acceptée", inside it, names no one).
        const before = sources[0] - 1;
        // The sentence before quotes someone too, named in no way we can ask by ("…", a ajouté
        // l'acteur qui joue…): the pronoun is that speaker's, unnamed here.
        const beforeSpeech = speechOf(sentences[before].text, lang);
        const beforeReports = beforeSpeech.reported && beforeSpeech.quoted > 0.3;
        const people = beforeReports
          ? []
          : [...new Set(nameRuns(outsideQuotes(sentences[before].text), pack).map((r) => fullName(r.name, sentences, pack)))].filter((n) => {
              const parts = n.split(/\s+/u);
              return !(
                parts.length < 2 ||
                MEDIA.test(n) ||
                MEDIA.test(parts[0]) ||
                places.has(n) ||
                places.has(parts[parts.length - 1]) ||
                pack.stopwords.has(parts[0].toLowerCase())
              );
            });
        const named = people.filter((n) => {
          const parts = n.split(/\s+/u);
          // A person the story follows is named again by their surname ("M. Philippe", "Philippe a…").
          const again = new RegExp(`(?<![\\p{L}])${escapeRegExp(parts[parts.length - 1])}(?![\\p{L}])`, 'u');
          return sentences.some((s, k) => k !== before && again.test(s.text));
        });
        // Several people named ("Mélenchon, Bayou ou encore Bardella ont critiqué"): the pronoun may be any of them.
        if (people.length === 1 && named.length === 1) who = { name: named[0], person: true };
        // "Anne Hidalgo a été testée positive" (headline) … "interrogée par BFM Paris" … "a-t-elle estimé".
        // Only when the sentence before names no one: "Jordan Bardella ont critiqué…" then "a-t-il écrit" is not the headline's Macron.
        else if (
          !beforeReports &&
          people.length === 0 &&
          headlined.length === 1 &&
          !pronounDisagrees(outsideQuotes(sentences[i].text), headlined[0], sentences)
        )
          who = { name: headlined[0], person: true };
      }
    }
    // A quotation that opens here and closes in the next sentence or two of the paragraph.
    if (opensForward) {
      for (let k = i + 1; k < Math.min(sentences.length, i + 3); k++) {
        if (sentences[k].block !== sentences[i].block) break;
        sources = [...sources, k];
        if (speechOf(sentences[k].text, lang).unbalanced) break;
      }
    }
    if (!who) continue;
    // "au magazine Variety Julia Roberts": the medium's name before the speaker's is not theirs.
    const medium = who.person
      ? new RegExp(
          `(?:magazine|journal|quotidien|hebdomadaire|site|radio|chaîne|newspaper|daily|channel|show|Zeitung|Magazin)\\s+(\\p{Lu}\\S*)\\s+${who.name
            .split(/\s+/u)
            .slice(1)
            .map((w) => escapeRegExp(w))
            .join('\\s+')}`,
          'u',
        ).exec(sentences[i].text)
      : null;
    const bare = medium && who.name.startsWith(medium[1] + ' ') && who.name.split(/\s+/u).length >= 3 ? who.name.slice(medium[1].length + 1) : who.name;
    const name = who.person ? fullName(knownSuffix(bare, sentences, pack), sentences, pack) : who.name;
    who = { ...who, name };
    out.push({ name: who.name, person: who.person, sources });
  }
  return out;
}
