import type { LanguagePack } from './types';
import { en } from './en';
import { fr } from './fr';
import { nl } from './nl';
import { de, es, it, pt, HEADINGS } from './others';

export type { LanguagePack, FaqTemplates } from './types';

const PACKS: Record<string, LanguagePack> = { en, fr, de, es, it, pt, nl };
const empty = new Set<string>();

/** Resources for a language code; unknown languages get a neutral pack (no stopwords, English heading if none). */
export function languagePack(code: string): LanguagePack {
  const primary = primaryLanguage(code);
  const pack = PACKS[primary];
  if (pack) return pack;
  return {
    code: primary,
    heading: HEADINGS[primary] ?? en.heading,
    stopwords: empty,
    detectionWords: empty,
    abbreviations: empty,
    cues: { why: [], next: [], when: [] },
    questionMark: '?',
  };
}

export const supportedLanguages = (): string[] => Object.keys(PACKS);

/** "fr-FR", "fr_FR", " FR " -> "fr". */
export function primaryLanguage(code: string | undefined | null): string {
  return /^[a-z]{2,3}$/.exec((code ?? '').trim().toLowerCase().split(/[-_]/)[0] ?? '')?.[0] ?? '';
}
