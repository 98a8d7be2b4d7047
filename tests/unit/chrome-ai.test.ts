/**
 * Chrome's built-in AI engine (lib/engine/chrome-ai/) against stand-ins for the Summarizer and
 * LanguageModel APIs: availability asked with the same options as create, every reason to
 * fall back, the download's progress, long articles section by section, FAQ citations checked.
 */
import { describe, expect, it } from 'vitest';
import {
  chromeAiApis,
  chromeAiDigest,
  chromeAiEngine,
  chromeAiStatus,
  chromeAiTabDigest,
  downloadChromeAi,
  keyPoints,
  sections,
  type Availability,
  type ChromeAiApis,
  type DownloadMonitor,
  type LanguageModelOptions,
  type SummarizerOptions,
} from '../../lib/engine/chrome-ai';
import { FAQ_SCHEMA } from '../../lib/engine/model/prompt';
import type { DigestItem } from '../../lib/engine/types';
import { loadArticle } from '../../testing/engines';
import type { TabDigest } from '../../lib/types';

interface Calls {
  availability: Array<{ api: string; options: unknown }>;
  create: Array<{ api: string; options: Record<string, unknown> }>;
  summarize: string[];
  prompt: Array<{ input: string; options: Record<string, unknown> }>;
}

/** A FAQ as Gemini Nano writes it for the Reuters article (JSON under the schema constraint). */
const REUTERS_FAQ = JSON.stringify({
  faq: [
    {
      question: 'Why did oil prices fall?',
      answer: 'Sources said Russia is unlikely to agree to cut its output further, and Norway’s October production beat forecasts.',
      sources: [6, 7],
    },
    { question: 'How much did U.S. crude fall?', answer: 'U.S. crude fell 3.38% to $55.12 per barrel.', sources: [9] },
    { question: 'What did Trump say about tariffs?', answer: 'He said he would raise tariffs on Chinese imports by 25% if there is no deal.', sources: [4] },
  ],
});

/**
 * Stand-ins: availability by language ('*' for the language-free question), a Summarizer
 * that returns the first sentence of each paragraph as key points, a LanguageModel that
 * answers `faq`. Quotas in tokens of 4 characters.
 */
function fakeApis({
  availability = { en: 'available', '*': 'available' } as Record<string, Availability>,
  quota = 4_000,
  faq = REUTERS_FAQ,
  progress = [] as number[],
} = {}): { apis: ChromeAiApis; calls: Calls } {
  const calls: Calls = { availability: [], create: [], summarize: [], prompt: [] };
  const lang = (o: { outputLanguage?: string; expectedInputs?: Array<{ languages: string[] }> } | undefined) =>
    o?.outputLanguage ?? o?.expectedInputs?.[0]?.languages[0] ?? '*';
  const avail = (api: string) => async (o?: unknown) => {
    calls.availability.push({ api, options: o });
    return availability[lang(o as never)] ?? 'unavailable';
  };
  const monitorWith = (o: { monitor?: (m: DownloadMonitor) => void }) => {
    const listeners: Array<(e: { loaded: number }) => void> = [];
    o.monitor?.({ addEventListener: (_t, l) => listeners.push(l) });
    for (const p of progress) for (const l of listeners) l({ loaded: p });
  };
  const measure = async (text: string) => Math.ceil(text.length / 4);
  const apis: ChromeAiApis = {
    Summarizer: {
      availability: avail('Summarizer'),
      create: async (o: SummarizerOptions) => {
        calls.create.push({ api: 'Summarizer', options: o as never });
        monitorWith(o);
        return {
          inputQuota: quota,
          measureInputUsage: measure,
          destroy() {},
          summarize: async (input: string, opts?: { signal?: AbortSignal }) => {
            if (opts?.signal?.aborted) throw Object.assign(new Error('aborted'), { name: 'AbortError' });
            if ((await measure(input)) > quota) throw Object.assign(new Error('too long'), { name: 'QuotaExceededError' });
            calls.summarize.push(input);
            const paras = input.split(/\n\n|\n(?=- )/).map((p) => p.replace(/^- /, '').trim());
            const n = o.length === 'short' ? 3 : o.length === 'medium' ? 5 : 7;
            return paras
              .map((p) => p.match(/^.+?[.!?](?=\s|$)/)?.[0] ?? p)
              .filter((p) => p.split(' ').length >= 6)
              .slice(0, n)
              .map((p) => `* ${p}`)
              .join('\n');
          },
        };
      },
    },
    LanguageModel: {
      availability: avail('LanguageModel'),
      create: async (o?: LanguageModelOptions) => {
        calls.create.push({ api: 'LanguageModel', options: o as never });
        monitorWith(o ?? {});
        return {
          inputQuota: quota * 2,
          inputUsage: 150,
          measureInputUsage: measure,
          destroy() {},
          prompt: async (input: string, options?: { responseConstraint?: object; signal?: AbortSignal }) => {
            calls.prompt.push({ input, options: options as never });
            return faq;
          },
        };
      },
    },
  };
  return { apis, calls };
}

const embeddedOf = (name: 'reutersOil' | 'orangesum10010'): TabDigest => {
  const a = loadArticle(name);
  const { blocks: _b, text: _t, ...article } = a.article;
  return { article, sentences: a.sentences, digest: a.digest, cached: false };
};

describe('availability and fallback', () => {
  it('no API in this document (a browser or a worker without it): unavailable', async () => {
    expect(chromeAiApis({})).toEqual({ Summarizer: undefined, LanguageModel: undefined });
    const r = await chromeAiStatus('en', {});
    expect(!r.ok && r.error.kind).toBe('ai-unavailable');
  });

  it('the model is there, but not for the page’s language', async () => {
    const { apis, calls } = fakeApis({ availability: { en: 'available', '*': 'available' } });
    const r = await chromeAiStatus('fr', apis);
    expect(!r.ok && r.error.kind).toBe('ai-language-unsupported');
    // Asked for French first, with the options create would take.
    expect(calls.availability[0]).toEqual({
      api: 'Summarizer',
      options: expect.objectContaining({ type: 'key-points', outputLanguage: 'fr', expectedInputLanguages: ['fr'] }),
    });
    expect(calls.availability[1]).toEqual({
      api: 'LanguageModel',
      options: { expectedInputs: [{ type: 'text', languages: ['fr'] }], expectedOutputs: [{ type: 'text', languages: ['fr'] }] },
    });
  });

  it('unavailable whatever the language (hardware, policy, headless Chromium): unavailable', async () => {
    const { apis } = fakeApis({ availability: {} });
    const r = await chromeAiStatus('en', apis);
    expect(!r.ok && r.error.kind).toBe('ai-unavailable');
  });

  it('downloadable or downloading: a download to start, which the reader can do', async () => {
    for (const state of ['downloadable', 'downloading'] as const) {
      const { apis } = fakeApis({ availability: { en: state, '*': state } });
      const r = await chromeAiStatus('en', apis);
      expect(r).toMatchObject({ ok: false, error: { kind: 'ai-needs-download' }, downloadable: true });
    }
  });

  it('falling back: the embedded digest, unchanged, with a note saying why', async () => {
    const embedded = embeddedOf('orangesum10010');
    const { apis } = fakeApis({ availability: { en: 'available', '*': 'available' } });
    const r = await chromeAiTabDigest(embedded, {}, {}, apis);
    expect(r.value.digest.note).toEqual({ fallbackFrom: 'chrome-ai', reason: 'ai-language-unsupported', detail: expect.any(String) });
    expect(r.value.digest.bullets).toEqual(embedded.digest.bullets);
    expect(r.value.digest.engine.id).toBe('embedded');
    const none = await chromeAiTabDigest(embedded, {}, {}, {});
    expect(none.value.digest.note?.reason).toBe('ai-unavailable');
  });
});

describe('download', () => {
  it('reports progress from both monitors as one bar, to the end', async () => {
    const { apis, calls } = fakeApis({ availability: { en: 'downloadable', '*': 'downloadable' }, progress: [0.25, 0.5, 1] });
    const seen: number[] = [];
    const r = await downloadChromeAi('en', (x) => seen.push(x), apis);
    expect(r.ok).toBe(true);
    expect(seen.at(-1)).toBe(1);
    expect(seen).toEqual([...seen].sort((a, b) => a - b));
    expect(calls.create.map((c) => c.api).sort()).toEqual(['LanguageModel', 'Summarizer']);
    expect(calls.create.every((c) => typeof c.options.monitor === 'function')).toBe(true);
  });

  it('a download the browser refuses (no user gesture) says so', async () => {
    const { apis } = fakeApis();
    apis.Summarizer!.create = async () => {
      throw Object.assign(new Error('Requires a user gesture when availability is "downloadable".'), { name: 'NotAllowedError' });
    };
    const r = await downloadChromeAi('en', () => {}, apis);
    expect(!r.ok && r.error.kind).toBe('ai-needs-download');
  });
});

describe('the on-device digest', () => {
  it('key points anchored to their sentences and checked; the FAQ asked with a schema, its citations checked', async () => {
    const { apis, calls } = fakeApis();
    const a = loadArticle('reutersOil');
    const items: DigestItem[] = [];
    const r = await chromeAiDigest(a.input, { bullets: 4, faqItems: 3 }, { onItem: (i) => items.push(i) }, apis);
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    if (!r.ok) return;
    const d = r.value;
    expect(d.engine).toEqual({ id: 'chrome-ai', version: expect.any(String), model: 'gemini-nano' });
    expect(d.heading).toBe('In brief');
    expect(d.bullets).toHaveLength(4);
    for (const b of d.bullets) {
      expect(b.sources.length).toBeGreaterThan(0);
      expect(b.verified).toBe(true);
      // The stand-in writes sentences of the article: each is anchored to its own.
      expect(b.sources.map((i) => a.sentences[i].text).join(' ')).toContain(b.text.slice(0, 30));
    }
    // Same options for availability and create (language, type, length).
    const created = calls.create.find((c) => c.api === 'Summarizer')!.options;
    const asked = calls.availability.find((c) => c.api === 'Summarizer')!.options as Record<string, unknown>;
    for (const k of ['type', 'format', 'length', 'outputLanguage', 'expectedInputLanguages']) expect(created[k], k).toEqual(asked[k]);
    // The FAQ: the schema constraint, numbered sentences; the invented "25%" is unverified.
    expect(calls.prompt[0].options.responseConstraint).toEqual(FAQ_SCHEMA);
    expect(calls.prompt[0].input).toContain('[9] U.S. crude CLc1 fell 3.38%');
    expect(d.faq.map((f) => [f.origin, f.verified])).toEqual([
      ['model', true],
      ['model', true],
      ['model', false],
    ]);
    expect(items.map((i) => i.kind)).toEqual(['bullet', 'bullet', 'bullet', 'bullet', 'faq', 'faq', 'faq']);
  });

  it('the table asked with the FAQ: rows its sentences carry make "Key figures"; an invented one is dropped', async () => {
    const answer = JSON.stringify({
      ...JSON.parse(REUTERS_FAQ),
      table: [
        { aspect: '3.38%', text: 'U.S. crude fell 3.38% to $55.12 per barrel.', sources: [9] },
        { aspect: '2.74%', text: 'Brent was last at $60.73, down 2.74% on the day.', sources: [9] },
        { aspect: '102.2 points', text: 'The Dow Jones Industrial Average fell 102.2 points.', sources: [10, 11] },
        { aspect: '5%', text: 'Oil demand will fall by 5% next year.', sources: [7] },
      ],
    });
    const { apis } = fakeApis({ faq: answer });
    const a = loadArticle('reutersOil');
    const r = await chromeAiDigest(a.input, { bullets: 3, faqItems: 3 }, {}, apis);
    expect(r.ok && r.value.table).toEqual({
      caption: 'Key figures',
      columns: ['Figure', 'What it counts'],
      kind: 'figures',
      rows: [
        { aspect: '3.38%', text: 'U.S. crude fell 3.38% to $55.12 per barrel.', sources: [8] },
        { aspect: '2.74%', text: 'Brent was last at $60.73, down 2.74% on the day.', sources: [8] },
        { aspect: '102.2 points', text: 'The Dow Jones Industrial Average fell 102.2 points.', sources: [9, 10] },
      ],
    });
    // The REUTERS_FAQ answer has no table: null, not a table of nothing.
    const plain = await chromeAiDigest(a.input, { bullets: 3, faqItems: 3 }, {}, fakeApis().apis);
    expect(plain.ok && plain.value.table).toBeNull();
  });

  it('a long article goes section by section under the quota, then the key points of the sections are combined', async () => {
    const { apis, calls } = fakeApis({ quota: 350 });
    const a = loadArticle('reutersOil');
    const r = await chromeAiDigest(a.input, { bullets: 3, faqItems: 0 }, {}, apis);
    expect(r.ok, JSON.stringify(!r.ok && r.error)).toBe(true);
    expect(calls.summarize.length).toBeGreaterThan(2);
    for (const input of calls.summarize) expect(Math.ceil(input.length / 4)).toBeLessThanOrEqual(350);
    // The last call combines the sections' key points.
    expect(calls.summarize.at(-1)).toMatch(/^- /);
    expect(calls.prompt).toHaveLength(0);
  });

  it('sections: every block kept, in order, none over the quota', async () => {
    const blocks = ['a'.repeat(500), 'b'.repeat(300), 'c. '.repeat(400), 'd'.repeat(100)];
    const quota = { inputQuota: 200, measureInputUsage: async (t: string) => Math.ceil(t.length / 4), destroy() {} };
    const out = await sections(blocks, quota);
    for (const s of out) expect(Math.ceil(s.length / 4)).toBeLessThanOrEqual(200);
    expect(out.join('').replace(/\s/g, '')).toBe(blocks.join('').replace(/\s/g, ''));
  });

  it('cancelled: stops, and says so', async () => {
    const { apis } = fakeApis();
    const ctl = new AbortController();
    ctl.abort();
    const r = await chromeAiDigest(loadArticle('reutersOil').input, {}, { signal: ctl.signal }, apis);
    expect(!r.ok && r.error.kind).toBe('cancelled');
  });

  it('behind the common Engine interface: available per language, a failure thrown as an EngineError', async () => {
    const { apis } = fakeApis();
    const engine = chromeAiEngine(apis);
    expect(await engine.available('en')).toBe(true);
    expect(await engine.available('fr')).toBe(false);
    const a = loadArticle('reutersOil');
    const d = await engine.digest(a.article, a.sentences, { bullets: 3, faqItems: 0 });
    expect(d.engine.id).toBe('chrome-ai');
    expect(d.contentHash).toBe(a.digest.contentHash);
    const fr = loadArticle('orangesum10010');
    await expect(engine.digest(fr.article, fr.sentences, {})).rejects.toMatchObject({ failure: { kind: 'ai-language-unsupported' } });
  });

  it('key points as the Summarizer writes them', () => {
    expect(keyPoints('* One point.\n- Two\n\n1. Three\n• Four')).toEqual(['One point.', 'Two', 'Three', 'Four']);
  });
});
