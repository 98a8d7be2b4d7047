/**
 * What the background accepts, checked before anything runs: who sent the message, and that
 * its data has the shape of lib/protocol.ts. Pure (no browser API) so it is unit-tested
 * (tests/unit/validate.test.ts). A message that fails a check gets a typed failure back,
 * never an exception; what it carried is not echoed into the failure's detail (page content
 * must not reach logs).
 *
 * Validators return a fresh object with only the known fields: extra keys a sender adds
 * never reach the handlers.
 */
import { fail, ok, type Result } from '../errors';
import type { DigestOptions } from '../types';
import type { ProtocolMap } from '../protocol';
import type { AskStart, StreamRequest } from '../protocol';
import { cleanConfig, configProblems, PRESETS, type EndpointConfig, type PresetId } from '../engine/openai/config';

/** Bounds of the options a page of the extension may ask for (the settings' own range). */
export const LIMITS = {
  bullets: { min: 1, max: 12 },
  faqItems: { min: 0, max: 8 },
  /** A bullet's or an answer's sources: a handful of sentences. */
  highlightSentences: 50,
  highlightSentenceChars: 2_000,
  /** A link's address. */
  linkUrlChars: 4_096,
  /** A reader's question, and the article it is asked of (a long page's sentences, not more). */
  questionChars: 500,
  askSentences: 20_000,
  askSentenceChars: 20_000,
  askTitleChars: 2_000,
} as const;

export type DigestTabData = Parameters<ProtocolMap['digestTab']>[0];
export type HighlightData = Parameters<ProtocolMap['highlight']>[0];
export type CachedDigestData = Parameters<ProtocolMap['cachedDigest']>[0];
export type DigestLinkData = Parameters<ProtocolMap['digestLink']>[0];
export type TestEndpointData = Parameters<ProtocolMap['testEndpoint']>[0];
export type MessageType = keyof ProtocolMap;

/** The part of `runtime.MessageSender` the check reads. */
export interface SenderInfo {
  id?: string;
  url?: string;
  origin?: string;
  tab?: unknown;
  frameId?: number;
}

export interface ExtensionIdentity {
  /** `runtime.id`. */
  id: string;
  /** `runtime.getURL('/')`: "chrome-extension://<id>/" or "moz-extension://<uuid>/". */
  baseUrl: string;
}

const invalid = <T>(what: string): Result<T> => fail<T>('unexpected', `invalid message: ${what}`);

const isPlainObject = (x: unknown): x is Record<string, unknown> =>
  typeof x === 'object' && x !== null && !Array.isArray(x) && (Object.getPrototypeOf(x) === Object.prototype || Object.getPrototypeOf(x) === null);

/** A tab id: a non-negative safe integer (never -1, `TAB_ID_NONE`). */
const isTabId = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;

const inRange = (x: unknown, { min, max }: { min: number; max: number }): x is number => typeof x === 'number' && Number.isInteger(x) && x >= min && x <= max;

/**
 * True only for the extension's own pages (popup, side panel, library: no tab, or a tab
 * showing one of our pages) in this extension. A content script runs in a web page's tab
 * with that page's url: the extension's content scripts never send messages (they return
 * their result to `scripting.executeScript`), so those are refused too; a web page itself
 * cannot send at all (no `externally_connectable`), and another extension has another id.
 */
export function isExtensionSender(sender: SenderInfo | undefined, self: ExtensionIdentity): boolean {
  if (!sender || typeof sender !== 'object') return false;
  if (!self.id || sender.id !== self.id) return false;
  const base = self.baseUrl.endsWith('/') ? self.baseUrl : self.baseUrl + '/';
  // An extension page always has its url; a sender without one is not one of ours.
  if (typeof sender.url !== 'string' || !sender.url.startsWith(base)) return false;
  if (sender.origin !== undefined && sender.origin + '/' !== base) return false;
  return true;
}

export function checkSender(sender: SenderInfo | undefined, self: ExtensionIdentity): Result<true> {
  return isExtensionSender(sender, self) ? ok(true) : fail('unexpected', 'message from outside the extension');
}

/** `digestTab`: `{ tabId: integer ≥ 0, options?: { bullets?: 1..12, faqItems?: 0..8 } }`. */
export function validateDigestTab(data: unknown): Result<DigestTabData> {
  if (!isPlainObject(data)) return invalid('digestTab data must be an object');
  if (!isTabId(data.tabId)) return invalid('digestTab.tabId must be a non-negative integer');
  const out: DigestTabData = { tabId: data.tabId };
  if (data.options === undefined) return ok(out);
  if (!isPlainObject(data.options)) return invalid('digestTab.options must be an object');
  const { bullets, faqItems } = data.options;
  const options: DigestOptions = {};
  if (bullets !== undefined) {
    if (!inRange(bullets, LIMITS.bullets)) return invalid(`digestTab.options.bullets must be an integer ${LIMITS.bullets.min}..${LIMITS.bullets.max}`);
    options.bullets = bullets;
  }
  if (faqItems !== undefined) {
    if (!inRange(faqItems, LIMITS.faqItems)) return invalid(`digestTab.options.faqItems must be an integer ${LIMITS.faqItems.min}..${LIMITS.faqItems.max}`);
    options.faqItems = faqItems;
  }
  out.options = options;
  return ok(out);
}

/**
 * `highlight`: `{ tabId: integer ≥ 0, sentences: string[] | null }`, at most 50 sentences of
 * at most 2,000 characters each (a bullet's or an answer's sources, not a whole page).
 */
export function validateHighlight(data: unknown): Result<HighlightData> {
  if (!isPlainObject(data)) return invalid('highlight data must be an object');
  if (!isTabId(data.tabId)) return invalid('highlight.tabId must be a non-negative integer');
  const { sentences } = data;
  if (sentences === null) return ok({ tabId: data.tabId, sentences: null });
  if (!Array.isArray(sentences)) return invalid('highlight.sentences must be an array of strings or null');
  if (sentences.length > LIMITS.highlightSentences) return invalid(`highlight.sentences: at most ${LIMITS.highlightSentences} items`);
  const copy: string[] = [];
  // Indexed loop: holes in a sparse array read as undefined and are refused.
  for (let i = 0; i < sentences.length; i++) {
    const s: unknown = sentences[i];
    if (typeof s !== 'string') return invalid(`highlight.sentences[${i}] must be a string`);
    if (s.length > LIMITS.highlightSentenceChars) return invalid(`highlight.sentences[${i}]: at most ${LIMITS.highlightSentenceChars} characters`);
    copy.push(s);
  }
  return ok({ tabId: data.tabId, sentences: copy });
}

/** `cachedDigest`: `{ tabId: integer ≥ 0 }`. */
export function validateCachedDigest(data: unknown): Result<CachedDigestData> {
  if (!isPlainObject(data)) return invalid('cachedDigest data must be an object');
  if (!isTabId(data.tabId)) return invalid('cachedDigest.tabId must be a non-negative integer');
  return ok({ tabId: data.tabId });
}

/**
 * `digestLink`: `{ tabId: integer ≥ 0, url: an http(s) url of at most 4,096 characters,
 * options?: as digestTab's }`.
 */
export function validateDigestLink(data: unknown): Result<DigestLinkData> {
  if (!isPlainObject(data)) return invalid('digestLink data must be an object');
  if (!isTabId(data.tabId)) return invalid('digestLink.tabId must be a non-negative integer');
  if (typeof data.url !== 'string' || data.url.length > LIMITS.linkUrlChars)
    return invalid(`digestLink.url must be a string of at most ${LIMITS.linkUrlChars} characters`);
  let url: URL;
  try {
    url = new URL(data.url);
  } catch {
    return invalid('digestLink.url must be a url');
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return invalid('digestLink.url must be http(s)');
  const options = validateDigestTab({ tabId: data.tabId, options: data.options });
  if (!options.ok) return invalid('digestLink.options: ' + (options.error.detail ?? '').replace(/^invalid message: digestTab\.options/, ''));
  const out: DigestLinkData = { tabId: data.tabId, url: url.href };
  if (options.value.options) out.options = options.value.options;
  return ok(out);
}

/**
 * `testEndpoint`: an endpoint config as the form has it (`{ baseUrl: http(s) url, model: 1..200
 * characters, apiKey?: at most 500 characters without spaces, preset?: a preset id }`). The
 * failure never quotes the key.
 */
export function validateTestEndpoint(data: unknown): Result<TestEndpointData> {
  if (!isPlainObject(data)) return invalid('testEndpoint data must be an object');
  const { baseUrl, model, apiKey, preset } = data;
  if (typeof baseUrl !== 'string' || typeof model !== 'string') return invalid('testEndpoint.baseUrl and .model must be strings');
  if (apiKey !== undefined && typeof apiKey !== 'string') return invalid('testEndpoint.apiKey must be a string');
  if (preset !== undefined && !PRESETS.some((p) => p.id === preset)) return invalid('testEndpoint.preset is not a preset');
  const config: EndpointConfig = { baseUrl, model };
  if (apiKey) config.apiKey = apiKey;
  if (preset) config.preset = preset as PresetId;
  const problems = configProblems(config);
  if (problems.length) return invalid(`testEndpoint: invalid ${problems.join(', ')}`);
  return ok(cleanConfig(config));
}

/** The first message on a digest stream port (lib/protocol.ts): `{ type: 'start', tabId, options? }` as digestTab's. */
export function validateStreamStart(
  message: unknown,
  sender: SenderInfo | undefined,
  self: ExtensionIdentity,
): Result<Extract<StreamRequest, { type: 'start' }>> {
  const who = checkSender(sender, self);
  if (!who.ok) return who;
  if (!isPlainObject(message) || message.type !== 'start') return invalid('a digest stream starts with { type: "start" }');
  const data = validateDigestTab({ tabId: message.tabId, ...(message.options === undefined ? {} : { options: message.options }) });
  if (!data.ok) return data;
  return ok({ type: 'start', ...data.value });
}

const isLangCode = (x: unknown): x is string => typeof x === 'string' && /^[A-Za-z]{2,3}(?:[-_][A-Za-z0-9]{1,8})*$/.test(x) && x.length <= 35;

/**
 * The first message on an ask stream port (lib/protocol.ts): `{ type: 'start', question: 1..500
 * characters, article: { title: at most 2,000 characters, lang: a language code, siteName? },
 * sentences: 1 to 20,000 of { index (increasing), block: integers ≥ 0, text: at most 20,000
 * characters } }`.
 */
export function validateAskStart(message: unknown, sender: SenderInfo | undefined, self: ExtensionIdentity): Result<AskStart> {
  const who = checkSender(sender, self);
  if (!who.ok) return who;
  if (!isPlainObject(message) || message.type !== 'start') return invalid('an ask stream starts with { type: "start" }');
  const { question, article, sentences } = message;
  if (typeof question !== 'string' || !question.trim() || question.length > LIMITS.questionChars)
    return invalid(`ask.question must be text of 1..${LIMITS.questionChars} characters`);
  if (!isPlainObject(article)) return invalid('ask.article must be an object');
  if (typeof article.title !== 'string' || article.title.length > LIMITS.askTitleChars)
    return invalid(`ask.article.title must be text of at most ${LIMITS.askTitleChars} characters`);
  if (!isLangCode(article.lang)) return invalid('ask.article.lang must be a language code');
  if (article.siteName !== undefined && (typeof article.siteName !== 'string' || article.siteName.length > LIMITS.askTitleChars))
    return invalid('ask.article.siteName must be text');
  if (!Array.isArray(sentences) || sentences.length === 0 || sentences.length > LIMITS.askSentences)
    return invalid(`ask.sentences must be a list of 1..${LIMITS.askSentences} sentences`);
  const copy: AskStart['sentences'] = [];
  const count = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  for (let i = 0; i < sentences.length; i++) {
    const s: unknown = sentences[i];
    if (!isPlainObject(s) || typeof s.text !== 'string' || s.text.length > LIMITS.askSentenceChars || !count(s.block) || !count(s.index)) {
      return invalid(`ask.sentences[${i}] must be { index, block: integers ≥ 0, text: at most ${LIMITS.askSentenceChars} characters }`);
    }
    // In reading order, each once: a citation names one sentence.
    if (copy.length && s.index <= copy[copy.length - 1].index) return invalid(`ask.sentences[${i}].index must follow the one before`);
    copy.push({ index: s.index, text: s.text, block: s.block });
  }
  const out: AskStart = { type: 'start', question: question.trim(), article: { title: article.title, lang: article.lang }, sentences: copy };
  if (typeof article.siteName === 'string') out.article.siteName = article.siteName;
  return ok(out);
}

/** One validator per message of lib/protocol.ts (the type makes a new message need one). */
export const validators: { [K in MessageType]: (data: unknown) => Result<Parameters<ProtocolMap[K]>[0]> } = {
  digestTab: validateDigestTab,
  highlight: validateHighlight,
  cachedDigest: validateCachedDigest,
  digestLink: validateDigestLink,
  testEndpoint: validateTestEndpoint,
};

/** Sender, then data: what lib/background/router.ts runs before any handler. */
export function validateMessage<K extends MessageType>(
  type: K,
  data: unknown,
  sender: SenderInfo | undefined,
  self: ExtensionIdentity,
): Result<Parameters<ProtocolMap[K]>[0]> {
  const who = checkSender(sender, self);
  if (!who.ok) return who;
  return validators[type](data) as Result<Parameters<ProtocolMap[K]>[0]>;
}
