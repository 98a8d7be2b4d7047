/**
 * fast-check generators of news-like text and HTML pages, hostile and broken ones included:
 * nested blocks, headings, lists, tables, scripts, styles, SVG, event handlers, JSON-LD,
 * bidi and zero-width characters, emoji, several scripts. Used by tests/unit/properties.test.ts.
 */
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Text

export const NEWS_WORDS = [
  'le',
  'la',
  'les',
  'de',
  'des',
  'et',
  'un',
  'une',
  'est',
  'a',
  'que',
  'qui',
  'dans',
  'pour',
  'maire',
  'ville',
  'annoncé',
  'mardi',
  'the',
  'of',
  'and',
  'to',
  'in',
  'is',
  'was',
  'said',
  'city',
  'council',
  'on',
  'Monday',
  'after',
  'police',
  'government',
  'minister',
  'der',
  'die',
  'und',
  'el',
  'los',
  'y',
  'il',
  'che',
  'o',
  'do',
  'het',
  'een',
  'Macron',
  'Paris',
  'Lyon',
  'Biden',
  'ONU',
  'M.',
  'Dr.',
  'U.S.',
  'z.',
  'B.',
  'etc.',
  '2024',
  '15',
  '3,5',
  '%',
  'millions',
  '«',
  '»',
  '“',
  '”',
  '"',
  "'",
  '—',
  '–',
  '(',
  ')',
  ',',
  ';',
  ':',
  '…',
  '?',
  '!',
  '.',
];
/** What a hostile page puts in its text, and odd characters a real page may carry. */
export const HOSTILE = [
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
  'javascript:alert(1)',
  '"><svg onload=alert(1)>',
  '{{constructor.constructor("alert(1)")()}}',
  '\u202e',
  '\u202d',
  '\u2066',
  '\u2067',
  '\u2069',
  '\u200b',
  '\u200c',
  '\u200d',
  '\u2060',
  '\ufeff',
  '\u00ad',
  '\u0000',
  '\ud800',
  '&amp;',
  '&lt;b&gt;',
  '&#x202e;',
  '%3Cscript%3E',
  '__proto__',
  'constructor',
  'toString',
  '🙂',
  '👩‍👩‍👧',
  '🇫🇷',
  'مرحبا',
  'بالعالم',
  'שלום',
  'עולם',
  '中文新闻',
  '日本語',
  '한국어',
  'Ελληνικά',
  'Русский',
  'हिन्दी',
  'ﷺ',
  'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇',
];
export const word = fc.oneof(
  { weight: 12, arbitrary: fc.constantFrom(...NEWS_WORDS) },
  { weight: 2, arbitrary: fc.constantFrom(...HOSTILE) },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 1, maxLength: 10 }) },
  { weight: 1, arbitrary: fc.string({ unit: 'binary', minLength: 1, maxLength: 6 }) },
);
export const sentence = fc
  .tuple(fc.array(word, { minLength: 1, maxLength: 24 }), fc.constantFrom('.', '.', '.', '!', '?', '…', '', ' »', '."'))
  .map(([ws, end]) => ws.join(' ') + end);
export const paragraph = fc.array(sentence, { minLength: 1, maxLength: 6 }).map((ss) => ss.join(' '));
/** Text that looks more like news, for the engine (enough words to be an article). */
export const newsParagraph = fc
  .array(fc.tuple(fc.array(fc.constantFrom(...NEWS_WORDS.slice(0, 70)), { minLength: 6, maxLength: 22 }), word), { minLength: 1, maxLength: 5 })
  .map((ss) => ss.map(([ws, w]) => ws.join(' ') + ' ' + w + '.').join(' '));

// ---------------------------------------------------------------------------------------------
// HTML

export const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
export const escAttr = (s: string) => esc(s).replace(/"/g, '&quot;');
/** Marks what a page hides in scripts, styles and attributes: it must never become article text. */
export const HIDDEN = 'HIDDENMARKER';

const attribute = fc.oneof(
  fc.constantFrom(
    ' class="article-body"',
    ' class="content"',
    ' class="share"',
    ' class="related"',
    ' class="comment"',
    ' id="main"',
    ' hidden',
    ' dir="rtl"',
    ' dir="ltr"',
    ' lang="ar"',
    ' lang="fr"',
    ' aria-hidden="true"',
    ' style="display:none"',
    ` onclick="alert('${HIDDEN}')"`,
    ` onerror="fetch('http://127.0.0.1:9/steal?${HIDDEN}')"`,
    ` data-x="${HIDDEN}"`,
    ` style="background:url(javascript:alert(1))"`,
  ),
  fc.string({ maxLength: 12 }).map((v) => ` title="${escAttr(v)}"`),
);
const attrs = fc.array(attribute, { maxLength: 3 }).map((a) => a.join(''));
/**
 * Escaped text only: raw strings ("<?", "<!") can turn the markup after them into text, as
 * browsers do too, and a script's body would then rightly be article text. Raw strings are
 * mixed in by the "arbitrary strings as HTML" property instead.
 */
const textNode = paragraph.map(esc);

const CONTAINERS = [
  'div',
  'section',
  'article',
  'main',
  'aside',
  'nav',
  'header',
  'footer',
  'figure',
  'blockquote',
  'details',
  'span',
  'td',
  'li',
  'font',
  'center',
  'x-custom',
];
const LEAVES = [
  'p',
  'p',
  'p',
  'h1',
  'h2',
  'h3',
  'h4',
  'li',
  'pre',
  'blockquote',
  'figcaption',
  'summary',
  'dt',
  'dd',
  'td',
  'th',
  'a',
  'em',
  'strong',
  'b',
  'span',
  'button',
  'label',
];

export const { node } = fc.letrec<{ node: string; element: string }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    { weight: 3, arbitrary: textNode },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        '<br>',
        '<br><br>',
        '<hr>',
        '<img src="x" onerror="alert(1)">',
        `<img src="http://127.0.0.1:9/${HIDDEN}.png" alt="${HIDDEN}">`,
      ),
    },
    {
      weight: 1,
      arbitrary: fc.constantFrom(
        `<script>window.${HIDDEN}=1;document.title='${HIDDEN}'</script>`,
        `<style>body{background:url("http://127.0.0.1:9/${HIDDEN}")}</style>`,
        `<svg xmlns="http://www.w3.org/2000/svg"><script>alert('${HIDDEN}')</script><text>${HIDDEN}</text></svg>`,
        `<noscript>${HIDDEN}</noscript>`,
        `<template><p>${HIDDEN}</p></template>`,
        `<iframe srcdoc="<script>alert('${HIDDEN}')</script>"></iframe>`,
        `<a href="javascript:alert(1)">lien</a>`,
        '<table><tr><td>1</td><td>2</td></tr></table>',
        '<math><mi>x</mi></math>',
        '</p></div>',
        '<p><div>',
        '<!-- comment --!>',
      ),
    },
    { weight: 4, arbitrary: tie('element') },
  ),
  element: fc.oneof(
    fc.tuple(fc.constantFrom(...LEAVES), attrs, textNode).map(([tag, a, t]) => `<${tag}${a}>${t}</${tag}>`),
    fc.tuple(fc.constantFrom(...CONTAINERS), attrs, fc.array(tie('node'), { maxLength: 5 })).map(([tag, a, kids]) => `<${tag}${a}>${kids.join('\n')}</${tag}>`),
    fc
      .tuple(fc.constantFrom('ul', 'ol'), fc.array(paragraph, { minLength: 1, maxLength: 4 }))
      .map(([tag, items]) => `<${tag}>${items.map((i) => `<li>${esc(i)}</li>`).join('')}</${tag}>`),
  ),
}));

export const LANGS = ['fr', 'en', 'de', 'es', 'it', 'pt', 'nl', 'ar', 'he', 'zh-Hans', 'ja', 'fr-FR', 'en_US', 'xx', '', '123', '"><script>'];

export const jsonLd = fc.oneof(
  fc.constant(''),
  fc
    .tuple(paragraph, fc.array(paragraph, { maxLength: 4 }), paragraph)
    .map(
      ([headline, body, author]) =>
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', headline, articleBody: body.join('\n\n'), author: { name: author } }).replace(/</g, '\\u003c')}</script>`,
    ),
  fc
    .tuple(paragraph, paragraph)
    .map(
      ([q, a]) =>
        `<script type="application/ld+json">${JSON.stringify({ '@type': 'FAQPage', mainEntity: [{ '@type': 'Question', name: q, acceptedAnswer: { text: a } }] }).replace(/</g, '\\u003c')}</script>`,
    ),
  fc.string({ maxLength: 60 }).map((s) => `<script type="application/ld+json">${s.replace(/<\//g, '')}</script>`),
);

export const page = fc
  .record({
    lang: fc.constantFrom(...LANGS),
    title: paragraph,
    byline: paragraph,
    head: jsonLd,
    h1: fc.option(paragraph, { nil: undefined }),
    paragraphs: fc.array(newsParagraph, { maxLength: 8 }),
    body: fc.array(node, { maxLength: 8 }),
    dir: fc.constantFrom('', ' dir="rtl"', ' dir="auto"'),
  })
  .map(
    (p) =>
      `<!doctype html><html lang="${escAttr(p.lang)}"${p.dir}><head><meta charset="utf-8"><title>${esc(p.title)}</title>` +
      `<meta name="author" content="${escAttr(p.byline)}"><meta property="og:site_name" content="${escAttr(p.byline.slice(0, 20))}">${p.head}</head>` +
      `<body>${p.body.slice(0, 3).join('\n')}<article>${p.h1 ? `<h1>${esc(p.h1)}</h1>` : ''}<p class="byline">${esc(p.byline)}</p>` +
      p.paragraphs.map((t) => `<p>${esc(t)}</p>`).join('\n') +
      `${p.body.slice(3).join('\n')}</article></body></html>`,
  );
