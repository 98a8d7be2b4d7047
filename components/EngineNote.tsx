import type { Digest, EngineId } from '../lib/types';
import { failureMessage } from '../lib/ui/failures';
import { t, tn } from '../lib/i18n';
import { ChromeAiDownload } from './ChromeAiDownload';

/** The reader's name for an engine. */
export function engineName(id: string): string {
  return id === 'chrome-ai' ? t('engineNameChromeAi') : id === 'openai' ? t('engineNameOpenai') : t('engineNameEmbedded');
}

/**
 * What the reader should know about where a digest comes from, above it: the engine they
 * chose could not make it (and why, with the download button when that is the reason), lines
 * a model wrote without a source were left out, some lines are unverified.
 */
export function EngineNote({ digest, downloadable, onRetry }: { digest: Digest; downloadable?: boolean; onRetry?: () => void }) {
  const { note, dropped } = digest;
  const unverified = [...digest.bullets, ...digest.faq].filter((x) => x.verified === false).length;
  if (!note && !dropped && !unverified) return null;
  return (
    <div class="engine-notes">
      {note && (
        <p class="note engine-note" data-testid="engine-note" data-reason={note.reason} role="status" title={note.detail}>
          {t('engineFallbackNote', engineName(note.fallbackFrom), failureMessage(note.reason))}
        </p>
      )}
      {note?.reason === 'ai-needs-download' && downloadable && <ChromeAiDownload lang={digest.language} onDone={onRetry} />}
      {!!dropped && (
        <p class="note" data-testid="dropped-note">
          {tn('engineDropped', dropped)}
        </p>
      )}
      {!!unverified && (
        <p class="note" data-testid="unverified-note">
          {t('engineUnverifiedLegend')}
        </p>
      )}
    </div>
  );
}

/** Under a digest still being written: what is at work, and a way to stop it. */
export function StreamingStatus({ engine, count, onCancel }: { engine: EngineId | string; count: number; onCancel: () => void }) {
  return (
    <p class="streaming" data-testid="streaming">
      <span role="status" aria-live="polite">
        {count ? tn('engineWritingSome', count, engineName(engine), count) : t('engineWriting', engineName(engine))}
      </span>
      <button type="button" data-testid="cancel-digest" onClick={onCancel}>
        {t('engineCancel')}
      </button>
    </p>
  );
}

/** Under a model's digest: who wrote it. The embedded engine's digests say nothing (as before). */
export function EngineCredit({ digest }: { digest: Digest }) {
  if (digest.engine.id === 'embedded') return null;
  return (
    <p class="engine-credit" data-testid="digest-engine" data-engine={digest.engine.id}>
      {digest.engine.model ? t('engineWrittenByModel', digest.engine.model, engineName(digest.engine.id)) : t('engineWrittenBy', engineName(digest.engine.id))}
    </p>
  );
}
