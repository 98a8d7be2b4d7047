/**
 * What the question-answering core (lib/qa) knows of a language: the words that give a
 * question its type, and the cues that tell whether a sentence carries the kind of fact asked
 * for. Lower case. A phrase is matched on whole words ("parce que", "how many"); a word
 * ending in "*" matches any word it begins ("déclar*": "déclare", "déclaré"). In languages
 * written without spaces (zh, ja) a phrase matches anywhere in the text.
 */

/** The kinds of question the core tells apart. */
export type QuestionType =
  | 'who'
  | 'when'
  | 'where'
  | 'how-many'
  | 'how-much'
  | 'why'
  | 'what-said'
  | 'what-next'
  | 'who-is'
  | 'what-is'
  | 'how'
  | 'yes-no'
  | 'what';

/** Question types recognised by their words alone (the others need a name or a term: see the templates). */
export type PhraseType = 'who' | 'when' | 'where' | 'how-many' | 'how-much' | 'how-long' | 'why' | 'what-next' | 'how' | 'what';

export interface QaPack {
  code: string;
  /** Written without spaces between words (zh, ja). */
  unspaced?: boolean;
  /** Every noun takes a capital (German): a capital does not make a name. */
  capitalisedNouns?: boolean;
  /**
   * Phrases that give a question its type. The longest phrase found wins ("how many" over
   * "how", "what year" over "what"); on a tie, the earliest.
   */
  types: Partial<Record<PhraseType, string[]>>;
  /** "what did {X} say": X is the speaker of the quotation asked for. */
  said: string[];
  /** "who is {X}": X, a name, is the person to describe. */
  whoIs: string[];
  /** "what is {X}", "what does {X} mean": X, a short term, is to be defined. */
  whatIs: string[];
  /** Words that open a question answered by yes or no ("is", "does", "est-ce que"). */
  yesNo: string[];
  /** Question words and fillers that carry no topic ("which", "quel", "name"), beyond the stopwords. */
  questionWords: string[];
  /**
   * Function words, for languages whose general pack has none yet; merged with the general
   * pack's stopwords.
   */
  stopwords?: () => ReadonlySet<string>;
  /** Words that are numbers ("three", "dozen", "million"). */
  numberWords: string[];
  /** Months and their abbreviations, days of the week. */
  months: string[];
  days: string[];
  /** Other words that make a time expression: "century", "yesterday", "spring", "decade". */
  timeWords: string[];
  /** Units of duration, for "how long" ("years", "minutes"). */
  durationUnits: string[];
  /** Words and signs that make a number an amount: "percent", "euros", "$", "km". */
  amountUnits: string[];
  /** Words right before a place: "in", "at", "near", "à", "dans". */
  placePrepositions: string[];
  /** Nouns that name a kind of place: "city", "river", "county", "ville". */
  placeNouns: string[];
  /** Markers of a cause or a purpose: "because", "due to", "parce que", "afin de". */
  causeMarkers: string[];
  /** Verbs and phrases that report speech: "said", "told", "déclar*", "according to". */
  speechVerbs: string[];
  /** Markers of a future or planned action: "will", "plans to", "prévoit", "next". */
  futureMarkers: string[];
  /** Phrases that say what a term is: "is a", "refers to", "est un", "désigne". */
  definitions: string[];
  /** Roles and titles that describe a person: "president", "ministre", "singer". */
  roles: string[];
  /**
   * Words that open a sentence which leans on the one before ("he", "this", "il", "ces"): an
   * answer starting with one takes the sentence before it along.
   */
  anaphora: string[];
  /**
   * Question words that ask "who" alone but "which" before a noun (Greek "ποιος": "ποιος
   * κέρδισε" who won, "ποιος όρος" which term); with verbEndings, the endings (without
   * accents) that make the next word a verb.
   */
  whichWords?: string[];
  verbEndings?: string[];
  /** Suffixes of a language's synthetic future ("-ront", "-rá"), for words of 4 letters or more. */
  futureSuffixes?: string[];
}
