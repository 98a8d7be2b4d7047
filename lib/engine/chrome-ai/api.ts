/**
 * Chrome's built-in AI APIs as this extension uses them: feature detection, availability asked
 * with the same options as create, and the model download (a user gesture). Light on purpose:
 * the popup and the settings load it with the page (a click must reach the API at once); the
 * digest itself (index.ts) is loaded only when the reader chose this engine.
 */
import { failure, type Failure, type Result } from '../../errors';

/** "fr-FR" -> "fr", as lib/text/lang's primaryLanguage (not imported: it brings every language pack). */
const primaryLanguage = (code: string): string => /^[a-z]{2,3}$/.exec(code.trim().toLowerCase().split(/[-_]/)[0] ?? '')?.[0] ?? '';

// ---------------------------------------------------------------------------------------------
// The APIs, as much of them as this engine uses (Chrome 138+).

export type Availability = 'unavailable' | 'downloadable' | 'downloading' | 'available';

export interface DownloadMonitor {
  addEventListener(type: 'downloadprogress', listener: (e: { loaded: number }) => void): void;
}

export interface Quota {
  readonly inputQuota: number;
  measureInputUsage(input: string, options?: { signal?: AbortSignal }): Promise<number>;
  destroy(): void;
}

export interface SummarizerOptions {
  type: 'key-points' | 'tldr' | 'teaser' | 'headline';
  format: 'markdown' | 'plain-text';
  length: 'short' | 'medium' | 'long';
  expectedInputLanguages?: string[];
  expectedContextLanguages?: string[];
  outputLanguage?: string;
  sharedContext?: string;
  monitor?: (m: DownloadMonitor) => void;
  signal?: AbortSignal;
}

export interface Summarizer extends Quota {
  summarize(input: string, options?: { context?: string; signal?: AbortSignal }): Promise<string>;
}

export interface SummarizerApi {
  availability(options: Partial<SummarizerOptions>): Promise<Availability>;
  create(options: SummarizerOptions): Promise<Summarizer>;
}

export interface LanguageModelOptions {
  expectedInputs?: Array<{ type: 'text'; languages: string[] }>;
  expectedOutputs?: Array<{ type: 'text'; languages: string[] }>;
  initialPrompts?: Array<{ role: 'system' | 'user' | 'assistant'; content: string }>;
  monitor?: (m: DownloadMonitor) => void;
  signal?: AbortSignal;
}

export interface LanguageModelSession extends Quota {
  readonly inputUsage?: number;
  prompt(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): Promise<string>;
  /** The answer in pieces as the model writes it (each chunk the new text). */
  promptStreaming?(input: string, options?: { responseConstraint?: object; signal?: AbortSignal }): AsyncIterable<string>;
}

export interface LanguageModelApi {
  availability(options?: LanguageModelOptions): Promise<Availability>;
  create(options?: LanguageModelOptions): Promise<LanguageModelSession>;
}

export interface ChromeAiApis {
  Summarizer?: SummarizerApi;
  LanguageModel?: LanguageModelApi;
}

/** The APIs this document has (none in a browser or a context without them). */
export function chromeAiApis(scope: unknown = globalThis): ChromeAiApis {
  const g = scope as Record<string, unknown>;
  const api = <T>(name: string) => (g[name] && typeof (g[name] as { availability?: unknown }).availability === 'function' ? (g[name] as T) : undefined);
  return { Summarizer: api<SummarizerApi>('Summarizer'), LanguageModel: api<LanguageModelApi>('LanguageModel') };
}

// ---------------------------------------------------------------------------------------------
// Options: the same for availability() and create().

export function summarizerOptions(lang: string, bullets = 5): SummarizerOptions {
  const code = primaryLanguage(lang) || 'en';
  return {
    type: 'key-points',
    format: 'plain-text',
    length: bullets <= 3 ? 'short' : bullets <= 5 ? 'medium' : 'long',
    expectedInputLanguages: [code],
    expectedContextLanguages: [code],
    outputLanguage: code,
  };
}

export function languageModelOptions(lang: string): LanguageModelOptions {
  const code = primaryLanguage(lang) || 'en';
  return { expectedInputs: [{ type: 'text', languages: [code] }], expectedOutputs: [{ type: 'text', languages: [code] }] };
}

const LANGUAGE_FREE_SUMMARIZER: Partial<SummarizerOptions> = { type: 'key-points', format: 'plain-text', length: 'medium' };

async function ask<T>(f: () => Promise<T>): Promise<T | 'error'> {
  try {
    return await f();
  } catch {
    return 'error';
  }
}

export type ChromeAiStatus =
  { ok: true; value: 'available' } | { ok: false; error: Failure; /** The reader can start the download (a click). */ downloadable?: boolean };

/**
 * Whether both models can run now for this language. When not, which failure says why: the
 * APIs missing (browser, flags, service worker), the language, the hardware (availability
 * "unavailable" whatever the language), or a model still to download.
 */
export async function chromeAiStatus(lang: string, apis: ChromeAiApis = chromeAiApis(), bullets?: number): Promise<ChromeAiStatus> {
  const { Summarizer, LanguageModel } = apis;
  if (!Summarizer || !LanguageModel)
    return { ok: false, error: failure('ai-unavailable', `no ${!Summarizer ? 'Summarizer' : 'LanguageModel'} API in this document`) };
  const [s, m] = await Promise.all([
    ask(() => Summarizer.availability(summarizerOptions(lang, bullets))),
    ask(() => LanguageModel.availability(languageModelOptions(lang))),
  ]);
  if (s === 'available' && m === 'available') return { ok: true, value: 'available' };
  if (s === 'unavailable' || s === 'error' || m === 'unavailable' || m === 'error') {
    // The same question without a language tells the language from the device.
    const [s0, m0] = await Promise.all([ask(() => Summarizer.availability(LANGUAGE_FREE_SUMMARIZER)), ask(() => LanguageModel.availability())]);
    const deviceOk = s0 !== 'unavailable' && s0 !== 'error' && m0 !== 'unavailable' && m0 !== 'error';
    return deviceOk
      ? { ok: false, error: failure('ai-language-unsupported', `"${primaryLanguage(lang)}": Summarizer ${s}, LanguageModel ${m}`) }
      : { ok: false, error: failure('ai-unavailable', `Summarizer ${s0}, LanguageModel ${m0}`) };
  }
  return { ok: false, error: failure('ai-needs-download', `Summarizer ${s}, LanguageModel ${m}`), downloadable: true };
}

/**
 * Downloads the models for `lang`, reporting progress from 0 to 1. Must be called from a
 * click (the browser wants a user gesture to start a download), before any other await.
 */
export async function downloadChromeAi(lang: string, onProgress: (loaded: number) => void, apis: ChromeAiApis = chromeAiApis()): Promise<Result<true>> {
  const { Summarizer, LanguageModel } = apis;
  if (!Summarizer || !LanguageModel) return { ok: false, error: failure('ai-unavailable', 'no built-in AI API in this document') };
  // Both calls start inside the gesture; the two share one model, so progress is one bar.
  let s = 0;
  let m = 0;
  const report = () => onProgress(Math.min(1, (s + m) / 2));
  const watch = (set: (x: number) => void) => (monitor: DownloadMonitor) =>
    monitor.addEventListener('downloadprogress', (e) => {
      set(e.loaded);
      report();
    });
  try {
    const [summarizer, session] = await Promise.all([
      Summarizer.create({ ...summarizerOptions(lang), monitor: watch((x) => (s = x)) }),
      LanguageModel.create({ ...languageModelOptions(lang), monitor: watch((x) => (m = x)) }),
    ]);
    summarizer.destroy();
    session.destroy();
    s = m = 1;
    report();
    return { ok: true, value: true };
  } catch (e) {
    const name = (e as Error)?.name;
    return { ok: false, error: failure(name === 'NotAllowedError' ? 'ai-needs-download' : 'ai-unavailable', String((e as Error)?.message ?? e).slice(0, 300)) };
  }
}
