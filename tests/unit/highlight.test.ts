/**
 * Source highlighting in the page (lib/highlight): the extraction's sentences found back in
 * the live DOM, highlighted, and cleared without leaving a trace. jsdom has no CSS Custom
 * Highlight API, so the <mark> path runs here; the Highlight API path runs in Chromium
 * (tests/e2e/sidepanel.test.ts), and is simulated below with a registry.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { parseHTML } from 'linkedom';
import { findSentences, normalise } from '../../lib/highlight/find';
import { clearHighlight, highlightSentences, HIGHLIGHT_NAME } from '../../lib/highlight/apply';
import { extractArticle } from '../../lib/extract/extract';
import { segmentArticle } from '../../lib/text/segment';
import { highlightInTab } from '../../lib/background/highlight-service';
import { page } from '../../testing/pages';

const dom = (body: string) => new JSDOM(`<!doctype html><html><head><title>t</title></head><body>${body}</body></html>`).window.document;

describe('finding sentences in the page', () => {
  it('across inline markup, soft hyphens, no-break spaces and curly quotes', () => {
    const doc = dom(
      '<article><p>Le <a href="#">maire</a> de Lyrac a inau\u00adguré <em>dix&nbsp;kilomètres</em> de pistes.</p><p>L’opposition a réagi.</p></article>',
    );
    const [r1, r2] = findSentences(doc.body, ['Le maire de Lyrac a inauguré dix kilomètres de pistes.', "L'opposition a réagi."]);
    expect(r1.toString()).toBe('Le maire de Lyrac a inau\u00adguré dix\u00a0kilomètres de pistes.');
    expect(r2.toString()).toBe('L’opposition a réagi.');
  });

  it('paragraphs without a space between them still separate words', () => {
    const doc = dom('<div><p>First one ends.</p><p>Second starts here.</p></div>');
    expect(findSentences(doc.body, ['Second starts here.'])[0].toString()).toBe('Second starts here.');
    expect(normalise('  A\u00a0 B\u200b ’C’  ')).toBe("a b 'c'");
  });

  it('skips what the reader cannot see as text (scripts, styles) and finds by the first words what the page has since changed', () => {
    const doc = dom('<script>var s = "Hidden sentence here.";</script><p>Hidden sentence here. Then the page says more.</p>');
    const [r] = findSentences(doc.body, ['Hidden sentence here.']);
    expect(r.startContainer.parentElement?.tagName).toBe('P');
    const changed = findSentences(doc.body, ['Then the page says more, and the page was edited since we read it.']);
    expect(changed).toHaveLength(0);
    const longer = findSentences(doc.body, ['Then the page says more.']);
    expect(longer[0].toString()).toBe('Then the page says more.');
  });

  it('every sentence of a real page (OrangeSum 10010) is found in the page it was extracted from', () => {
    const html = page('fr-orange-globe-trotteur');
    const r = extractArticle(parseHTML(html).document as unknown as Document, { url: 'https://actu.orange.fr/10010' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const sentences = segmentArticle(r.value.blocks, r.value.lang).map((s) => s.text);
    const live = new JSDOM(html).window.document;
    const ranges = findSentences(live.body, sentences);
    expect(ranges.length).toBe(sentences.length);
    ranges.forEach((range, i) => expect(normalise(range.toString())).toBe(normalise(sentences[i])));
  });
});

describe('highlighting and clearing', () => {
  it('<mark> where there is no Highlight API; clearing gives the page back exactly', () => {
    const doc = dom('<article><p id="p">Le <b>chantier</b> a coûté 4,2 millions. La maire a précisé le coût.</p></article>');
    const before = doc.body.innerHTML;
    const r = highlightSentences(doc, ['Le chantier a coûté 4,2 millions.']);
    expect(r).toEqual({ asked: 1, found: 1, via: 'mark' });
    const marks = [...doc.querySelectorAll('mark[data-en-bref-source]')].map((m) => m.textContent);
    expect(marks.join('')).toBe('Le chantier a coûté 4,2 millions.');
    expect(doc.getElementById('p')!.textContent).toBe('Le chantier a coûté 4,2 millions. La maire a précisé le coût.');
    clearHighlight(doc);
    expect(doc.body.innerHTML).toBe(before);
    expect(doc.getElementById('en-bref-highlight-style')).toBeNull();
  });

  it('Escape in the page clears it; a new highlight replaces the old one', () => {
    const doc = dom('<p>One sentence here. Another sentence there.</p>');
    highlightSentences(doc, ['One sentence here.']);
    highlightSentences(doc, ['Another sentence there.']);
    expect([...doc.querySelectorAll('mark')].map((m) => m.textContent)).toEqual(['Another sentence there.']);
    doc.dispatchEvent(new doc.defaultView!.KeyboardEvent('keydown', { key: 'Escape' }));
    expect(doc.querySelectorAll('mark')).toHaveLength(0);
  });

  it('with the Highlight API the page’s DOM is left alone', () => {
    const doc = dom('<p>One sentence here. Another sentence there.</p>');
    const registry = new Map<string, unknown>();
    const win = doc.defaultView as unknown as Record<string, unknown>;
    win.CSS = { highlights: registry };
    win.Highlight = class {
      ranges: Range[];
      constructor(...ranges: Range[]) {
        this.ranges = ranges;
      }
    };
    const p = doc.querySelector('p')!.outerHTML;
    expect(highlightSentences(doc, ['Another sentence there.']).via).toBe('highlight-api');
    expect((registry.get(HIGHLIGHT_NAME) as { ranges: Range[] }).ranges.map(String)).toEqual(['Another sentence there.']);
    expect(doc.querySelector('p')!.outerHTML).toBe(p);
    clearHighlight(doc);
    expect(registry.has(HIGHLIGHT_NAME)).toBe(false);
  });

  it('a passage the page no longer has: nothing found, nothing changed', () => {
    const doc = dom('<p>Only this.</p>');
    expect(highlightSentences(doc, ['Something else entirely.'])).toEqual({ asked: 1, found: 0, via: 'none' });
    expect(doc.body.innerHTML).toBe('<p>Only this.</p>');
  });
});

describe('the background’s highlight request', () => {
  const deps = (over: Partial<Parameters<typeof highlightInTab>[2]> = {}) => ({
    inject: async () => undefined,
    call: async (_t: number, s: string[] | null) => ({ asked: s?.length ?? 0, found: s?.length ?? 0, via: 'mark' as const }),
    tabUrl: async () => 'https://example.org/a',
    ...over,
  });
  it('refuses malformed requests and restricted pages; a tab without a grant is a plain failure', async () => {
    expect(await highlightInTab(1.5, null, deps())).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
    expect(await highlightInTab(1, [3 as unknown as string], deps())).toMatchObject({ ok: false, error: { kind: 'unexpected' } });
    expect(await highlightInTab(1, ['a'], deps({ tabUrl: async () => 'chrome://settings' }))).toMatchObject({ ok: false, error: { kind: 'restricted-page' } });
    const denied = deps({
      inject: async () =>
        Promise.reject(new Error('Cannot access contents of url "https://example.org/a". Extension manifest must request permission to access this host.')),
    });
    expect(await highlightInTab(1, ['a'], denied)).toMatchObject({ ok: false, error: { kind: 'not-granted' } });
    expect(await highlightInTab(1, ['a', 'b'], deps())).toEqual({ ok: true, value: { asked: 2, found: 2, via: 'mark' } });
  });
});
