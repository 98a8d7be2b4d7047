import { useEffect, useState } from 'preact/hooks';
import type { EngineId } from '../lib/types';
import type { Failure } from '../lib/errors';
import { sendMessage } from '../lib/protocol';
import { endpoint } from '../lib/storage';
import { useSettings } from './useSettings';
import {
  cleanConfig,
  configProblems,
  isLocalUrl,
  normaliseBaseUrl,
  PRESETS,
  presetById,
  type EndpointConfig,
  type PresetId,
} from '../lib/engine/openai/config';
import { chromeAiStatus, type ChromeAiStatus } from '../lib/engine/chrome-ai/api';
import { hasSiteAccess, requestSiteAccess } from '../lib/platform';
import { t, uiLanguage } from '../lib/i18n';
import { ChromeAiDownload } from './ChromeAiDownload';
import { failureMessage } from '../lib/ui/failures';

type Status = { kind: 'idle' } | { kind: 'busy'; text: string } | { kind: 'ok'; text: string } | { kind: 'error'; text: string; detail?: string };

const EMPTY: EndpointConfig = { baseUrl: PRESETS[0].baseUrl, model: PRESETS[0].model, preset: PRESETS[0].id };

const origin = (baseUrl: string) => {
  const u = normaliseBaseUrl(baseUrl);
  return u ? new URL(u).origin : '';
};

const failureStatus = (e: Failure): Status => ({ kind: 'error', text: failureMessage(e.kind), detail: e.detail });

/**
 * The engine choice and the endpoint form (mounted in the options page's "Engine" section). The endpoint's origin
 * is asked as an optional host permission when the reader saves or tests it, from that click:
 * only that origin, nothing broader. The key stays in local storage (lib/storage.ts).
 */
export function EngineSettings() {
  const [prefs, changeSettings] = useSettings();
  const [form, setForm] = useState<EndpointConfig>(EMPTY);
  const [saved, setSaved] = useState<EndpointConfig | null>(null);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [ai, setAi] = useState<ChromeAiStatus | undefined>();
  const lang = uiLanguage();

  useEffect(() => {
    void endpoint.getValue().then((c) => {
      setSaved(c);
      if (c) setForm(c);
    });
    void chromeAiStatus(lang).then(setAi);
  }, []);

  const choose = (engine: EngineId) => {
    void changeSettings({ engine });
  };

  const pickPreset = (id: PresetId) => {
    const p = presetById(id)!;
    setForm((f) => (id === 'custom' ? { ...f, preset: id } : { ...f, baseUrl: p.baseUrl, model: p.model, preset: id }));
    setStatus({ kind: 'idle' });
  };

  const problemText = (c: EndpointConfig): string | undefined => {
    const problems = configProblems(c);
    if (problems.includes('base-url')) return t('engineBadBaseUrl');
    if (problems.includes('model')) return t('engineBadModel');
    if (problems.includes('key')) return t('engineBadKey');
    return undefined;
  };

  /** The permission request must be the first thing the click does (a user gesture). */
  const askPermission = (c: EndpointConfig) => requestSiteAccess(normaliseBaseUrl(c.baseUrl));

  const save = () => {
    const problem = problemText(form);
    if (problem) return setStatus({ kind: 'error', text: problem });
    const config = cleanConfig(form);
    const granted = askPermission(config);
    setStatus({ kind: 'busy', text: t('engineAskingPermission', origin(config.baseUrl)) });
    void (async () => {
      await endpoint.setValue(config);
      setSaved(config);
      if (prefs.engine !== 'openai') choose('openai');
      const ok = await granted;
      setStatus(
        ok ? { kind: 'ok', text: t('engineSaved', origin(config.baseUrl)) } : { kind: 'error', text: t('engineSavedNotAllowed', origin(config.baseUrl)) },
      );
    })();
  };

  const test = () => {
    const problem = problemText(form);
    if (problem) return setStatus({ kind: 'error', text: problem });
    const config = cleanConfig(form);
    // Asked, not awaited: a server that allows the extension's origin (CORS) answers anyway.
    void askPermission(config);
    setStatus({ kind: 'busy', text: t('engineTesting') });
    void (async () => {
      const r = await sendMessage('testEndpoint', config);
      if (!r.ok) {
        const allowed = await hasSiteAccess(config.baseUrl);
        return setStatus(
          r.error.kind === 'endpoint-unreachable' && !allowed
            ? { kind: 'error', text: t('engineErrorNotAllowed'), detail: r.error.detail }
            : failureStatus(r.error),
        );
      }
      const { models, modelListed } = r.value;
      if (modelListed === false) return setStatus({ kind: 'error', text: t('engineModelNotListed', config.model, models.slice(0, 8).join(', ')) });
      setStatus({ kind: 'ok', text: t('engineConnected') });
    })();
  };

  const field = (key: 'baseUrl' | 'model' | 'apiKey') => (e: Event) => {
    const value = (e.currentTarget as HTMLInputElement).value;
    setForm((f) => ({ ...f, [key]: value, ...(key === 'baseUrl' ? { preset: PRESETS.find((p) => p.baseUrl === value)?.id ?? 'custom' } : {}) }));
  };

  const preset = presetById(form.preset);
  const local = isLocalUrl(form.baseUrl);
  return (
    <div class="engine-settings" data-testid="engine-settings">
      <fieldset class="engine-choice">
        <legend>{t('engineChoose')}</legend>
        {(['embedded', 'chrome-ai', 'openai'] as const).map((id) => (
          <label key={id} class="engine-option">
            <input type="radio" name="engine" value={id} data-testid={`engine-${id}`} checked={prefs.engine === id} onChange={() => choose(id)} />
            <span class="engine-option-text">
              <strong>{id === 'embedded' ? t('engineNameEmbedded') : id === 'chrome-ai' ? t('engineNameChromeAi') : t('engineNameOpenai')}</strong>
              <span class="engine-desc">
                {id === 'embedded' ? t('engineDescEmbedded') : id === 'chrome-ai' ? t('engineDescChromeAi') : t('engineDescOpenai')}
              </span>
            </span>
          </label>
        ))}
      </fieldset>

      {prefs.engine === 'chrome-ai' && (
        <div class="engine-panel" data-testid="chrome-ai-settings">
          <p role="status" data-testid="chrome-ai-status" data-ok={ai?.ok ? 'true' : 'false'}>
            {!ai ? t('engineAiChecking') : ai.ok ? t('engineAiReady') : failureMessage(ai.error.kind)}
          </p>
          {ai && !ai.ok && ai.downloadable && <ChromeAiDownload lang={lang} onDone={() => void chromeAiStatus(lang).then(setAi)} />}
          {ai && !ai.ok && !ai.downloadable && <p class="engine-desc">{t('engineAiFallback')}</p>}
        </div>
      )}

      {prefs.engine === 'openai' && (
        <form
          class="engine-panel endpoint-form"
          data-testid="endpoint-form"
          onSubmit={(e) => {
            e.preventDefault();
            save();
          }}
        >
          <label>
            {t('enginePreset')}
            <select
              data-testid="endpoint-preset"
              value={form.preset ?? 'custom'}
              onChange={(e) => pickPreset((e.currentTarget as HTMLSelectElement).value as PresetId)}
            >
              {PRESETS.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.id === 'custom' ? t('enginePresetCustom') : p.label}
                </option>
              ))}
            </select>
          </label>
          <label>
            {t('engineBaseUrl')}
            <input
              type="url"
              data-testid="endpoint-base-url"
              value={form.baseUrl}
              onInput={field('baseUrl')}
              placeholder="http://localhost:11434/v1"
              spellcheck={false}
              required
            />
          </label>
          <label>
            {t('engineModel')}
            <input type="text" data-testid="endpoint-model" value={form.model} onInput={field('model')} spellcheck={false} required />
          </label>
          <label>
            {t('engineApiKey')}
            <input
              type="password"
              data-testid="endpoint-api-key"
              value={form.apiKey ?? ''}
              onInput={field('apiKey')}
              autocomplete="off"
              spellcheck={false}
              placeholder={preset?.needsKey ? 'sk-…' : t('engineApiKeyOptional')}
            />
          </label>
          <p class="engine-desc">{t('engineKeyPrivacy')}</p>
          <p class="engine-desc" data-testid="endpoint-leaves">
            {origin(form.baseUrl) ? (local ? t('engineLeavesLocal', origin(form.baseUrl)) : t('engineLeavesRemote', origin(form.baseUrl))) : ''}
          </p>
          <div class="engine-buttons">
            <button type="submit" data-testid="endpoint-save">
              {t('engineSave')}
            </button>
            <button type="button" data-testid="endpoint-test" onClick={test}>
              {t('engineTestConnection')}
            </button>
          </div>
          <p
            class={`endpoint-status ${status.kind}`}
            data-testid="endpoint-status"
            data-kind={status.kind}
            role="status"
            aria-live="polite"
            title={status.kind === 'error' ? status.detail : undefined}
          >
            {status.kind === 'idle' ? (saved ? t('engineSavedEndpoint', saved.model, origin(saved.baseUrl)) : '') : status.text}
          </p>
        </form>
      )}
    </div>
  );
}
