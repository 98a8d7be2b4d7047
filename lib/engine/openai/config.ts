/**
 * An OpenAI-compatible endpoint: where it is, which model, the key if it needs one. Presets
 * for the local servers people run and for hosted services; the numbers that differ between
 * them (how much article fits, how long to wait) follow the preset.
 */

export type PresetId = 'ollama' | 'lmstudio' | 'llamacpp' | 'openai' | 'custom';

export interface EndpointConfig {
  /** "http://localhost:11434/v1": the chat-completions url is `${baseUrl}/chat/completions`. */
  baseUrl: string;
  model: string;
  /** Only in local extension storage (lib/storage.ts `endpoint`): never synced, logged or cached. */
  apiKey?: string;
  preset?: PresetId;
}

export interface Preset {
  id: PresetId;
  label: string;
  baseUrl: string;
  /** A model name to start from; the reader's own server decides. */
  model: string;
  /** Local servers run on this computer: nothing leaves it. */
  local: boolean;
  needsKey: boolean;
}

export const PRESETS: readonly Preset[] = [
  { id: 'ollama', label: 'Ollama', baseUrl: 'http://localhost:11434/v1', model: 'llama3.2', local: true, needsKey: false },
  { id: 'lmstudio', label: 'LM Studio', baseUrl: 'http://localhost:1234/v1', model: 'qwen2.5-7b-instruct', local: true, needsKey: false },
  { id: 'llamacpp', label: 'llama.cpp server', baseUrl: 'http://localhost:8080/v1', model: 'default', local: true, needsKey: false },
  { id: 'openai', label: 'OpenAI', baseUrl: 'https://api.openai.com/v1', model: 'gpt-4o-mini', local: false, needsKey: true },
  { id: 'custom', label: 'Custom', baseUrl: '', model: '', local: false, needsKey: false },
];

export const presetById = (id: PresetId | undefined): Preset | undefined => PRESETS.find((p) => p.id === id);

/** Loopback and private-network hosts: a server on this computer or this network. */
export function isLocalUrl(baseUrl: string): boolean {
  try {
    const h = new URL(baseUrl).hostname.replace(/^\[|\]$/g, '');
    return h === 'localhost' || h.endsWith('.localhost') || /^127\./.test(h) || h === '::1' || /^10\.|^192\.168\.|^172\.(1[6-9]|2\d|3[01])\./.test(h);
  } catch {
    return false;
  }
}

export interface EndpointLimits {
  /** Characters of article sent at most (about 4 characters a token). */
  contextChars: number;
  /** Time to the first byte of the answer, then for the whole answer. */
  firstByteMs: number;
  totalMs: number;
}

/**
 * Local servers often run with a 4,096-token context and on a CPU: less article, more
 * patience. Hosted services have large contexts and answer fast.
 */
export function endpointLimits(config: Pick<EndpointConfig, 'baseUrl'>): EndpointLimits {
  return isLocalUrl(config.baseUrl)
    ? { contextChars: 10_000, firstByteMs: 60_000, totalMs: 180_000 }
    : { contextChars: 48_000, firstByteMs: 20_000, totalMs: 60_000 };
}

/** "http://localhost:11434/v1/" -> "http://localhost:11434/v1"; undefined when not an http(s) url. */
export function normaliseBaseUrl(raw: string): string | undefined {
  try {
    const u = new URL(raw.trim());
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    if (u.username || u.password) return undefined;
    u.hash = '';
    u.search = '';
    return u.href.replace(/\/+$/, '').replace(/\/chat\/completions$/, '');
  } catch {
    return undefined;
  }
}

/** The optional host permission asked for the endpoint: its origin only. */
export function originPattern(baseUrl: string): string | undefined {
  const normal = normaliseBaseUrl(baseUrl);
  return normal ? `${new URL(normal).origin}/*` : undefined;
}

export type ConfigProblem = 'base-url' | 'model' | 'key';

/** What is wrong with a config as typed in the form (none: ready to save). */
export function configProblems(c: EndpointConfig): ConfigProblem[] {
  const out: ConfigProblem[] = [];
  if (!normaliseBaseUrl(c.baseUrl)) out.push('base-url');
  if (!c.model.trim() || c.model.length > 200) out.push('model');
  if ((c.apiKey ?? '').length > 500 || /[\s\u0000-\u001f]/.test(c.apiKey ?? '')) out.push('key');
  return out;
}

/** The config as stored: trimmed, the url normalised, no empty key. */
export function cleanConfig(c: EndpointConfig): EndpointConfig {
  const out: EndpointConfig = { baseUrl: normaliseBaseUrl(c.baseUrl) ?? c.baseUrl.trim(), model: c.model.trim() };
  const key = c.apiKey?.trim();
  if (key) out.apiKey = key;
  if (c.preset) out.preset = c.preset;
  return out;
}

/** What identifies the digests of one endpoint and model in the cache: never the key. */
export const engineCacheKey = (c: EndpointConfig): string => `openai:${c.model}@${normaliseBaseUrl(c.baseUrl) ?? c.baseUrl}`;
