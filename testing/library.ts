/**
 * Saved digests for the library's tests and benchmark: deterministic, with accents, several
 * sites and languages, and the size of real records (about forty sentences each).
 * Also used by scripts/bench-library.ts, so keep it free of vitest imports.
 */
import { IDBFactory, IDBKeyRange } from 'fake-indexeddb';
import { openLibrary, type LibraryOptions, type LibraryRepository } from '../lib/library/repository';
import type { SavedDigest } from '../lib/library/record';
import { mulberry32 } from './random';

/** A library on its own in-memory IndexedDB (fake-indexeddb): tests never share one. */
export function freshLibrary(options: Omit<LibraryOptions, 'indexedDB' | 'IDBKeyRange'> = {}): LibraryRepository & { factory: IDBFactory } {
  const factory = new IDBFactory();
  return Object.assign(openLibrary({ ...options, indexedDB: factory, IDBKeyRange }), { factory });
}

/** The seeded generator of the records and the benchmark's queries. */
export const prng = mulberry32;

const FR_WORDS =
  'été hiver réforme retraites élection député sénat budget écologie vélo piste mairie école hôpital grève syndicat énergie électricité nucléaire forêt incendie sécheresse récolte blé prix inflation salaire emploi chômage entreprise usine région département préfet police justice procès tribunal ministre gouvernement œuvre musée théâtre cinéma festival football équipe championnat médaille'.split(
    ' ',
  );
const EN_WORDS =
  'summer winter reform pension election senator budget climate bicycle lane council school hospital strike union energy power nuclear forest wildfire drought harvest wheat price inflation wage jobs unemployment company factory region county police court trial minister government museum theatre cinema festival football team league medal pollution delhi smog'.split(
    ' ',
  );
const SITES = [
  { siteName: 'Le Courrier', host: 'courrier.example', lang: 'fr' },
  { siteName: 'La Gazette du Sud', host: 'gazette-sud.example', lang: 'fr' },
  { siteName: 'The Daily Example', host: 'daily.example', lang: 'en' },
  { siteName: undefined, host: 'www.news.example', lang: 'en' },
] as const;

function sentence(rnd: () => number, pool: string[], words: number): string {
  const out: string[] = [];
  for (let i = 0; i < words; i++) out.push(pool[Math.floor(rnd() * pool.length)]);
  const s = out.join(' ');
  return s[0].toUpperCase() + s.slice(1) + '.';
}

/** Record number `i`: same `i`, same record. */
export function makeRecord(i: number, overrides: Partial<SavedDigest> = {}): SavedDigest {
  const rnd = prng(i + 1);
  const site = SITES[i % SITES.length];
  const pool = site.lang === 'fr' ? FR_WORDS : EN_WORDS;
  const sentences = Array.from({ length: 40 }, (_, k) => ({ index: k, text: sentence(rnd, pool, 14 + (k % 9)), block: Math.floor(k / 3), start: 0, end: 0 }));
  for (const s of sentences) s.end = s.text.length;
  const title = `${sentence(rnd, pool, 6).slice(0, -1)} ${i}`;
  const hash = (i * 2654435761).toString(16).padStart(16, '0').slice(-16);
  const savedAt = Date.UTC(2026, 0, 1) + i * 60_000;
  const url = `https://${site.host}/articles/${i}`;
  const article: SavedDigest['article'] = {
    url,
    title,
    lang: site.lang,
    langSource: 'html-lang',
    wordCount: 700 + (i % 300),
    extractedBy: 'readability',
  };
  if (site.siteName) article.siteName = site.siteName;
  if (i % 3 === 0) article.byline = `Camille Dupré ${i % 7}`;
  if (i % 2 === 0) article.publishedTime = new Date(savedAt - 3_600_000).toISOString();
  return {
    url,
    contentHash: hash,
    savedAt,
    updatedAt: savedAt,
    readAt: savedAt,
    starred: i % 10 === 0,
    tags: i % 5 === 0 ? ['à lire', `lot ${i % 4}`] : [],
    article,
    digest: {
      heading: site.lang === 'fr' ? 'EN BREF' : 'In brief',
      language: site.lang,
      bullets: [0, 4, 9, 15].map((k) => ({ text: sentences[k].text, sources: [k] })),
      faq: [20, 26, 33].map((k, n) => ({
        question:
          site.lang === 'fr' ? `Question ${n + 1} sur ${pool[(i + n) % pool.length]}\u202f?` : `Question ${n + 1} about ${pool[(i + n) % pool.length]}?`,
        answer: sentences[k].text,
        sources: [k],
        origin: 'generated' as const,
        ...(n === 0 ? { asks: 'what' as const } : {}),
      })),
      engine: { id: 'embedded', version: '1' },
      contentHash: hash,
      timings: { digestMs: 1.5, extractMs: 12 },
    },
    sentences,
    ...overrides,
  };
}

export const makeRecords = (n: number, from = 0) => Array.from({ length: n }, (_, k) => makeRecord(from + k));
