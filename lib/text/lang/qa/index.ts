import { primaryLanguage } from '../index';
import type { QaPack } from './types';
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

export type { QaPack, QuestionType, PhraseType } from './types';

const PACKS: Record<string, QaPack> = { en, fr, de, es, it, pt, nl, ru, pl, el, zh, ja };

/** Languages whose questions the core types and whose answers it checks. */
export const qaLanguages = (): string[] => Object.keys(PACKS);

/**
 * The question-answering knowledge of a language. Other languages get an empty pack: their
 * questions are matched by their words alone, without a type.
 */
export function qaPack(code: string): QaPack {
  const primary = primaryLanguage(code);
  return PACKS[primary] ?? emptyPack(primary);
}

const empties = new Map<string, QaPack>();
function emptyPack(code: string): QaPack {
  let pack = empties.get(code);
  if (!pack) {
    pack = { code, types: {}, said: [], whoIs: [], whatIs: [], yesNo: [], questionWords: [], numberWords: [], months: [], days: [], timeWords: [], durationUnits: [], amountUnits: [], placePrepositions: [], placeNouns: [], causeMarkers: [], speechVerbs: [], futureMarkers: [], definitions: [], roles: [], anaphora: [] };
    empties.set(code, pack);
  }
  return pack;
}
