/**
 * Big and strange synthetic pages, the same every time (seeded): 100,000 nodes, a 5 MB
 * article, 50,000 words, markup nested 5,000 deep, a page of only images, only a table,
 * right-to-left Arabic and Hebrew, mixed scripts, emoji. Used by tests/unit/big-pages.test.ts,
 * scripts/bench-robustness.ts and tests/e2e/big-pages.test.ts; no vitest import here.
 */

import { mulberry32 } from './random';

/** Seeded, so every run builds the same pages. */
const rng = mulberry32;

const FR = (
  'le la les un une des du de et à en dans pour sur avec par que qui a été est sont ont maire ville conseil municipal projet ' +
  'travaux habitants quartier gouvernement ministre rapport mardi lundi semaine année millions euros pistes cyclables école ' +
  'hôpital police enquête tribunal décision annonce budget région élus opposition syndicats grève transport réseau électricité'
).split(' ');
const EN = (
  'the a of and to in on for with by that which was is are have been city council mayor project residents district government ' +
  'minister report Tuesday Monday week year million dollars bike lanes school hospital police investigation court decision budget'
).split(' ');
const AR = (
  'قال الرئيس إن الحكومة ستعلن عن خطة جديدة في المدينة يوم الثلاثاء وأضاف أن المشروع سيكلف ملايين الدولارات وسيخدم السكان في ' +
  'الأحياء الشمالية من العاصمة بعد سنوات من الانتظار وقالت الوزيرة إن العمل سيبدأ الشهر المقبل'
).split(' ');
const HE = (
  'ראש העיר אמר כי הממשלה תודיע על תוכנית חדשה בעיר ביום שלישי והוסיף שהפרויקט יעלה מיליוני שקלים וישרת את התושבים בשכונות ' +
  'הצפוניות של הבירה לאחר שנים של המתנה השרה אמרה שהעבודה תתחיל בחודש הבא'
).split(' ');
const RU = 'мэр города заявил что правительство объявит новый план во вторник проект будет стоить миллионы рублей'.split(' ');
const ZH = '市长表示政府将于周二宣布新的城市计划该项目将耗资数百万元并为北部地区居民服务'.split('');
const EMOJI = ['🚲', '🏙️', '📈', '👩‍👩‍👧', '🇫🇷', '✅', '🔥', '😀', '🙂', '🌍'];

export type Lexicon = 'fr' | 'en' | 'ar' | 'he' | 'mixed' | 'emoji';

/** Sentences of `lexicon` words, 8 to 24 words each, capitalised, ending with a full stop. */
export function sentences(count: number, lexicon: Lexicon, seed = 1): string[] {
  const r = rng(seed);
  const pick = <T>(xs: T[]) => xs[Math.floor(r() * xs.length)];
  const out: string[] = [];
  for (let i = 0; i < count; i++) {
    const n = 8 + Math.floor(r() * 17);
    const ws: string[] = [];
    const lex =
      lexicon === 'mixed' ? pick([FR, EN, AR, RU]) : lexicon === 'ar' ? AR : lexicon === 'he' ? HE : lexicon === 'en' || lexicon === 'emoji' ? EN : FR;
    for (let j = 0; j < n; j++) {
      if (lexicon === 'mixed' && j % 6 === 5) ws.push(ZH.slice(Math.floor(r() * 10), Math.floor(r() * 10) + 6).join(''));
      else if (lexicon === 'emoji' && r() < 0.3) ws.push(pick(EMOJI));
      else ws.push(pick(lex));
    }
    if (/^\p{Ll}/u.test(ws[0])) ws[0] = ws[0][0].toUpperCase() + ws[0].slice(1);
    out.push(ws.join(' ') + (lexicon === 'ar' && i % 5 === 4 ? '؟' : '.'));
  }
  return out;
}

/** Paragraphs of `perParagraph` sentences, as <p> elements (text escaped: plain words only). */
function paragraphs(count: number, lexicon: Lexicon, perParagraph = 4, seed = 1): string {
  const ss = sentences(count * perParagraph, lexicon, seed);
  const out: string[] = [];
  for (let i = 0; i < count; i++) out.push(`<p>${ss.slice(i * perParagraph, (i + 1) * perParagraph).join(' ')}</p>`);
  return out.join('\n');
}

function html(opts: { lang: string; dir?: string; title: string; body: string }): string {
  return (
    `<!doctype html><html lang="${opts.lang}"${opts.dir ? ` dir="${opts.dir}"` : ''}><head><meta charset="utf-8"><title>${opts.title}</title>` +
    `<meta property="og:site_name" content="Synthetic News"></head><body>${opts.body}</body></html>`
  );
}

const article = (title: string, body: string) => `<article><h1>${title}</h1>${body}</article>`;

export interface BigPage {
  name: string;
  /** What the reader should get: a digest, or a plain failure of this kind. */
  expect: 'digest' | 'no-article' | 'page-too-large' | 'digest-or-no-article';
  build(): string;
}

const TITLE = 'Vélo : la ville ouvre dix kilomètres de pistes';

export const BIG_PAGES: BigPage[] = [
  {
    name: '100,000 nodes (menus around an article)',
    expect: 'digest',
    build: () => {
      // 12,500 menu entries of 8 nodes each (li, a, span, b and 4 texts) around 40 paragraphs.
      const menu: string[] = [];
      for (let i = 0; i < 12_500; i++) menu.push(`<li class="menu-item"><a href="/r/${i}"><span>Rubrique</span> <b>${i}</b></a> </li>`);
      const body =
        `<nav><ul>${menu.slice(0, 6000).join('')}</ul></nav>` + article(TITLE, paragraphs(40, 'fr')) + `<footer><ul>${menu.slice(6000).join('')}</ul></footer>`;
      return html({ lang: 'fr', title: TITLE, body });
    },
  },
  {
    name: '5 MB article',
    expect: 'digest',
    build: () => {
      // About 5,000,000 bytes of French paragraphs (fewer characters than bytes: accents).
      const chunk = paragraphs(200, 'fr', 5, 7);
      const repeats = Math.ceil(5_000_000 / Buffer.byteLength(chunk));
      return html({ lang: 'fr', title: TITLE, body: article(TITLE, Array.from({ length: repeats }, () => chunk).join('\n')) });
    },
  },
  {
    name: '6 MB article (beyond the 5,000,000-character cap)',
    expect: 'page-too-large',
    build: () => {
      const chunk = paragraphs(200, 'en', 5, 8);
      const repeats = Math.ceil(6_000_000 / chunk.length);
      return html({ lang: 'en', title: 'A very long story', body: article('A very long story', Array.from({ length: repeats }, () => chunk).join('\n')) });
    },
  },
  {
    name: '50,000-word text',
    expect: 'digest',
    build: () => {
      const ss = sentences(3200, 'en', 3); // ~16 words each
      const ps: string[] = [];
      for (let i = 0; i < ss.length; i += 4) ps.push(`<p>${ss.slice(i, i + 4).join(' ')}</p>`);
      return html({ lang: 'en', title: 'Fifty thousand words', body: article('Fifty thousand words', ps.join('\n')) });
    },
  },
  {
    name: 'nesting depth 5,000',
    expect: 'digest',
    build: () => {
      const depth = 5000;
      const open = '<div class="wrap">'.repeat(depth);
      const close = '</div>'.repeat(depth);
      return html({ lang: 'fr', title: TITLE, body: `${open}${article(TITLE, paragraphs(12, 'fr'))}${close}` });
    },
  },
  {
    name: 'nesting depth 5,000, a sentence at every level',
    expect: 'digest',
    build: () => {
      const ss = sentences(5000, 'en', 21);
      let open = '';
      for (let i = 0; i < ss.length; i++) open += `<div class="level"><span>${ss[i]}</span> `;
      return html({ lang: 'en', title: 'Deeper and deeper', body: `<article><h1>Deeper and deeper</h1>${open}${'</div>'.repeat(ss.length)}</article>` });
    },
  },
  {
    name: 'only images',
    expect: 'no-article',
    build: () => {
      const imgs = Array.from({ length: 300 }, (_, i) => `<figure><img src="/img/${i}.jpg" alt="" width="300" height="200"></figure>`).join('\n');
      return html({ lang: 'en', title: 'Gallery', body: `<main>${imgs}</main>` });
    },
  },
  {
    name: 'only a table (500 rows)',
    expect: 'digest-or-no-article',
    build: () => {
      const ss = sentences(1500, 'en', 5);
      const rows = Array.from({ length: 500 }, (_, i) => `<tr><td>${i}</td><td>${ss[i * 3]}</td><td>${ss[i * 3 + 1]} ${ss[i * 3 + 2]}</td></tr>`).join('\n');
      return html({
        lang: 'en',
        title: 'Results',
        body: `<table><thead><tr><th>#</th><th>What</th><th>Detail</th></tr></thead><tbody>${rows}</tbody></table>`,
      });
    },
  },
  {
    name: 'right-to-left Arabic',
    expect: 'digest',
    build: () => html({ lang: 'ar', dir: 'rtl', title: 'خطة جديدة للمدينة', body: article('خطة جديدة للمدينة', paragraphs(20, 'ar', 4, 11)) }),
  },
  {
    name: 'right-to-left Hebrew',
    expect: 'digest',
    build: () => html({ lang: 'he', dir: 'rtl', title: 'תוכנית חדשה לעיר', body: article('תוכנית חדשה לעיר', paragraphs(20, 'he', 4, 12)) }),
  },
  {
    name: 'mixed scripts (Latin, Arabic, Cyrillic, Han)',
    expect: 'digest',
    build: () => html({ lang: 'fr', title: 'Un monde, plusieurs écritures', body: article('Un monde, plusieurs écritures', paragraphs(20, 'mixed', 4, 13)) }),
  },
  {
    name: 'emoji everywhere',
    expect: 'digest',
    build: () => html({ lang: 'en', title: 'Bikes 🚲 take the city 🏙️', body: article('Bikes 🚲 take the city 🏙️', paragraphs(20, 'emoji', 4, 14)) }),
  },
];

/** Elements and all nodes (text, comments...) of a document, counted without recursion. */
export function countNodes(doc: Document): { elements: number; nodes: number } {
  let elements = 0;
  let nodes = 0;
  const root = doc.documentElement;
  let n: Node | null = root;
  while (n) {
    nodes++;
    if (n.nodeType === 1) elements++;
    if (n.firstChild) {
      n = n.firstChild;
      continue;
    }
    while (n && n !== root && !n.nextSibling) n = n.parentNode;
    if (!n || n === root) break;
    n = n.nextSibling;
  }
  return { elements, nodes };
}
