import type { FaqItem } from '../lib/types';
import { uiStrings } from '../lib/ui/strings';
import type { SourceProps } from './BulletList';

export function FaqList({ items, lang, active, onSource }: { items: FaqItem[]; lang: string } & SourceProps) {
  const t = uiStrings();
  if (items.length === 0) return null;
  return (
    <section class="faq" data-testid="faq" aria-label={t.faq} lang={lang}>
      <h2 class="faq-title">FAQ</h2>
      {items.map((q, i) => {
        const key = `q${i}`;
        return (
          <details key={i} data-sources={q.sources.join(',')} data-origin={q.origin}>
            <summary dir="auto">{q.question}</summary>
            {onSource ? (
              <button type="button" class="source-line" dir="auto" data-testid="faq-answer" aria-pressed={active === key} title={t.showInPage(q.sources)} onClick={() => onSource(key, q.sources)}>
                {q.answer}
              </button>
            ) : (
              <p data-testid="faq-answer" dir="auto" title={t.sources(q.sources)}>
                {q.answer}
              </p>
            )}
          </details>
        );
      })}
    </section>
  );
}
