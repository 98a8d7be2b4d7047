import { useState } from 'preact/hooks';
import type { FaqItem } from '../../lib/types';
import { openableUrl, siteOf, type SavedDigest } from '../../lib/library/record';
import { t } from '../../lib/ui/i18n';
import { wordCount } from '../../lib/ui/strings';
import { UnverifiedMark } from '../UnverifiedMark';
import { TagEditor } from './TagEditor';

export interface LibraryItemProps {
  record: SavedDigest;
  selected: boolean;
  formatDate(ms: number): string;
  onSelect(selected: boolean): void;
  onStar(starred: boolean): void;
  onTags(tags: string[]): void;
  onPickTag(tag: string): void;
  onDelete(): void;
}

/** One saved digest. Everything from the page is rendered as text; the link is http(s) or file only. */
export function LibraryItem({ record: r, selected, formatDate, onSelect, onStar, onTags, onPickTag, onDelete }: LibraryItemProps) {
  const a = r.article;
  const href = openableUrl(r);
  const title = a.title || r.url;
  const meta = [siteOf(r), a.byline, a.lang.toUpperCase(), t('libReadOn', formatDate(r.readAt)), wordCount(a.wordCount)].filter(Boolean);
  return (
    <li class={`item${selected ? ' selected' : ''}`} data-testid="library-item" data-url={r.url} data-starred={r.starred ? 'true' : 'false'}>
      <div class="item-head">
        <input type="checkbox" data-testid="library-select" checked={selected} aria-label={t('libSelect', title)} onChange={(e) => onSelect((e.currentTarget as HTMLInputElement).checked)} />
        <button
          type="button"
          class={`star${r.starred ? ' on' : ''}`}
          data-testid="library-star"
          aria-pressed={r.starred}
          aria-label={r.starred ? t('libUnstar') : t('libStar')}
          title={r.starred ? t('libUnstar') : t('libStar')}
          onClick={() => onStar(!r.starred)}
        >
          {r.starred ? '★' : '☆'}
        </button>
        <h2 lang={a.lang} dir="auto" data-testid="library-title">
          {href ? (
            <a href={href} target="_blank" rel="noopener noreferrer" data-testid="library-open">
              {title}
            </a>
          ) : (
            title
          )}
        </h2>
      </div>
      <p class="item-meta" data-testid="library-meta">
        {meta.map((m, i) => (
          <span key={i}>{m}</span>
        ))}
      </p>
      <section class="item-digest" lang={r.digest.language}>
        <h3>{r.digest.heading}</h3>
        <ul data-testid="library-bullets">
          {r.digest.bullets.map((b, i) => (
            <li key={i} dir="auto">
              {b.text}
              {b.verified === false && <UnverifiedMark />}
            </li>
          ))}
        </ul>
        {r.digest.faq.length > 0 && <Faq faq={r.digest.faq} label={t('libFaq', r.digest.faq.length)} />}
      </section>
      <div class="item-foot">
        <TagEditor tags={r.tags} onChange={onTags} onPick={onPickTag} />
        <button type="button" class="delete" data-testid="library-delete" onClick={onDelete}>
          {t('libDelete')}
        </button>
      </div>
    </li>
  );
}

/** The FAQ, closed; its answers are rendered only once opened (a long list stays light). */
function Faq({ faq, label }: { faq: FaqItem[]; label: string }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="item-faq" data-testid="library-faq" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{label}</summary>
      {open && (
        <dl>
          {faq.map((f, i) => (
            <div key={i}>
              <dt dir="auto">
                {f.question}
                {f.verified === false && <UnverifiedMark />}
              </dt>
              <dd dir="auto">{f.answer}</dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}
