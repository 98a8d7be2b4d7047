import type { SynonymTable } from './types';
import { de } from './de';
import { en } from './en';
import { es } from './es';
import { fr } from './fr';

export type { SynonymTable } from './types';

const TABLES: Readonly<Record<string, SynonymTable>> = { de, en, es, fr };

/** The languages that have a table of news equivalents. */
export const synonymLanguages = (): string[] => Object.keys(TABLES);

/** A language's equivalents by concept (none for a language without a table). */
export const synonymsFor = (lang: string): SynonymTable => TABLES[lang] ?? {};
