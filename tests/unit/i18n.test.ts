// @vitest-environment jsdom
/**
 * The interface's languages (public/_locales, lib/i18n.ts):
 * - the catalogs: every English key in French, German and Spanish with the same placeholders,
 *   nothing empty, names the browser accepts, plurals in pairs;
 * - the code: every key it names exists, every key is used, and the components and pages hold
 *   no user-facing text of their own (JSX text, aria-label, title, placeholder, alt);
 * - t(): the browser's i18n when there is one, English without (the CLI, these tests), numbers
 *   and plurals in the interface's language; a French interface shows French, while the
 *   digest keeps the page's language.
 */
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import ts from 'typescript';
import { h, render, type VNode } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { formatMessage, formatNumber, t, tn, uiLanguage, type MessageKey } from '../../lib/i18n';
import { formatBytes, importReportText, libraryCount } from '../../lib/ui/library-strings';
import { DigestView } from '../../components/DigestView';
import { ErrorState } from '../../components/ErrorState';
import { LOCALES, readCatalog, resetUiLanguage, setUiLanguage } from '../../testing/i18n';
import { makeRecord } from '../../testing/library';
import { failureMessage, failureText } from '../../lib/ui/failures';
import { failure, isFailure, type Failure } from '../../lib/errors';

const ROOT = path.resolve(import.meta.dirname, '../..');
const en = readCatalog('en');
const KEYS = Object.keys(en);

afterEach(() => {
  resetUiLanguage();
  delete (globalThis as { chrome?: unknown }).chrome;
});

const placeholdersOf = (entry: { placeholders?: Record<string, { content: string }> }) =>
  Object.fromEntries(Object.entries(entry.placeholders ?? {}).map(([k, v]) => [k.toLowerCase(), v.content]));
const usedPlaceholders = (message: string) => [...message.matchAll(/\$([A-Za-z0-9_@]+)\$/g)].map((m) => m[1].toLowerCase()).sort();

describe('the catalogs', () => {
  it('English has the keys, named as the browser wants them, plurals in pairs', () => {
    expect(KEYS.length).toBeGreaterThan(100);
    const lower = new Set<string>();
    for (const key of KEYS) {
      expect(key, key).toMatch(/^[A-Za-z0-9_]+$/);
      expect(key.startsWith('@@'), key).toBe(false);
      // Chrome looks keys up case-insensitively.
      expect(lower.has(key.toLowerCase()), `${key}: another key differs only by case`).toBe(false);
      lower.add(key.toLowerCase());
      if (key.endsWith('_one')) expect(KEYS, key).toContain(key.replace(/_one$/, '_other'));
      if (key.endsWith('_other')) expect(KEYS, key).toContain(key.replace(/_other$/, '_one'));
    }
  });

  it.each(LOCALES)('%s: every key, no other, the same placeholders, nothing empty', (locale) => {
    const catalog = readCatalog(locale);
    expect(Object.keys(catalog).sort()).toEqual([...KEYS].sort());
    for (const key of KEYS) {
      const entry = catalog[key];
      expect(typeof entry.message, `${locale} ${key}`).toBe('string');
      expect(entry.message.trim(), `${locale} ${key} is empty`).not.toBe('');
      expect(placeholdersOf(entry), `${locale} ${key}: placeholders`).toEqual(placeholdersOf(en[key]));
      // Every placeholder declared is used, and none is used undeclared.
      expect(usedPlaceholders(entry.message), `${locale} ${key}: "${entry.message}"`).toEqual(Object.keys(placeholdersOf(entry)).sort());
      // A lone "$" would be read as a substitution: "$$" is a dollar sign.
      expect(entry.message.replace(/\$([A-Za-z0-9_@]+)\$|\$\$/g, ''), `${locale} ${key}`).not.toMatch(/\$/);
    }
  });

  it('French, German and Spanish are translations, not copies of the English', () => {
    // Some words are the same in both languages ("Server" in German, "Questions" in French);
    // a catalog left in English is not.
    const worded = KEYS.filter((k) => /\p{L}{4,}/u.test(en[k].message.replace(/\$\w+\$/g, '')));
    for (const locale of ['fr', 'de', 'es']) {
      const catalog = readCatalog(locale);
      const same = worded.filter((k) => catalog[k].message === en[k].message);
      expect(same.length / worded.length, `${locale}, the same as English: ${same.join(', ')}`).toBeLessThan(0.08);
    }
  });
});

// ---------------------------------------------------------------------------------------------
// The code

function files(dir: string, ext: RegExp): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) out.push(...files(full, ext));
    else if (ext.test(name) && !/\.test\.[jt]sx?$/.test(name)) out.push(full);
  }
  return out;
}

const SOURCES = [...['components', 'entrypoints', 'lib'].flatMap((d) => files(path.join(ROOT, d), /\.(ts|tsx|html)$/)), path.join(ROOT, 'wxt.config.ts')];
const sourceText = SOURCES.map((f) => readFileSync(f, 'utf8')).join('\n');

/** Keys the code may build at run time and the scan below cannot see. */
const UNUSED_ALLOWED: string[] = [];

describe('the code and the catalogs', () => {
  it('every key the code names exists', () => {
    const missing: string[] = [];
    for (const m of sourceText.matchAll(/\bt\(\s*'([^']+)'/g)) if (!(m[1] in en)) missing.push(`t('${m[1]}')`);
    for (const m of sourceText.matchAll(/\btn\(\s*'([^']+)'/g)) if (!(`${m[1]}_other` in en)) missing.push(`tn('${m[1]}')`);
    for (const m of sourceText.matchAll(/__MSG_(\w+)__/g)) if (!(m[1] in en)) missing.push(`__MSG_${m[1]}__`);
    expect(missing).toEqual([]);
  });

  it('every key is used (named in a string of the source, or its plural base)', () => {
    const literals = new Set([...sourceText.matchAll(/['"`]([A-Za-z0-9_]+)['"`]/g)].map((m) => m[1]));
    for (const m of sourceText.matchAll(/__MSG_(\w+)__/g)) literals.add(m[1]);
    const unused = KEYS.filter((k) => !literals.has(k) && !literals.has(k.replace(/_(one|other)$/, '')) && !UNUSED_ALLOWED.includes(k));
    expect(unused, 'keys nothing uses: remove them, or list them in UNUSED_ALLOWED with why').toEqual([]);
  });
});

/** Literal text a reader could see, allowed in components: the brand only. */
const TEXT_ALLOWED = new Set(['En bref']);
/** Not words: examples of what to type, the same in every language (an address, a key's shape). */
const NOT_WORDS = [/^https?:\/\/\S+$/, /^sk-…$/];
const TEXT_ATTRIBUTES = new Set([
  'aria-label',
  'aria-description',
  'aria-placeholder',
  'aria-roledescription',
  'aria-valuetext',
  'title',
  'placeholder',
  'alt',
  'label',
]);
const hasLetters = (s: string) => /\p{L}/u.test(s);

/** Strings with letters in an expression (a conditional's branches, a template's parts). */
function literalStrings(node: ts.Node): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return [node.text];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((s) => s.literal.text)];
  if (ts.isConditionalExpression(node)) return [...literalStrings(node.whenTrue), ...literalStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node)) {
    // Shown: a concatenation's parts, a fallback's both sides, what follows a guard (a && b);
    // a comparison is not shown.
    const op = node.operatorToken.kind;
    if (op === ts.SyntaxKind.PlusToken || op === ts.SyntaxKind.BarBarToken || op === ts.SyntaxKind.QuestionQuestionToken)
      return [...literalStrings(node.left), ...literalStrings(node.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return literalStrings(node.right);
    return [];
  }
  if (ts.isParenthesizedExpression(node)) return literalStrings(node.expression);
  return [];
}

/** User-facing literal text in a .tsx file: JSX text, string children, text attributes. */
function literalText(file: string, source: string): string[] {
  const sf = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: string[] = [];
  const report = (node: ts.Node, text: string) => {
    const s = text.replace(/\s+/g, ' ').trim();
    if (hasLetters(s) && !TEXT_ALLOWED.has(s) && !NOT_WORDS.some((re) => re.test(s)))
      found.push(`${path.relative(ROOT, file)}:${sf.getLineAndCharacterOfPosition(node.getStart()).line + 1}: "${s}"`);
  };
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) {
      for (const s of literalStrings(node.expression)) report(node, s);
    } else if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText(sf))) {
      const init = node.initializer;
      if (init && ts.isStringLiteral(init)) report(node, init.text);
      else if (init && ts.isJsxExpression(init) && init.expression) for (const s of literalStrings(init.expression)) report(node, s);
    }
    ts.forEachChild(node, visit);
  };
  visit(sf);
  return found;
}

describe('no literal user-facing text in components and pages', () => {
  it('the scan finds text nodes and text attributes, not code', () => {
    const sample = `
      export const A = () => (
        <div aria-label="Close" title={x ? 'Open it' : 'Shut it'} data-testid="not-text" class="also-not">
          Hello there
          {'Literal child'}
          {t('uiRetry')}
          <input placeholder={\`Type \${n} more\`} alt="" />
          <span>{r.starred ? '★' : '☆'} ×</span>
          <b>En bref</b>
          <input placeholder="http://localhost:11434/v1" />
          {kind === 'selection' && <i>{ok ? 'Shown' : null}</i>}
        </div>
      );`;
    expect(literalText('/x.tsx', sample).map((s) => s.replace(/^.*?: /, ''))).toEqual([
      '"Close"',
      '"Open it"',
      '"Shut it"',
      '"Hello there"',
      '"Literal child"',
      '"Type"',
      '"more"',
      '"Shown"',
    ]);
  });

  it('components/**/*.tsx and entrypoints/**/*.tsx say everything through t()', () => {
    const tsx = ['components', 'entrypoints'].flatMap((d) => files(path.join(ROOT, d), /\.tsx$/));
    expect(tsx.length).toBeGreaterThan(8);
    const found = tsx.flatMap((f) => literalText(f, readFileSync(f, 'utf8')));
    expect(found, 'user-facing text goes through t() and public/_locales').toEqual([]);
  });

  it('the pages’ own titles are the brand', () => {
    for (const f of files(path.join(ROOT, 'entrypoints'), /\.html$/)) {
      const title = /<title>([^<]*)<\/title>/.exec(readFileSync(f, 'utf8'))?.[1];
      expect(title, f).toBe('En bref');
    }
  });
});

// ---------------------------------------------------------------------------------------------
// t()

describe('t()', () => {
  it('without a browser: English, from the English messages.json', () => {
    expect(uiLanguage()).toBe('en');
    expect(t('uiRetry')).toBe('Try again');
    expect(t('uiAllowSite', 'www.example.org')).toBe('Summarise this page (allow En bref to read www.example.org)');
    expect(tn('words', 1)).toBe('1 word');
    expect(tn('words', 2400)).toBe('2,400 words');
    expect(failureMessage('no-article')).toBe('This page has no article to summarise.');
  });

  it('a failure is a kind and a detail; the interface words it, a kind it does not know as unexpected', () => {
    const f = failure('tab-gone', 'No tab with id: 7');
    expect(f).toEqual({ kind: 'tab-gone', detail: 'No tab with id: 7' });
    expect(failureText(f)).toBe('The page was closed or changed before it could be read.');
    // A record saved by a newer version may carry a kind this one has not heard of.
    expect(failureText({ kind: 'from-a-newer-version' } as unknown as Failure)).toBe(failureMessage('unexpected'));
    expect(isFailure({ kind: 'from-a-newer-version' })).toBe(false);
  });

  it('follows Chrome’s placeholder rules', () => {
    const entry = { message: 'Cost: $$$AMOUNT$ for $WHO$ ($1)', placeholders: { amount: { content: '$1' }, WHO: { content: 'you, $2' } } };
    expect(formatMessage(entry, ['3', 'Ann'])).toBe('Cost: $3 for you, Ann (3)');
  });

  it('a French interface: French words, French numbers, French plurals', () => {
    setUiLanguage('fr-FR');
    expect(uiLanguage()).toBe('fr-FR');
    expect(t('uiRetry')).toBe('Réessayer');
    expect(tn('words', 2400)).toBe(`${formatNumber(2400)} mots`);
    expect(formatNumber(2400)).toMatch(/^2\s400$/u);
    // French: 0 and 1 are singular.
    expect(tn('libCount', 0)).toBe('0 résumé enregistré');
    expect(tn('libCount', 1)).toBe('1 résumé enregistré');
    expect(tn('libCount', 2)).toBe('2 résumés enregistrés');
    expect(libraryCount(1, 3)).toBe('1 sur 3 résumés enregistrés');
    expect(importReportText({ added: 3, updated: 1, unchanged: 0, skipped: [{ key: 'x', reason: 'y' }] })).toBe(
      'Import : 3 nouveaux, 1 mis à jour, 0 déjà là ; 1 enregistrement illisible ignoré.',
    );
    expect(formatBytes(1_234_567)).toMatch(/^1,2 Mo$/);
    expect(failureMessage('no-article')).toBe('Cette page n’a pas d’article à résumer.');
  });

  it('German and Spanish: their words and plural forms', () => {
    setUiLanguage('de');
    expect(tn('words', 1)).toBe('1 Wort');
    expect(tn('words', 2400)).toBe('2.400 Wörter');
    expect(t('libSave')).toBe('Speichern');
    setUiLanguage('es-ES');
    expect(tn('libCount', 2)).toBe('2 resúmenes guardados');
    expect(t('libSave')).toBe('Guardar');
  });

  it('English: 0 is plural, and a language with more plural forms falls back to _other', () => {
    setUiLanguage('en-GB');
    expect(tn('libCount', 0)).toBe('0 saved digests');
    setUiLanguage('pl');
    // No Polish catalog: English words, Polish plural rules ("few" -> _other).
    expect(tn('libCount', 3)).toBe('3 saved digests');
  });

  it('in the browser: browser.i18n.getMessage and getUILanguage', () => {
    const fr = readCatalog('fr');
    const calls: unknown[] = [];
    (globalThis as { chrome?: unknown }).chrome = {
      i18n: {
        getUILanguage: () => 'fr',
        getMessage: (key: string, subs?: string | string[]) => {
          calls.push([key, subs]);
          const entry = fr[key];
          return entry ? formatMessage(entry, typeof subs === 'string' ? [subs] : (subs ?? [])) : '';
        },
      },
    };
    expect(uiLanguage()).toBe('fr');
    expect(t('libShowMore', 1500)).toBe(`Afficher ${formatNumber(1500)} de plus`);
    expect(calls).toContainEqual(['libShowMore', [formatNumber(1500)]]);
    expect(failureMessage('tab-gone')).toBe('La page a été fermée ou a changé avant d’avoir pu être lue.');
  });

  it('every key of every locale formats without a leftover placeholder', () => {
    for (const locale of LOCALES) {
      setUiLanguage(locale);
      for (const key of KEYS) {
        const n = Object.keys(en[key].placeholders ?? {}).length;
        const text = t(key as MessageKey, ...Array.from({ length: n }, (_, i) => `«${i + 1}»`));
        expect(text, `${locale} ${key}`).not.toMatch(/\$/);
        for (let i = 1; i <= n; i++) expect(text, `${locale} ${key}`).toContain(`«${i}»`);
      }
    }
  });
});

// ---------------------------------------------------------------------------------------------
// Components in French

describe('the popup’s view in a French interface', () => {
  let root: HTMLElement;
  afterEach(() => {
    if (root) render(null, root);
    root?.remove();
  });
  const mount = (vnode: VNode<any>) => {
    root = document.createElement('div');
    document.body.append(root);
    render(vnode, root);
  };

  it('shows our words in French and the digest in the page’s language', () => {
    setUiLanguage('fr-FR');
    const r = makeRecord(2); // an English page
    expect(r.digest.language).toBe('en');
    const value = { article: r.article, digest: r.digest, sentences: r.sentences, cached: false };
    mount(h(DigestView, { state: { status: 'ready', tabId: 1, value, ms: 1 }, showOpenPanel: true }));
    const $ = (id: string) => root.querySelector(`[data-testid="${id}"]`)!;
    expect($('copy-markdown').textContent).toBe('Copier en Markdown');
    expect($('open-sidepanel').textContent).toBe('Ouvrir le panneau latéral');
    expect($('open-library').textContent).toBe('Bibliothèque');
    expect($('save-digest').textContent).toBe('Enregistrer');
    expect($('reading-time').textContent).toMatch(/^\d+ min de lecture$/);
    // The digest itself keeps the page's language: its heading comes from the engine.
    expect($('digest-heading').textContent).toBe(r.digest.heading);
    expect($('digest-heading').getAttribute('lang')).toBe('en');
    const line = root.querySelector('[data-testid="bullets"] li [title]')!;
    expect(line.getAttribute('title')).toMatch(/^Montrer dans la page \(phrases? \d/);
    if (r.digest.faq.length) expect(root.querySelector('[data-testid="faq"]')!.getAttribute('aria-label')).toBe('Questions');
  });

  it('loading, and an error, in French', () => {
    setUiLanguage('fr');
    mount(h(DigestView, { state: { status: 'loading' } }));
    expect(root.querySelector('.loading')!.textContent).toBe('Lecture de la page…');
    expect(root.querySelector('[data-testid="digest-announce"]')!.textContent).toBe('Lecture de la page…');
    render(null, root);
    // A failure is a kind: shown in the reader's language.
    render(h(ErrorState, { error: { kind: 'not-granted' }, onRetry: () => {}, allowUrl: 'https://www.example.org/a' }), root);
    expect(root.querySelector('[data-testid="error"]')!.textContent).toBe('Cliquez sur l’icône En bref dans la barre d’outils pour résumer cette page.');
    expect(root.querySelector('[data-testid="allow-site"]')!.textContent).toBe('Résumer cette page (autoriser En bref à lire www.example.org)');
  });
});
