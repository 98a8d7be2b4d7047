/**
 * The development pages bench:read draws its panels from, read in place from the data folder:
 * OrangeSum (fr), Scrapinghub (en and a few other languages), DAnIEL (en, zh, el, ru, pl) and,
 * for pages that are not news, Scrapinghub's blogs, reviews and shop pages plus XQuAD/PIAF's
 * Wikipedia articles (de, es, fr...).
 */
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { mulberry32 } from '../../testing/random';

export type PageKind = 'news' | 'other';

export interface PoolPage {
  set: 'orangesum' | 'scrapinghub' | 'daniel' | 'xquad' | 'piaf';
  id: string;
  /** The language the data says (DAnIEL, XQuAD, PIAF, OrangeSum) or the one we know (Scrapinghub, hand-labelled). */
  lang: string;
  kind: PageKind;
  url: string;
  /** An HTML page (.html.gz) or, for the QA sets, the article's text with its title first. */
  file?: string;
  text?: string;
}

/**
 * Scrapinghub pages that are not news stories: recipes, reviews, sponsored posts, shop and deal
 * lists, course and advice blogs, company announcements. Labelled by reading them.
 */
const SCRAPINGHUB_OTHER = new Set([
  '0e014df693', // sponsored hike post (en)
  '11ea381ad9', // racing standings table (pt)
  '21486419bb', // religious advice column (id)
  '23aaecd141', // parenting blog (pt)
  '287e4d9f4a', // deals list (en)
  '30b771a40a', // book review (en)
  '3252222e61', // shop presentation (pt)
  '33fe2471fd', // architecture showcase (en)
  '3c6d3381ef', // food-blogger list (ru)
  '4219d09690', // recipe (en)
  '4648a420af', // company blog announcement (en)
  '5211188428', // theatre visitor reviews (ko)
  '57b4dafd18', // consultancy blog (de)
  '5f03fc173e', // meal-prep advice (en)
  '5fbc7ccb50', // gadget buying guide (en)
  '612cd29826', // manual review (en)
  '63db31a161', // game review (en)
  '65bf3048b5', // laptop review (en)
  '7837c9d66c', // religious history post (id)
]);

/** Scrapinghub pages not in English (the rest are). */
const SCRAPINGHUB_LANG: Record<string, string> = {
  '0ec95c7261': 'ko',
  '11ea381ad9': 'pt',
  '20b2b64916': 'it',
  '21486419bb': 'id',
  '23aaecd141': 'pt',
  '3252222e61': 'pt',
  '3c6d3381ef': 'ru',
  '5211188428': 'ko',
  '57b4dafd18': 'de',
  '7837c9d66c': 'id',
};

const DANIEL_LANG: Record<string, string> = { English: 'en', Chinese: 'zh', Greek: 'el', Russian: 'ru', Polish: 'pl' };

function scrapinghub(data: string): PoolPage[] {
  const dir = resolve(data, 'extraction/scrapinghub');
  const truth = JSON.parse(readFileSync(resolve(dir, 'ground-truth.json'), 'utf8')) as Record<string, { url: string }>;
  const out: PoolPage[] = [];
  for (const id of Object.keys(truth).sort()) {
    const short = id.slice(0, 10);
    // Languages beyond the ones the product names (Korean, Indonesian) stay out of the panels.
    const lang = Object.entries(SCRAPINGHUB_LANG).find(([k]) => id.startsWith(k))?.[1] ?? 'en';
    out.push({
      set: 'scrapinghub',
      id,
      lang,
      kind: SCRAPINGHUB_OTHER.has(short) ? 'other' : 'news',
      url: truth[id].url,
      file: resolve(dir, 'html', `${id}.html.gz`),
    });
  }
  return out;
}

function daniel(data: string): PoolPage[] {
  const dir = resolve(data, 'extraction/daniel');
  const langs = JSON.parse(readFileSync(resolve(dir, 'languages.json'), 'utf8')) as Record<string, string>;
  return Object.keys(langs)
    .sort()
    .filter((id) => existsSync(resolve(dir, 'html', `${id}.html.gz`)))
    .map((id) => ({
      set: 'daniel' as const,
      id,
      lang: DANIEL_LANG[langs[id]] ?? 'en',
      kind: 'news' as const,
      url: `http://${id.split('_')[1]}/${id.split('_')[2]?.slice(0, 12) ?? ''}`,
      file: resolve(dir, 'html', `${id}.html.gz`),
    }));
}

function orangesum(data: string): PoolPage[] {
  const dir = resolve(data, 'summaries/orangesum');
  return readFileSync(resolve(dir, 'ids.txt'), 'utf8')
    .split(/\s+/)
    .filter(Boolean)
    .map((id) => ({
      set: 'orangesum' as const,
      id,
      lang: 'fr',
      kind: 'news' as const,
      url: `https://actu.orange.fr/${id}`,
      file: resolve(dir, 'html', `${id}.html.gz`),
    }));
}

/** Wikipedia articles of the QA sets, one page each: title, then its paragraphs. */
function qaArticles(data: string): PoolPage[] {
  const out: PoolPage[] = [];
  const dir = resolve(data, 'qa');
  if (!existsSync(dir)) return out;
  for (const f of readdirSync(dir)
    .filter((f) => f.endsWith('.json'))
    .sort()) {
    const lang = f.slice(0, -5);
    const set = lang === 'fr' ? 'piaf' : 'xquad';
    const json = JSON.parse(readFileSync(resolve(dir, f), 'utf8')) as { data: Array<{ title: string; paragraphs: Array<{ context: string }> }> };
    json.data.forEach((a, i) => {
      const title = a.title.replace(/_/g, ' ');
      out.push({
        set,
        id: `${lang}-${i}`,
        lang,
        kind: 'other',
        url: `https://${lang}.wikipedia.org/wiki/${encodeURIComponent(a.title)}`,
        text: [title, ...a.paragraphs.map((p) => p.context)].join('\n\n'),
      });
    });
  }
  return out;
}

export function loadPool(data: string): PoolPage[] {
  return [...orangesum(data), ...scrapinghub(data), ...daniel(data), ...qaArticles(data)];
}

/** Seeded: the same seed draws the same panel. */
export const rng = mulberry32;

export function shuffled<T>(xs: readonly T[], random: () => number): T[] {
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/**
 * The panel's make-up for 24 pages, French first: a third French news, then English news,
 * German, one each of zh/ru/pl/el, one more language of the product, and pages that are not
 * news. Larger panels scale every share.
 */
const QUOTAS: Array<{ label: string; take: number; match: (p: PoolPage) => boolean }> = [
  { label: 'fr news', take: 8, match: (p) => p.lang === 'fr' && p.kind === 'news' },
  { label: 'en news', take: 5, match: (p) => p.lang === 'en' && p.kind === 'news' },
  { label: 'de', take: 2, match: (p) => p.lang === 'de' },
  { label: 'zh', take: 1, match: (p) => p.lang === 'zh' && p.kind === 'news' },
  { label: 'ru', take: 1, match: (p) => p.lang === 'ru' && p.kind === 'news' },
  { label: 'pl', take: 1, match: (p) => p.lang === 'pl' && p.kind === 'news' },
  { label: 'el', take: 1, match: (p) => p.lang === 'el' && p.kind === 'news' },
  { label: 'es/it/pt/nl', take: 1, match: (p) => ['es', 'it', 'pt', 'nl'].includes(p.lang) },
  {
    label: 'not news',
    take: 4,
    match: (p) => p.kind === 'other' && p.lang !== 'de' && ['fr', 'en', 'es', 'it', 'pt', 'nl', 'ru', 'pl', 'el', 'zh', 'ja'].includes(p.lang),
  },
];

/**
 * Draws `pages` pages with the seed, following QUOTAS; a candidate is drawn again when it is
 * not usable (`usable` false: no article, too short).
 */
export function drawPanel(pool: PoolPage[], seed: number, pages: number, usable: (p: PoolPage) => boolean): Array<PoolPage & { group: string }> {
  const random = rng(seed);
  const scale = pages / 24;
  const chosen: Array<PoolPage & { group: string }> = [];
  const taken = new Set<string>();
  for (const q of QUOTAS) {
    const want = Math.max(1, Math.round(q.take * scale));
    let got = 0;
    for (const p of shuffled(pool.filter(q.match), random)) {
      if (got >= want) break;
      const key = `${p.set}/${p.id}`;
      if (taken.has(key) || !usable(p)) continue;
      taken.add(key);
      chosen.push({ ...p, group: q.label });
      got++;
    }
  }
  return chosen;
}
