import type { Failure } from '../lib/errors';
import { uiStrings } from '../lib/ui/strings';

export function ErrorState({ error, onRetry }: { error: Failure; onRetry?: () => void }) {
  const t = uiStrings();
  return (
    <div class="error" role="alert">
      <p data-testid="error">{error.message}</p>
      {onRetry && error.kind !== 'restricted-page' && (
        <button type="button" onClick={onRetry}>
          {t.retry}
        </button>
      )}
    </div>
  );
}
