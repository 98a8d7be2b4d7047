/**
 * Writing a reader's question in a language: from the sentence that answers it (a cause, a
 * count, a decision, a plan) or from a name or a term. Each writer returns undefined when the
 * sentence does not lend itself to a natural question: a missing question is better than a
 * clumsy one.
 */

export type Gender = 'm' | 'f';

/** Character offsets in a sentence. */
export interface Span {
  start: number;
  end: number;
}

export interface WriteContext {
  /** The gender of a person named in the article, when the article tells it ("Mme Dupont", "elle"). */
  genderOf(name: string): Gender | undefined;
  /** A capitalised word the article also writes in the middle of sentences: a name, not a common word. */
  isName(word: string): boolean;
}

/**
 * Someone who can decide, announce or plan: a name, or a body or a person named by what they
 * are ("le gouvernement", "the council", "les syndicats"); not "l'urgence", "the award".
 */
export function isActor(subject: string, writer: Pick<QuestionWriter, 'institutions' | 'people'>, ctx: WriteContext): boolean {
  const words = subject.split(/\s+/u);
  const head = words[words.length - 1].toLowerCase().replace(/^l['’]/u, '');
  const known = new Set([...writer.institutions, ...writer.people].map((w) => w.toLowerCase()));
  const isKnown = (w: string) => known.has(w) || known.has(w.replace(/(?:s|x)$/u, '')) || known.has(w.replace(/ies$/u, 'y'));
  // "The 2021 RAV4 Prime", "iPhone 11": a model year or number names a product, not someone who acts ("G7" does).
  if (words.some((w) => /\p{N}/u.test(w) && !/^G\p{N}{1,2}$/u.test(w))) return false;
  // "Ford's Mustang Mach E SUV": after a possessive the head is what is owned, a thing unless a person or a body.
  if (words.slice(0, -1).some((w) => /['’]s?$/u.test(w) && /^\p{Lu}/u.test(w))) return isKnown(head);
  if (words.some((w) => /^\p{Lu}/u.test(w) && (ctx.isName(w) || /^\p{Lu}{2,}/u.test(w)))) return true;
  return isKnown(head);
}

export interface QuestionWriter {
  /**
   * Words that state what will happen (lower case, whole words; anywhere in CJK): "va", "will",
   * "wird", "будет", "将". A plain "what happens next?" needs an answer that has one.
   */
  futures: string[];
  /** Bodies that speak as one, named by their noun: "préfecture", "police", "ministry". */
  institutions: string[];
  /** People named by what they are, who may speak unnamed: "conductrice", "witness", "maire". */
  people: string[];
  /**
   * "Pourquoi la SNCF a-t-elle interrompu la circulation ?" from a sentence whose main clause a
   * cause explains; `cause`: where the cause's marker is in it ("parce que", "because").
   */
  why(sentence: string, cause: Span | undefined, ctx: WriteContext): string | undefined;
  /** "Combien de personnes ont été évacuées ?" from a sentence and the number in it (its offsets). */
  howMany(sentence: string, number: Span, ctx: WriteContext): string | undefined;
  /** "Qu'a annoncé le gouvernement ?", "How did the union react?" from a sentence whose named subject decides or reacts. */
  action?(sentence: string, ctx: WriteContext): string | undefined;
  /** "Que va faire le gouvernement ?" from a sentence saying what someone will do; otherwise a plain "what next". */
  next(sentence: string | undefined, ctx: WriteContext): string | undefined;
  /**
   * "Qu'est-ce que l'IGPN ?", "Wofür steht EZB?" for a term the article spells out;
   * `topic`: the term is the page's subject ("Qu'est-ce que le bronzage ?"), not an acronym.
   */
  whatIs(term: string, sentence: string, topic?: boolean): string | undefined;
  /** "Qui préside le comité ?", "Who leads the task force?" from a sentence naming a body and who heads it. */
  leads?(sentence: string): string | undefined;
  /** "Qui est Raymond Lee ?" */
  whoIs(name: string, ctx: WriteContext): string;
  /** "Que dit Olivier Véran ?", "What do the police say?" */
  says(name: string, ctx: WriteContext): string;
}
