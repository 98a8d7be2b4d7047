import type { FaqItem } from '../lib/types';
import { showInPageTitle, sourcesTitle } from '../lib/ui/strings';
import { t, uiLanguage } from '../lib/i18n';
import type { SourceProps } from './BulletList';
import { UnverifiedMark } from './UnverifiedMark';

export function FaqList({ items, lang, active, onSource }: { items: FaqItem[]; lang: string } & SourceProps) {
  if (items.length === 0) return null;
  return (
    <section class="faq" data-testid="faq" aria-label={t('uiFaqLabel')} lang={lang}>
      <h2 class="faq-title" lang={uiLanguage()}>
        {t('uiFaqTitle')}
      </h2>
      {items.map((q, i) => {
        const key = `q${i}`;
        return (
          <details
            key={i}
            data-sources={q.sources.join(',')}
            data-origin={q.origin}
            data-verified={q.verified === false ? 'false' : undefined}
            class={q.verified === false ? 'unverified' : undefined}
          >
            <summary>
              <span dir="auto">{q.question}</span>
              {q.verified === false && <UnverifiedMark />}
            </summary>
            {onSource ? (
              <button
                type="button"
                class="source-line"
                dir="auto"
                data-testid="faq-answer"
                aria-pressed={active === key}
                title={showInPageTitle(q.sources)}
                onClick={() => onSource(key, q.sources)}
              >
                {q.answer}
              </button>
            ) : (
              <p data-testid="faq-answer" dir="auto" title={sourcesTitle(q.sources)}>
                {q.answer}
              </p>
            )}
          </details>
        );
      })}
    </section>
  );
}
