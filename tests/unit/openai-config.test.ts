/**
 * The endpoint's settings (lib/engine/openai/config.ts), the messages that carry them and the
 * stream's first message (lib/background/validate.ts), and a model's digest kept whole in the
 * library (lib/library/record.ts).
 */
import { describe, expect, it } from 'vitest';
import {
  cleanConfig,
  configProblems,
  endpointLimits,
  engineCacheKey,
  isLocalUrl,
  normaliseBaseUrl,
  originPattern,
  PRESETS,
} from '../../lib/engine/openai/config';
import { validateStreamStart, validateTestEndpoint } from '../../lib/background/validate';
import { recordFromTabDigest, validateRecord } from '../../lib/library/record';
import { withFallbackNote } from '../../lib/engine/fallback';
import { failure } from '../../lib/errors';
import { loadArticle } from '../../testing/engines';
import type { TabDigest } from '../../lib/types';

describe('endpoint config', () => {
  it('presets: Ollama, LM Studio, llama.cpp, OpenAI, custom', () => {
    expect(PRESETS.map((p) => [p.id, p.baseUrl])).toEqual([
      ['ollama', 'http://localhost:11434/v1'],
      ['lmstudio', 'http://localhost:1234/v1'],
      ['llamacpp', 'http://localhost:8080/v1'],
      ['openai', 'https://api.openai.com/v1'],
      ['custom', ''],
    ]);
  });

  it('base URLs normalised; only http(s), no credentials in them', () => {
    expect(normaliseBaseUrl(' http://localhost:11434/v1/ ')).toBe('http://localhost:11434/v1');
    expect(normaliseBaseUrl('https://api.example.com/v1/chat/completions')).toBe('https://api.example.com/v1');
    expect(normaliseBaseUrl('https://user:pw@api.example.com/v1')).toBeUndefined();
    expect(normaliseBaseUrl('file:///etc/passwd')).toBeUndefined();
    expect(normaliseBaseUrl('localhost:11434')).toBeUndefined();
  });

  it('the permission asked is the endpoint’s origin only', () => {
    expect(originPattern('http://localhost:11434/v1')).toBe('http://localhost:11434/*');
    expect(originPattern('https://api.openai.com/v1')).toBe('https://api.openai.com/*');
    expect(originPattern('nonsense')).toBeUndefined();
  });

  it('local servers get a smaller context and more patience', () => {
    expect(isLocalUrl('http://127.0.0.1:8080/v1')).toBe(true);
    expect(isLocalUrl('http://192.168.1.20:1234/v1')).toBe(true);
    expect(isLocalUrl('https://api.openai.com/v1')).toBe(false);
    expect(endpointLimits({ baseUrl: 'http://localhost:11434/v1' }).contextChars).toBeLessThan(
      endpointLimits({ baseUrl: 'https://api.openai.com/v1' }).contextChars,
    );
    expect(endpointLimits({ baseUrl: 'https://api.openai.com/v1' })).toMatchObject({ firstByteMs: 20_000, totalMs: 60_000 });
  });

  it('problems, clean copies, and a cache key without the key', () => {
    expect(configProblems({ baseUrl: 'x', model: '' })).toEqual(['base-url', 'model']);
    expect(configProblems({ baseUrl: 'http://localhost:1/v1', model: 'm', apiKey: 'has space' })).toEqual(['key']);
    expect(cleanConfig({ baseUrl: 'http://localhost:1/v1/', model: ' m ', apiKey: ' ' })).toEqual({ baseUrl: 'http://localhost:1/v1', model: 'm' });
    expect(engineCacheKey({ baseUrl: 'https://api.openai.com/v1/', model: 'gpt-4o-mini', apiKey: 'sk-secret' })).toBe(
      'openai:gpt-4o-mini@https://api.openai.com/v1',
    );
  });
});

describe('messages', () => {
  const self = { id: 'abc', baseUrl: 'chrome-extension://abc/' };
  const page = { id: 'abc', url: 'chrome-extension://abc/popup.html' };

  it('testEndpoint: a clean config, or a refusal that does not quote the key', () => {
    expect(validateTestEndpoint({ baseUrl: 'http://localhost:11434/v1/', model: 'llama3.2', preset: 'ollama', extra: 1 })).toEqual({
      ok: true,
      value: { baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', preset: 'ollama' },
    });
    const bad = validateTestEndpoint({ baseUrl: 'http://localhost:1/v1', model: 'm', apiKey: 'sk-has a space' });
    expect(bad.ok).toBe(false);
    expect(JSON.stringify(bad)).not.toContain('sk-has');
    expect(validateTestEndpoint({ baseUrl: 'javascript:alert(1)', model: 'm' }).ok).toBe(false);
    expect(validateTestEndpoint({ baseUrl: 'http://x/v1', model: 'm', preset: 'evil' }).ok).toBe(false);
    expect(validateTestEndpoint('x').ok).toBe(false);
  });

  it('a stream starts with { type: "start", tabId }, from the extension’s own pages only', () => {
    expect(validateStreamStart({ type: 'start', tabId: 3, options: { faqItems: 2 } }, page, self)).toEqual({
      ok: true,
      value: { type: 'start', tabId: 3, options: { faqItems: 2 } },
    });
    expect(validateStreamStart({ type: 'start', tabId: 3 }, page, self)).toEqual({ ok: true, value: { type: 'start', tabId: 3 } });
    expect(validateStreamStart({ type: 'start', tabId: -1 }, page, self).ok).toBe(false);
    expect(validateStreamStart({ type: 'go', tabId: 3 }, page, self).ok).toBe(false);
    expect(validateStreamStart({ type: 'start', tabId: 3 }, { id: 'abc', url: 'https://evil.example/' }, self).ok).toBe(false);
    expect(validateStreamStart({ type: 'start', tabId: 3 }, { id: 'other', url: 'chrome-extension://other/popup.html' }, self).ok).toBe(false);
  });
});

describe('a model’s digest in the library', () => {
  const a = loadArticle('orangesum10010');
  const { blocks: _b, text: _t, ...article } = a.article;
  const base: TabDigest = { article, sentences: a.sentences, digest: a.digest, cached: false };

  it('keeps verified flags, the model, dropped lines and a fallback note', () => {
    const model: TabDigest = {
      ...base,
      digest: {
        ...base.digest,
        engine: { id: 'openai', version: '0.1.0', model: 'llama3.2' },
        bullets: [
          { text: 'Raymond Lee est bloqué en Guinée.', sources: [0], verified: true },
          { text: 'Il a parcouru 30 000 km.', sources: [16, 17], verified: false },
        ],
        faq: [{ question: 'Qui est Raymond Lee\u202f?', answer: 'Un cycliste sud-coréen.', sources: [1], origin: 'model', verified: false }],
        dropped: 2,
      },
    };
    const back = validateRecord(JSON.parse(JSON.stringify(recordFromTabDigest(model, 1))));
    expect(back.ok && back.value.digest).toEqual(model.digest);
    const fallback = withFallbackNote(base, 'openai', failure('endpoint-rate-limited', 'HTTP 429'));
    const back2 = validateRecord(JSON.parse(JSON.stringify(recordFromTabDigest(fallback, 1))));
    expect(back2.ok && back2.value.digest.note).toEqual({ fallbackFrom: 'openai', reason: 'endpoint-rate-limited', detail: 'HTTP 429' });
  });

  it('an embedded digest reads back as before (no new members)', () => {
    const back = validateRecord(JSON.parse(JSON.stringify(recordFromTabDigest(base, 1))));
    expect(back.ok && back.value.digest).toEqual(base.digest);
  });

  it('refuses a note with an unknown reason or engine', () => {
    const r = JSON.parse(JSON.stringify(recordFromTabDigest(withFallbackNote(base, 'openai', failure('cancelled')), 1)));
    r.digest.note.reason = 'bogus';
    expect(validateRecord(r).ok).toBe(false);
  });
});
