import { useEffect, useState } from 'preact/hooks';
import { library } from '../../lib/library/repository';
import { digestCache, endpoint } from '../../lib/storage';
import { usageText } from '../../lib/ui/library-strings';
import { failureText } from '../../lib/ui/failures';
import { t, tn } from '../../lib/i18n';
import { exportLibrary } from '../library/download';

interface Figures {
  saved: number;
  used?: number;
  quota?: number;
}

/**
 * The reader's data: how much is kept, an export of the library, and a wipe of everything En
 * bref keeps (the library, the digests cached for this session, the endpoint and its key);
 * preferences stay, they are not data.
 */
export function DataSection() {
  const [figures, setFigures] = useState<Figures | undefined>();
  const [message, setMessage] = useState<{ tone: 'info' | 'error'; text: string } | undefined>();
  const [confirming, setConfirming] = useState(false);

  const measure = async () => {
    const repo = library();
    const [page, usage] = await Promise.all([repo.list({ limit: 1 }), repo.usage()]);
    setFigures({ saved: page.ok ? page.value.total : 0, used: usage?.usage, quota: usage?.quota });
  };

  useEffect(() => {
    void measure();
    return library().onChange(() => void measure());
  }, []);

  const exportAs = async (kind: 'md' | 'json') => {
    const res = await exportLibrary(library(), kind);
    if (!res.ok) return setMessage({ tone: 'error', text: failureText(res.error) });
    setMessage({ tone: 'info', text: tn('libExported', res.value.count, res.value.count, res.value.name) });
  };

  const wipe = async () => {
    setConfirming(false);
    const res = await library().wipe();
    await Promise.all([digestCache.removeValue(), endpoint.removeValue()]).catch(() => undefined);
    if (!res.ok) return setMessage({ tone: 'error', text: failureText(res.error) });
    setMessage({ tone: 'info', text: t('optionsWiped') });
    void measure();
  };

  return (
    <>
      <p data-testid="options-data-figures">
        {figures ? tn('optionsSavedDigests', figures.saved) : '…'}
        {figures?.used !== undefined ? ` · ${usageText(figures.used, figures.quota)}` : ''}
      </p>
      <p class="hint">{t('optionsDataPrivacy')}</p>
      <div class="row">
        <button type="button" onClick={() => void exportAs('json')} disabled={!figures?.saved} data-testid="options-export-json">
          {t('optionsExportJson')}
        </button>
        <button type="button" onClick={() => void exportAs('md')} disabled={!figures?.saved} data-testid="options-export-md">
          {t('optionsExportMarkdown')}
        </button>
        <button type="button" class="danger" onClick={() => setConfirming(true)} data-testid="options-wipe">
          {t('optionsWipe')}
        </button>
      </div>
      {confirming && (
        <div class="confirm" role="alertdialog" aria-labelledby="wipe-question" data-testid="options-wipe-confirm">
          <p id="wipe-question">{tn('optionsWipeConfirm', figures?.saved ?? 0)}</p>
          <button type="button" class="danger" onClick={() => void wipe()} data-testid="options-wipe-yes">
            {t('optionsWipeYes')}
          </button>
          <button type="button" onClick={() => setConfirming(false)} autoFocus>
            {t('optionsCancel')}
          </button>
        </div>
      )}
      <p class={message?.tone === 'error' ? 'error-text' : 'hint'} role="status" data-testid="options-data-message">
        {message?.text ?? ''}
      </p>
    </>
  );
}
