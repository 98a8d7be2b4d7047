export interface FaqTemplates {
  /** Words that open a question ("why", "pourquoi"): a heading starting with one is already a question. */
  interrogatives: string[];
  /** A heading that is not a question, turned into one. */
  aboutHeading(heading: string): string;
  whatHappened: string;
  who: string;
  /** "Who is Raymond Lee?" */
  whoIs(name: string): string;
  /** "What does Raymond Lee say?" */
  says(name: string): string;
  when: string;
  where: string;
  figures: string;
  why: string;
  next: string;
}

/**
 * Words around reported speech, lower case: what makes a line someone's words rather than the
 * article's, and who that someone is.
 */
export interface SpeechWords {
  /** Reporting verbs in the forms news prints them ("said", "a déclaré", "sagte", "заявил"). */
  verbs: string[];
  /** Phrases that attribute without a verb ("according to", "selon", "laut", "по словам"). */
  according: string[];
}

/** What page furniture says, in this language, lower case (see lib/extract/clean.ts). */
export interface FurnitureWords {
  /** A short line opening with one of these is furniture: "read also", "share", "photo:". */
  opening: string[];
  /** A short line holding one of these anywhere is furniture: "all rights reserved", "newsletter". */
  anywhere: string[];
}

/** Grammar words the bullets' compression and choice need, lower case. */
export interface GrammarWords {
  /**
   * Words that, opening a sentence, point back to something before it: personal pronouns,
   * demonstratives ("Il", "This", "Diese", "Это", "该"). Such a sentence cannot stand alone.
   */
  anaphora: string[];
  /**
   * Openings that start with such a word and point to nothing ("Il y a", "Cela faisait deux ans
   * que", "It has been", "Es gibt"): the sentence stands alone.
   */
  impersonal?: string[];
  /** Openings with no pronoun that still lean on the sentence before ("Même son de cloche aux Pays-Bas"). */
  leaning?: string[];
  /**
   * Demonstratives that open a noun phrase anywhere in a line ("ces réformes", "this substance",
   * "dieser Bericht", "tego przeciwutleniacza"): the noun was named before, and a line that does
   * not name it needs the bullet that does.
   */
  demonstratives?: string[];
  /**
   * Pronouns inside a line that stand for a place or a thing named before ("L'armée y subit une
   * défaite"), and the phrases where they point to nothing ("il y a", "y compris").
   */
  pointers?: { words: string[]; except: string[] };
  /**
   * Third-person subject pronouns: after a leading phrase ("Alors qu'il a promis …, il joue",
   * "Сегодня, 5 января, он посетил") the line's subject is still someone named before.
   */
  subjects?: string[];
  /**
   * Nouns a demonstrative points at the time of writing with, not back at an earlier sentence
   * ("cette année", "this week", "diese Woche"): months and weekdays count too (dates).
   */
  deictic?: string[];
  /**
   * Adverbs inside a line that tie it to the sentence before ("a également annoncé", "also"):
   * gone from an EN BREF line, which stands alone.
   */
  additives?: string[];
  /** Additives that also compare ("aussi grand que"): before "que", they stay. */
  comparatives?: string[];
  /** Pronouns that open a relative clause after a comma ("qui", "which", "который"). */
  relatives: string[];
  /**
   * Words that open a leading adverbial phrase ("Pendant", "During", "Nach"): such a phrase,
   * up to the first comma, sets the scene and may go from a line that is too long.
   */
  sceneOpeners: string[];
  /**
   * Scene openers that may also bring a verb's object ("confrontés, parfois de façon dramatique,
   * au manque de place"; "reliant on …"): a phrase they open at the end of a sentence stays.
   */
  objectPrepositions?: string[];
  /**
   * Adverbs that open an aside between commas (", parfois de façon dramatique,", ", of course,"),
   * and the ending most adverbs of the language have ("-ment", "-ly"): such an aside may go.
   */
  asideAdverbs?: { words: string[]; ending?: string };
  /** Negation words: a cut keeps every one the main clause has. */
  negations: string[];
  /** Articles and determiners that open an apposition after a name (", un Sud-Coréen de 33 ans,"). */
  determiners: string[];
  /**
   * Words that open a concessive or contrasting second clause after a comma ("while",
   * "although", "tandis que"): a long line may end before it, the first clause saying something
   * whole and true. Not "but" or "and": "will pay to remove, but not replace" and "Scheele, and
   * Priestley" change what the sentence says once cut.
   */
  clauseLinks: string[];
  /** A second verb phrase closing a sentence: the conjunction, then one of these auxiliaries ("et a réclamé"). */
  coordination?: { conjunction: string; auxiliaries: string[] };
}

/** The words of the digest's "at a glance" table (lib/engine/embedded/table.ts). */
export interface TableWords {
  /** Caption of a table of aspects ("En un coup d'œil"). */
  caption: string;
  /** Its column headings: the aspect, what the article says of it. */
  aspect: string;
  says: string;
  /** Caption and column headings of a table of figures ("Chiffres clés": the figure, what it counts). */
  figuresCaption: string;
  figure: string;
  counts: string;
  /**
   * Sub-headings, lower case, that name a part of the text rather than an aspect of the story
   * ("Conclusion", "Fazit", "En bref"): such a section gives no row.
   */
  structural: string[];
}

export interface LanguagePack {
  code: string;
  /** The digest's heading, as a newspaper of that language prints it. */
  heading: string;
  /**
   * Words that carry no topic, lower case: a maintained list (Snowball's, from
   * @orama/stopwords) plus our own extras (news verbs such as "said", "dit").
   */
  stopwords: ReadonlySet<string>;
  /**
   * The language's most frequent function words, for language detection: short hand-written
   * lists of similar size, so that the share of a text's words found in each compares fairly
   * across languages (the full stopword lists range from about 100 to 600 words). Detection
   * falls back to `stopwords` when absent.
   */
  detectionWords?: ReadonlySet<string>;
  /** Abbreviations (lower case, without the final dot) after which a period does not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /** Abbreviations that also end sentences ("etc.", "U.S.", Polish "r." for roku): a new sentence starts when a function word follows. */
  mayEndSentence?: ReadonlySet<string>;
  /** Cue words for the FAQ's generated questions, lower case, matched on whole tokens. */
  cues: { why: string[]; next: string[]; when: string[] };
  faq?: FaqTemplates;
  /** Text before "?" (French puts a narrow no-break space there). */
  questionMark: string;
  /** Month and weekday names, lower case, as dates print them (genitive forms too). */
  dates?: { months: string[]; weekdays: string[] };
  speech?: SpeechWords;
  /**
   * Openers that tie a sentence to the one before, dropped from a line that stands alone:
   * `always` before a space ("But"), `withComma` only when a comma follows ("Also,").
   */
  connectives?: { always: string[]; withComma: string[] };
  furniture?: FurnitureWords;
  grammar?: GrammarWords;
  table?: TableWords;
}
