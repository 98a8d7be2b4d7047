/**
 * The content script's entry point: a page clicked again, unchanged, is not read again; any
 * change to it, another selection or another address reads it again.
 */
import { describe, expect, it } from 'vitest';
import { JSDOM } from 'jsdom';
import { extractFromPage } from '../../lib/page-extraction';
import { peekStamp } from '../../lib/page-stamp';

const PROSE =
  'Le conseil municipal a voté mardi soir le budget de la ville pour l’année prochaine, après un débat de plus de quatre heures. La majorité a défendu une hausse des investissements dans les écoles et les transports, tandis que l’opposition a dénoncé une augmentation de la dette.';
const URL = 'https://example.fr/budget';

function page(): Document {
  const dom = new JSDOM(
    `<!doctype html><html lang="fr"><head><title>Le budget est voté</title></head><body><article><h1>Le budget est voté</h1><p>${PROSE}</p><p>${PROSE}</p></article></body></html>`,
    { url: URL },
  );
  return dom.window.document;
}

/** MutationObserver callbacks run as microtasks. */
const settle = () => new Promise((r) => setTimeout(r, 0));

async function read(doc: Document, selection = '', url = URL) {
  const r = await extractFromPage(doc, url, selection);
  if (!r.ok) throw new Error(r.error.kind);
  return r.value.article;
}

describe('extractFromPage', () => {
  it('gives back the same article for an unchanged page', async () => {
    const doc = page();
    const first = await read(doc);
    expect(first.text).toContain('Le conseil municipal');
    expect(await read(doc)).toBe(first);
  });

  it('reads the page again once anything in it changed', async () => {
    const doc = page();
    const first = await read(doc);
    const p = doc.createElement('p');
    p.textContent = 'Le maire a annoncé une réunion publique jeudi prochain pour présenter ces choix aux habitants du quartier.';
    doc.querySelector('article')!.appendChild(p);
    await settle();
    const second = await read(doc);
    expect(second).not.toBe(first);
    expect(second.text).toContain('réunion publique');
    // An attribute counts too.
    doc.querySelector('p')!.setAttribute('hidden', '');
    await settle();
    expect(await read(doc)).not.toBe(second);
  });

  it('reads again for another selection or another address, and never mixes documents', async () => {
    const doc = page();
    const whole = await read(doc);
    const selected = await read(doc, `${PROSE}\n\n${PROSE}`);
    expect(selected).not.toBe(whole);
    expect(selected.extractedBy).toBe('selection');
    expect(await read(doc, '', `${URL}?page=2`)).not.toBe(whole);
    const other = page();
    expect(await read(other)).not.toBe(await read(doc));
  });

  it('names each reading with a stamp that peekStamp gives back while the page is unchanged', async () => {
    const dom = new JSDOM(page().documentElement.outerHTML, { url: URL });
    const doc = dom.window.document;
    // peekStamp runs in the page: its globals are the page's.
    const peek = () => {
      const g = globalThis as Record<string, unknown>;
      const saved = { document: g.document, location: g.location, getSelection: g.getSelection };
      Object.assign(g, { document: doc, location: dom.window.location, getSelection: () => dom.window.getSelection() });
      try {
        return peekStamp();
      } finally {
        Object.assign(g, saved);
      }
    };
    expect(peek()).toBeNull();
    const first = await extractFromPage(doc, URL);
    const stamp = first.ok ? first.value.stamp : undefined;
    expect(stamp).toMatch(/\w+-\w+/);
    expect(peek()).toBe(stamp);
    const again = await extractFromPage(doc, URL);
    expect(again.ok && again.value.stamp).toBe(stamp);
    doc.querySelector('p')!.append(' Mise à jour.');
    await settle();
    expect(peek()).toBeNull();
    const third = await extractFromPage(doc, URL);
    expect(third.ok && third.value.stamp).not.toBe(stamp);
    expect(peek()).toBe(third.ok ? third.value.stamp : 'none');
  });
});
