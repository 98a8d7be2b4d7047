/** The background's checks on who sends a message and what it carries (lib/background/validate.ts). */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkSender,
  isExtensionSender,
  validateAskStart,
  validateCachedDigest,
  validateDigestTab,
  validateHighlight,
  validateMessage,
  validators,
  LIMITS,
} from '../../lib/background/validate';
import { isFailure } from '../../lib/errors';

// A fixed seed: the same run everywhere (FC_SEED explores others).
fc.configureGlobal({ seed: Number(process.env.FC_SEED ?? 20_261_129) });

const SELF = { id: 'abcdefghijklmnopabcdefghijklmnop', baseUrl: 'chrome-extension://abcdefghijklmnopabcdefghijklmnop/' };
const OURS = SELF.baseUrl;

describe('isExtensionSender', () => {
  it('accepts the popup, the side panel and the library page (in a tab) of this extension', () => {
    expect(isExtensionSender({ id: SELF.id, url: `${OURS}popup.html`, origin: OURS.slice(0, -1) }, SELF)).toBe(true);
    expect(isExtensionSender({ id: SELF.id, url: `${OURS}sidepanel.html` }, SELF)).toBe(true);
    expect(isExtensionSender({ id: SELF.id, url: `${OURS}library.html`, tab: { id: 4 }, frameId: 0 }, SELF)).toBe(true);
    // Firefox's base url, no origin field.
    const ff = { id: 'en-bref@enbref.org', baseUrl: 'moz-extension://0b5a1c3e-1111-2222-3333-444455556666/' };
    expect(isExtensionSender({ id: ff.id, url: `${ff.baseUrl}popup.html` }, ff)).toBe(true);
  });

  it('refuses a content script in a web page, another extension, a missing or spoofed url', () => {
    // A content script (ours) runs in the page's tab with the page's url.
    expect(isExtensionSender({ id: SELF.id, url: 'https://evil.example/', tab: { id: 1 }, origin: 'https://evil.example' }, SELF)).toBe(false);
    // Another extension.
    expect(isExtensionSender({ id: 'zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz', url: 'chrome-extension://zzzzzzzzzzzzzzzzzzzzzzzzzzzzzzzz/popup.html' }, SELF)).toBe(
      false,
    );
    // Our id, another extension's pages (a prefix trick).
    expect(isExtensionSender({ id: SELF.id, url: `chrome-extension://${SELF.id}x/popup.html` }, SELF)).toBe(false);
    expect(isExtensionSender({ id: SELF.id, url: `${OURS}popup.html`, origin: 'https://evil.example' }, SELF)).toBe(false);
    expect(isExtensionSender({ id: SELF.id }, SELF)).toBe(false);
    expect(isExtensionSender({ url: `${OURS}popup.html` }, SELF)).toBe(false);
    expect(isExtensionSender(undefined, SELF)).toBe(false);
    expect(isExtensionSender({ id: '', url: '' }, { id: '', baseUrl: '' })).toBe(false);
  });

  it('checkSender gives a typed failure without the sender in it', () => {
    const r = checkSender({ id: 'other', url: 'https://evil.example/?q=secret' }, SELF);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(isFailure(r.error)).toBe(true);
      expect(JSON.stringify(r.error)).not.toContain('evil');
    }
  });
});

describe('validateDigestTab', () => {
  it('accepts the shapes the extension sends and copies only known fields', () => {
    expect(validateDigestTab({ tabId: 7 })).toEqual({ ok: true, value: { tabId: 7 } });
    expect(validateDigestTab({ tabId: 0, options: {} })).toEqual({ ok: true, value: { tabId: 0, options: {} } });
    expect(validateDigestTab({ tabId: 3, options: { bullets: 1, faqItems: 0 } })).toEqual({
      ok: true,
      value: { tabId: 3, options: { bullets: 1, faqItems: 0 } },
    });
    expect(validateDigestTab({ tabId: 3, options: { bullets: 12, faqItems: 8 } }).ok).toBe(true);
    const r = validateDigestTab({ tabId: 3, extra: 'x', options: { bullets: 4, evil: true } });
    expect(r).toEqual({ ok: true, value: { tabId: 3, options: { bullets: 4 } } });
  });

  it.each([
    ['undefined', undefined],
    ['null', null],
    ['a string', '{"tabId":1}'],
    ['an array', [1]],
    ['no tabId', {}],
    ['tabId a string', { tabId: '1' }],
    ['tabId fractional', { tabId: 1.5 }],
    ['tabId negative (TAB_ID_NONE)', { tabId: -1 }],
    ['tabId NaN', { tabId: Number.NaN }],
    ['tabId Infinity', { tabId: Infinity }],
    ['tabId beyond safe integers', { tabId: 2 ** 53 }],
    ['options null', { tabId: 1, options: null }],
    ['options an array', { tabId: 1, options: [] }],
    ['bullets 0', { tabId: 1, options: { bullets: 0 } }],
    ['bullets 13', { tabId: 1, options: { bullets: 13 } }],
    ['bullets 1e9', { tabId: 1, options: { bullets: 1e9 } }],
    ['bullets a string', { tabId: 1, options: { bullets: '3' } }],
    ['bullets fractional', { tabId: 1, options: { bullets: 2.5 } }],
    ['faqItems -1', { tabId: 1, options: { faqItems: -1 } }],
    ['faqItems 9', { tabId: 1, options: { faqItems: 9 } }],
    ['faqItems null', { tabId: 1, options: { faqItems: null } }],
    [
      'a class instance',
      new (class {
        tabId = 1;
      })(),
    ],
  ])('refuses %s with a typed failure', (_name, data) => {
    const r = validateDigestTab(data);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(isFailure(r.error)).toBe(true);
      expect(r.error.kind).toBe('unexpected');
      expect(r.error.detail).toMatch(/^invalid message: digestTab/);
    }
  });

  it('never throws, and what it accepts is in range (500 arbitrary values)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record(
            { tabId: fc.anything(), options: fc.oneof(fc.anything(), fc.record({ bullets: fc.anything(), faqItems: fc.anything() }, { requiredKeys: [] })) },
            { requiredKeys: [] },
          ),
        ),
        (data) => {
          const r = validateDigestTab(data);
          if (!r.ok) return isFailure(r.error);
          const { tabId, options } = r.value;
          expect(Number.isSafeInteger(tabId) && tabId >= 0).toBe(true);
          if (options?.bullets !== undefined) expect(options.bullets >= 1 && options.bullets <= 12).toBe(true);
          if (options?.faqItems !== undefined) expect(options.faqItems >= 0 && options.faqItems <= 8).toBe(true);
          return true;
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('validateHighlight', () => {
  it('accepts sentences or null, copying the array', () => {
    expect(validateHighlight({ tabId: 2, sentences: null })).toEqual({ ok: true, value: { tabId: 2, sentences: null } });
    const sentences = ['Une phrase.', ''];
    const r = validateHighlight({ tabId: 2, sentences, extra: 1 });
    expect(r).toEqual({ ok: true, value: { tabId: 2, sentences } });
    if (r.ok) expect(r.value.sentences).not.toBe(sentences);
    const full = Array.from({ length: LIMITS.highlightSentences }, () => 'x'.repeat(LIMITS.highlightSentenceChars));
    expect(validateHighlight({ tabId: 2, sentences: full }).ok).toBe(true);
  });

  it.each([
    ['no sentences key', { tabId: 1 }],
    ['sentences a string', { tabId: 1, sentences: 'a' }],
    ['sentences an object', { tabId: 1, sentences: { 0: 'a', length: 1 } }],
    ['a number among sentences', { tabId: 1, sentences: ['a', 2] }],
    // eslint-disable-next-line no-sparse-arrays -- the hole is the case
    ['a sparse array', { tabId: 1, sentences: [, 'a'] }],
    ['51 sentences', { tabId: 1, sentences: Array.from({ length: 51 }, () => 'a') }],
    ['a sentence of 2,001 characters', { tabId: 1, sentences: ['x'.repeat(2001)] }],
    ['tabId missing', { sentences: null }],
    ['tabId a float', { tabId: 0.1, sentences: null }],
  ])('refuses %s', (_name, data) => {
    const r = validateHighlight(data);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.detail).toMatch(/^invalid message: highlight/);
  });

  it('never throws on arbitrary values (500 runs)', () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.anything(),
          fc.record({
            tabId: fc.oneof(fc.nat(), fc.anything()),
            sentences: fc.oneof(fc.constant(null), fc.array(fc.oneof(fc.string(), fc.anything()), { maxLength: 60 }), fc.anything()),
          }),
        ),
        (data) => {
          const r = validateHighlight(data);
          if (!r.ok) return isFailure(r.error);
          const s = r.value.sentences;
          return s === null || (s.length <= 50 && s.every((x) => typeof x === 'string' && x.length <= 2000));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('validateCachedDigest', () => {
  it('accepts a tab id, nothing else', () => {
    expect(validateCachedDigest({ tabId: 5, extra: true })).toEqual({ ok: true, value: { tabId: 5 } });
    for (const bad of [undefined, null, {}, { tabId: '5' }, { tabId: -1 }, { tabId: 1.5 }, [5]]) expect(validateCachedDigest(bad).ok).toBe(false);
  });
});

describe('validateMessage', () => {
  it('checks the sender first, then the data', () => {
    const popup = { id: SELF.id, url: `${OURS}popup.html` };
    expect(validateMessage('digestTab', { tabId: 1 }, popup, SELF)).toEqual({ ok: true, value: { tabId: 1 } });
    expect(validateMessage('highlight', { tabId: 1, sentences: null }, popup, SELF).ok).toBe(true);
    const outsider = validateMessage('digestTab', { tabId: 1 }, { id: 'x', url: 'https://a.example/' }, SELF);
    expect(outsider.ok || outsider.error.detail).toBe('message from outside the extension');
    const bad = validateMessage('highlight', { tabId: 'x' }, popup, SELF);
    expect(bad.ok || bad.error.detail).toMatch(/^invalid message/);
  });

  it('has a validator for every message of the protocol', () => {
    expect(Object.keys(validators).sort()).toEqual(['cachedDigest', 'digestLink', 'digestTab', 'highlight', 'testEndpoint']);
  });
});

describe('validateAskStart: a question and the sentences to show the endpoint', () => {
  const sender = { id: SELF.id, url: `${OURS}popup.html` };
  const good = () => ({
    type: 'start',
    question: 'Who sang the anthem?',
    article: { title: 'Super Bowl 50', lang: 'en', siteName: 'Example' },
    sentences: [
      { index: 0, text: 'The Panthers finished the season 15–1.', block: 0 },
      { index: 3, text: 'Lady Gaga performed the national anthem.', block: 2 },
    ],
  });

  it('accepts it and keeps only the known fields', () => {
    const r = validateAskStart({ ...good(), extra: 'x', article: { ...good().article, html: '<b>' } }, sender, SELF);
    expect(r.ok && r.value).toEqual(good());
  });

  it('refuses another sender, a bad question, a bad article and bad sentences, without echoing them', () => {
    expect(validateAskStart(good(), { id: 'other', url: 'https://evil.example/' }, SELF).ok).toBe(false);
    const bad = (patch: object) => validateAskStart({ ...good(), ...patch }, sender, SELF);
    for (const patch of [
      { type: 'ask' },
      { question: '' },
      { question: '   ' },
      { question: 'x'.repeat(LIMITS.questionChars + 1) },
      { question: 42 },
      { article: null },
      { article: { title: 'T', lang: 'not a code' } },
      { article: { title: 7, lang: 'en' } },
      { sentences: [] },
      { sentences: 'text' },
      { sentences: [{ index: 0, text: 'a', block: -1 }] },
      { sentences: [{ index: 1.5, text: 'a', block: 0 }] },
      {
        sentences: [
          { index: 2, text: 'a', block: 0 },
          { index: 2, text: 'b', block: 0 },
        ],
      },
      { sentences: [{ index: 0, text: 'x'.repeat(LIMITS.askSentenceChars + 1), block: 0 }] },
    ]) {
      const r = bad(patch);
      expect(r.ok, JSON.stringify(patch).slice(0, 80)).toBe(false);
      if (!r.ok) expect(r.error.detail ?? '').not.toContain('Lady Gaga');
    }
  });
});
