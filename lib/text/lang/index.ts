import type { LanguagePack } from './types';
import { de } from './de';
import { el } from './el';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';
import { it } from './it';
import { ja } from './ja';
import { nl } from './nl';
import { pl } from './pl';
import { pt } from './pt';
import { ru } from './ru';
import { zh } from './zh';
import { HEADINGS } from './headings';

export type { LanguagePack, FaqTemplates, SpeechWords, FurnitureWords } from './types';

const PACKS: Record<string, LanguagePack> = { en, fr, de, es, it, pt, nl, ru, pl, el, zh, ja };
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

/** Characters only Traditional Chinese writes, and their Simplified forms. */
const TRADITIONAL = /[們這說會為國時來個後對於與學經發過還點開關間問題長門車東實現體區變當無電話業進應選傳機權萬際記報導]/gu;
const SIMPLIFIED = /[们这说会为国时来个后对于与学经发过还点开关间问题长门车东实现体区变当无电话业进应选传机权万际记报导]/gu;

/** Chinese written in Traditional characters (Taiwan, Hong Kong), from a sample of its text. */
export function isTraditionalChinese(text: string): boolean {
  const sample = text.slice(0, 3000);
  return (sample.match(TRADITIONAL) ?? []).length > (sample.match(SIMPLIFIED) ?? []).length;
}

/** The digest's heading in the page's language and, for Chinese, in the page's script. */
export function headingFor(code: string, text: string): string {
  const pack = languagePack(code);
  return pack.code === 'zh' && isTraditionalChinese(text) ? '簡訊' : pack.heading;
}
