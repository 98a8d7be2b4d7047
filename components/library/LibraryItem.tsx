import { memo } from 'preact/compat';
import { useMemo, useState } from 'preact/hooks';
import type { DigestTable, FaqItem } from '../../lib/types';
import { hasMark, markedParts } from '../../lib/library/marks';
import { openableUrl, siteOf, type SavedDigest } from '../../lib/library/record';
import { t } from '../../lib/i18n';
import { wordCount } from '../../lib/ui/strings';
import { UnverifiedMark } from '../UnverifiedMark';
import { TagEditor } from './TagEditor';

export interface LibraryItemProps {
  record: SavedDigest;
  /** The index terms a search matched in this record: their words are marked. */
  marks?: string[];
  selected: boolean;
  formatDate(ms: number): string;
  onSelect(selected: boolean): void;
  onStar(starred: boolean): void;
  onTags(tags: string[]): void;
  onPickTag(tag: string): void;
  onDelete(): void;
}

const NO_MARKS: ReadonlySet<string> = new Set();

/** Text with the words a search matched in <mark>: parts of page text, rendered as text. */
function Marked({ text, lang, terms }: { text: string; lang: string; terms: ReadonlySet<string> }) {
  return <>{markedParts(text, lang, terms).map((p, i) => (p.marked ? <mark key={i}>{p.text}</mark> : p.text))}</>;
}

/**
 * The sentence of the article that explains why it was found, when nothing shown does (the
 * words matched only in sentences no bullet repeats).
 */
function matchedSentence(r: SavedDigest, terms: ReadonlySet<string>): string | undefined {
  if (!terms.size) return undefined;
  const lang = r.article.lang;
  const shown = [r.article.title, ...r.digest.bullets.map((b) => b.text)];
  if (shown.some((t) => hasMark(t, lang, terms))) return undefined;
  return r.sentences.find((s) => hasMark(s.text, lang, terms))?.text;
}

/** One saved digest. Everything from the page is rendered as text; the link is http(s) or file only. */
function LibraryItemView({ record: r, marks, selected, formatDate, onSelect, onStar, onTags, onPickTag, onDelete }: LibraryItemProps) {
  const a = r.article;
  const terms = useMemo(() => (marks?.length ? new Set(marks) : NO_MARKS), [marks]);
  const why = useMemo(() => matchedSentence(r, terms), [r, terms]);
  const href = openableUrl(r);
  const title = a.title || r.url;
  const meta = [siteOf(r), a.byline, a.lang.toUpperCase(), t('libReadOn', formatDate(r.readAt)), wordCount(a.wordCount)].filter(Boolean);
  return (
    <li class={`item${selected ? ' selected' : ''}`} data-testid="library-item" data-url={r.url} data-starred={r.starred ? 'true' : 'false'}>
      <div class="item-head">
        <input
          type="checkbox"
          data-testid="library-select"
          checked={selected}
          aria-label={t('libSelect', title)}
          onChange={(e) => onSelect((e.currentTarget as HTMLInputElement).checked)}
        />
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
              <Marked text={title} lang={a.lang} terms={terms} />
            </a>
          ) : (
            <Marked text={title} lang={a.lang} terms={terms} />
          )}
        </h2>
      </div>
      <p class="item-meta" data-testid="library-meta">
        {meta.map((m, i) => (
          <span key={i}>{m}</span>
        ))}
      </p>
      {why && (
        <p class="item-why" lang={a.lang} dir="auto" data-testid="library-why">
          <Marked text={why} lang={a.lang} terms={terms} />
        </p>
      )}
      <section class="item-digest" lang={r.digest.language}>
        <h3>{r.digest.heading}</h3>
        <ul data-testid="library-bullets">
          {r.digest.bullets.map((b, i) => (
            <li key={i} dir="auto">
              <Marked text={b.text} lang={a.lang} terms={terms} />
              {b.verified === false && <UnverifiedMark />}
            </li>
          ))}
        </ul>
        {r.digest.table?.rows.length ? <Glance table={r.digest.table} lang={a.lang} terms={terms} /> : null}
        {r.digest.faq.length > 0 && <Faq faq={r.digest.faq} label={t('libFaq', r.digest.faq.length)} lang={a.lang} terms={terms} />}
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

/** The "at a glance" table, closed like the FAQ, under its own caption. */
function Glance({ table, lang, terms }: { table: DigestTable; lang: string; terms: ReadonlySet<string> }) {
  return (
    <details class="item-table" data-testid="library-table">
      <summary dir="auto">{table.caption}</summary>
      <table>
        <thead>
          <tr>
            <th scope="col" dir="auto">
              {table.columns[0]}
            </th>
            <th scope="col" dir="auto">
              {table.columns[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((row, i) => (
            <tr key={i}>
              <th scope="row" dir="auto">
                <Marked text={row.aspect} lang={lang} terms={terms} />
              </th>
              <td dir="auto">
                <Marked text={row.text} lang={lang} terms={terms} />
                {row.verified === false && <UnverifiedMark />}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

/** The FAQ, closed; its answers are rendered only once opened (a long list stays light). */
function Faq({ faq, label, lang, terms }: { faq: FaqItem[]; label: string; lang: string; terms: ReadonlySet<string> }) {
  const [open, setOpen] = useState(false);
  return (
    <details class="item-faq" data-testid="library-faq" onToggle={(e) => setOpen((e.currentTarget as HTMLDetailsElement).open)}>
      <summary>{label}</summary>
      {open && (
        <dl>
          {faq.map((f, i) => (
            <div key={i}>
              <dt dir="auto">
                <Marked text={f.question} lang={lang} terms={terms} />
                {f.verified === false && <UnverifiedMark />}
              </dt>
              <dd dir="auto">
                <Marked text={f.answer} lang={lang} terms={terms} />
              </dd>
            </div>
          ))}
        </dl>
      )}
    </details>
  );
}

const sameMarks = (a?: string[], b?: string[]) => a === b || (!!a && !!b && a.length === b.length && a.every((t, i) => t === b[i]));

/**
 * Drawn again only when its record (the same object while unchanged: searcher.ts's
 * shownRecords), its marks or its selection change: a keystroke mostly shows the items the one
 * before showed. The handlers are left out of the comparison: the page's act only on the record's
 * url and state setters, the same from one drawing to the next.
 */
export const LibraryItem = memo(LibraryItemView, (a, b) => a.record === b.record && a.selected === b.selected && sameMarks(a.marks, b.marks));
