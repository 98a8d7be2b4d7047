import { useMemo } from 'preact/hooks';
import { library, type LibraryRepository, type SkippedRecord } from '../../lib/library/repository';
import { exportJsonLabel, exportMarkdownLabel, libraryCount, usageText } from '../../lib/ui/library-strings';
import { failureText } from '../../lib/ui/failures';
import { t, tn, uiLanguage } from '../../lib/i18n';
import { LibraryItem } from './LibraryItem';
import { NO_FILTERS, PAGE_SIZE, useLibrary } from './useLibrary';

/** The library page: search, filters, the saved digests best first or newest first, export and import. */
export function LibraryPage({ repo = library() }: { repo?: LibraryRepository }) {
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }), []);
  const [{ filters, page, facets, loadError, notice, undo, selected, usage, confirmWipe }, act] = useLibrary(repo);
  const update = act.update;

  const all = facets?.total ?? 0;
  const filtered = filters.query.trim() !== '' || filters.site !== '' || filters.lang !== '' || filters.tag !== '' || filters.starred;
  const state = loadError ? 'error' : page ? 'ready' : 'loading';
  const skippedHere = page?.skipped ?? [];
  const option = (value: string, label: string) => (
    <option key={value} value={value}>
      {label}
    </option>
  );
  // A filter whose last record went away stays selectable until cleared.
  const withCurrent = (values: string[] | undefined, current: string) =>
    current && !values?.includes(current) ? [...(values ?? []), current] : (values ?? []);

  return (
    <main class="library" data-testid="library" data-state={state} data-query={page?.filters.query ?? ''} data-total={page?.total ?? ''}>
      <header class="library-head">
        <h1>
          <span class="brand">{t('extName')}</span> {t('libTitle')}
        </h1>
        <p class="count" data-testid="library-count">
          {page ? libraryCount(page.total, facets?.total ?? page.total) : t('libLoading')}
        </p>
      </header>

      <section class="toolbar" role="search">
        <input
          type="search"
          class="search"
          data-testid="library-search"
          aria-label={t('libSearch')}
          placeholder={t('libSearchPlaceholder')}
          value={filters.query}
          autoFocus
          onInput={(e) => update({ query: (e.currentTarget as HTMLInputElement).value })}
        />
        <select
          data-testid="library-filter-site"
          aria-label={t('libSite')}
          value={filters.site}
          onChange={(e) => update({ site: (e.currentTarget as HTMLSelectElement).value })}
        >
          {option('', t('libAllSites'))}
          {withCurrent(facets?.sites, filters.site).map((s) => option(s, s))}
        </select>
        <select
          data-testid="library-filter-lang"
          aria-label={t('libLanguage')}
          value={filters.lang}
          onChange={(e) => update({ lang: (e.currentTarget as HTMLSelectElement).value })}
        >
          {option('', t('libAllLanguages'))}
          {withCurrent(facets?.langs, filters.lang).map((l) => option(l, l.toUpperCase()))}
        </select>
        <select
          data-testid="library-filter-tag"
          aria-label={t('libTag')}
          value={filters.tag}
          onChange={(e) => update({ tag: (e.currentTarget as HTMLSelectElement).value })}
        >
          {option('', t('libAllTags'))}
          {withCurrent(facets?.tags, filters.tag).map((g) => option(g, g))}
        </select>
        <label class="check">
          <input
            type="checkbox"
            data-testid="library-filter-starred"
            checked={filters.starred}
            onChange={(e) => update({ starred: (e.currentTarget as HTMLInputElement).checked })}
          />
          {t('libStarredOnly')}
        </label>
        {filtered && (
          <button type="button" class="link" data-testid="library-clear-filters" onClick={() => update(NO_FILTERS)}>
            {t('libClearFilters')}
          </button>
        )}
      </section>

      <section class="actions-bar">
        {selected.size > 0 && (
          <span class="selection" data-testid="library-selection">
            {tn('libSelection', selected.size)}{' '}
            <button type="button" class="link" onClick={act.clearSelection}>
              {t('libClearSelection')}
            </button>
          </span>
        )}
        <button type="button" data-testid="library-export-md" disabled={!all} onClick={() => void act.exportAs('md')}>
          {exportMarkdownLabel(selected.size)}
        </button>
        <button type="button" data-testid="library-export-json" disabled={!all} onClick={() => void act.exportAs('json')}>
          {exportJsonLabel(selected.size)}
        </button>
        <label class="button file">
          {t('libImportJson')}
          <input
            type="file"
            accept=".json,application/json"
            data-testid="library-import"
            onChange={(e) => void act.importFile(e.currentTarget as HTMLInputElement)}
          />
        </label>
        {!confirmWipe ? (
          <button type="button" class="danger" data-testid="library-wipe" disabled={!all && !skippedHere.length} onClick={() => act.askWipe(true)}>
            {t('libWipe')}
          </button>
        ) : (
          <span class="confirm" role="alertdialog" aria-label={tn('libWipeConfirm', all)}>
            {tn('libWipeConfirm', all)}{' '}
            <button type="button" class="danger" data-testid="library-wipe-confirm" onClick={() => void act.wipe()}>
              {t('libWipeYes')}
            </button>{' '}
            <button type="button" data-testid="library-wipe-cancel" onClick={() => act.askWipe(false)}>
              {t('libCancel')}
            </button>
          </span>
        )}
      </section>

      <div class="messages">
        {loadError && (
          <p class="notice error" role="alert" data-testid="library-error" data-kind={loadError.kind}>
            {failureText(loadError)}
          </p>
        )}
        {notice && (
          <div class={`notice ${notice.tone}`} role={notice.tone === 'error' ? 'alert' : 'status'} data-testid="library-message">
            <p>{notice.text}</p>
            {notice.skipped && notice.skipped.length > 0 && <SkippedList skipped={notice.skipped} label={t('libSkippedDetails')} />}
          </div>
        )}
        {skippedHere.length > 0 && (
          <div class="notice error" role="status" data-testid="library-skipped" data-count={skippedHere.length}>
            <p>
              {tn('libSkipped', skippedHere.length)}{' '}
              <button type="button" class="link" data-testid="library-delete-unreadable" onClick={() => void act.removeUnreadable(skippedHere)}>
                {t('libDeleteUnreadable')}
              </button>
            </p>
            <SkippedList skipped={skippedHere} label={t('libSkippedDetails')} />
          </div>
        )}
      </div>

      {page && page.records.length === 0 && (
        <p class="empty" data-testid="library-empty">
          {all === 0 ? t('libEmpty') : t('libNoMatch')}
        </p>
      )}
      <ol class="items" data-testid="library-results">
        {page?.records.map((r) => (
          <LibraryItem
            key={r.url}
            record={r}
            marks={page.marks[r.url]}
            selected={selected.has(r.url)}
            formatDate={(ms) => dateFormat.format(ms)}
            onSelect={(on) => act.select(r.url, on)}
            onStar={(s) => void act.star(r, s)}
            onTags={(tags) => void act.tag(r, tags)}
            onPickTag={(g) => update({ tag: g })}
            onDelete={() => void act.remove(r)}
          />
        ))}
      </ol>
      {page && page.total > page.records.length && (
        <button type="button" class="more" data-testid="library-more" onClick={act.showMore}>
          {t('libShowMore', Math.min(PAGE_SIZE, page.total - page.records.length))}
        </button>
      )}

      {undo && (
        <div class="undo-bar" role="status" data-testid="library-undo-bar">
          <span>{t('libDeleted', undo.article.title || undo.url)}</span>
          <button type="button" data-testid="library-undo" onClick={() => void act.undoRemove()}>
            {t('libUndo')}
          </button>
        </div>
      )}

      <footer class="library-foot">{usage?.usage !== undefined && <span data-testid="library-usage">{usageText(usage.usage, usage.quota)}</span>}</footer>
    </main>
  );
}

function SkippedList({ skipped, label }: { skipped: SkippedRecord[]; label: string }) {
  return (
    <details>
      <summary>{label}</summary>
      <ul class="skipped">
        {skipped.slice(0, 50).map((s, i) => (
          <li key={i}>
            <code>{s.key}</code>: {s.reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
