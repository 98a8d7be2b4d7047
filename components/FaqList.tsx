import type { FaqItem } from '../lib/types';
import { uiStrings } from '../lib/ui/strings';

export function FaqList({ items, lang }: { items: FaqItem[]; lang: string }) {
  const t = uiStrings();
  if (items.length === 0) return null;
  return (
    <section class="faq" data-testid="faq" aria-label={t.faq} lang={lang}>
      <h2 class="faq-title">FAQ</h2>
      {items.map((q, i) => (
        <details key={i} data-sources={q.sources.join(',')} data-origin={q.origin}>
          <summary>{q.question}</summary>
          <p data-testid="faq-answer" title={t.sources(q.sources)}>
            {q.answer}
          </p>
        </details>
      ))}
    </section>
  );
}
