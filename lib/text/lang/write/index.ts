import { primaryLanguage } from '..';
import { ja, zh } from './cjk';
import { en } from './en';
import { fr } from './fr';
import { de, el, es, it, nl, pl, pt, ru } from './others';
import type { QuestionWriter } from './types';

export type { Gender, QuestionWriter, Span, WriteContext } from './types';
export { zhInScript } from './cjk';

const WRITERS: Record<string, QuestionWriter> = { fr, en, de, es, it, pt, nl, ru, pl, el, zh, ja };

/** The language's question writer; undefined for a language we cannot write questions in. */
export function questionWriter(lang: string): QuestionWriter | undefined {
  return WRITERS[primaryLanguage(lang)];
}
