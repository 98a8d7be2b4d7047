export interface FaqTemplates {
  /** Words that open a question ("why", "pourquoi"): a heading starting with one is already a question. */
  interrogatives: string[];
  /** A heading that is not a question, turned into one. */
  aboutHeading(heading: string): string;
  whatHappened: string;
  who: string;
  when: string;
  figures: string;
  why: string;
  next: string;
}

export interface LanguagePack {
  code: string;
  /** The digest's heading, as a newspaper of that language prints it. */
  heading: string;
  /** Short function words that carry no topic. Lower case. */
  stopwords: ReadonlySet<string>;
  /** Abbreviations (lower case, without the final dot) after which a period does not end a sentence. */
  abbreviations: ReadonlySet<string>;
  /** Cue words for the FAQ's generated questions, lower case, matched on whole tokens. */
  cues: { why: string[]; next: string[]; when: string[] };
  faq?: FaqTemplates;
  /** Text before "?" (French puts a narrow no-break space there). */
  questionMark: string;
}
