import { useCallback, useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { Failure } from '../../lib/errors';
import { parseJsonExport } from '../../lib/library/export';
import type { SavedDigest } from '../../lib/library/record';
import { library, type LibraryFacets, type LibraryPage as Page, type LibraryRepository, type SkippedRecord, type Usage } from '../../lib/library/repository';
import { exportJsonLabel, exportMarkdownLabel, failureText, importReportText, libraryCount, usageText } from '../../lib/ui/library-strings';
import { t, tn, uiLanguage } from '../../lib/ui/i18n';
import { exportLibrary } from './download';
import { LibraryItem } from './LibraryItem';

const PAGE_SIZE = 25;
const UNDO_MS = 10_000;

interface Filters {
  query: string;
  site: string;
  lang: string;
  tag: string;
  starred: boolean;
}
const NO_FILTERS: Filters = { query: '', site: '', lang: '', tag: '', starred: false };

type Notice = { tone: 'info' | 'error'; text: string; skipped?: SkippedRecord[] };

/** The library page: search, filters, the saved digests newest first, export and import. */
export function LibraryPage({ repo = library() }: { repo?: LibraryRepository }) {
  const dateFormat = useMemo(() => new Intl.DateTimeFormat(uiLanguage(), { dateStyle: 'medium' }), []);
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [page, setPage] = useState<(Page & { filters: Filters }) | undefined>();
  const [facets, setFacets] = useState<LibraryFacets | undefined>();
  const [loadError, setLoadError] = useState<Failure | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [undo, setUndo] = useState<SavedDigest | undefined>();
  const [selected, setSelected] = useState<Set<string>>(new Set());
  const [usage, setUsage] = useState<Usage | undefined>();
  const [confirmWipe, setConfirmWipe] = useState(false);
  const [generation, setGeneration] = useState(0);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  // Another page of the extension (popup, side panel) saved or changed something.
  useEffect(() => repo.onChange(reload), [repo, reload]);

  useEffect(() => {
    let live = true;
    const shown = filters;
    void (async () => {
      const p = await repo.list({ query: shown.query, site: shown.site || undefined, lang: shown.lang || undefined, tag: shown.tag || undefined, starred: shown.starred, limit });
      if (!live) return;
      if (!p.ok) return setLoadError(p.error);
      setLoadError(undefined);
      setPage({ ...p.value, filters: shown });
    })();
    return () => {
      live = false;
    };
  }, [repo, filters, limit, generation]);

  // What the filters offer, and the storage used: only when the library changed.
  useEffect(() => {
    void repo.facets().then((f) => f.ok && setFacets(f.value));
    void repo.usage().then(setUsage);
  }, [repo, generation]);

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const update = (patch: Partial<Filters>) => {
    setFilters((f) => ({ ...f, ...patch }));
    setLimit(PAGE_SIZE);
  };
  const fail = (error: Failure) => setNotice({ tone: 'error', text: failureText(error) });

  const star = async (r: SavedDigest, starred: boolean) => {
    const res = await repo.setStarred(r.url, starred);
    if (!res.ok) fail(res.error);
    reload();
  };
  const tag = async (r: SavedDigest, tags: string[]) => {
    const res = await repo.setTags(r.url, tags);
    if (!res.ok) fail(res.error);
    reload();
  };
  const remove = async (r: SavedDigest) => {
    const res = await repo.remove(r.url);
    if (!res.ok) return fail(res.error);
    setSelected((s) => {
      const n = new Set(s);
      n.delete(r.url);
      return n;
    });
    setUndo(res.value ?? undefined);
    clearTimeout(undoTimer.current);
    undoTimer.current = setTimeout(() => setUndo(undefined), UNDO_MS);
    reload();
  };
  const undoRemove = async () => {
    if (!undo) return;
    clearTimeout(undoTimer.current);
    const res = await repo.restore(undo);
    setUndo(undefined);
    if (!res.ok) fail(res.error);
    reload();
  };

  const removeUnreadable = async (skipped: SkippedRecord[]) => {
    for (const { key } of skipped) {
      const res = await repo.remove(key);
      if (!res.ok) return fail(res.error);
    }
    reload();
  };

  const exportAs = async (kind: 'md' | 'json') => {
    const res = await exportLibrary(repo, kind, selected.size ? [...selected] : undefined);
    if (!res.ok) return fail(res.error);
    const { count, name, skipped } = res.value;
    setNotice({ tone: 'info', text: tn('libExported', count, count, name), skipped });
  };

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const parsed = parseJsonExport(await file.text());
    if (!parsed.ok) return fail(parsed.error);
    const res = await repo.importRecords(parsed.value.records);
    if (!res.ok) return fail(res.error);
    const report = { ...res.value, skipped: [...parsed.value.skipped, ...res.value.skipped] };
    setNotice({ tone: 'info', text: importReportText(report), skipped: report.skipped });
    reload();
  };

  const wipe = async () => {
    setConfirmWipe(false);
    const res = await repo.wipe();
    if (!res.ok) return fail(res.error);
    setSelected(new Set());
    setUndo(undefined);
    setNotice({ tone: 'info', text: tn('libWiped', res.value) });
    reload();
  };

  const toggle = (url: string, on: boolean) =>
    setSelected((s) => {
      const n = new Set(s);
      if (on) n.add(url);
      else n.delete(url);
      return n;
    });

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
  const withCurrent = (values: string[] | undefined, current: string) => (current && !values?.includes(current) ? [...(values ?? []), current] : (values ?? []));

  return (
    <main class="library" data-testid="library" data-state={state} data-query={page?.filters.query ?? ''} data-total={page?.total ?? ''}>
      <header class="library-head">
        <h1>
          <span class="brand">{t('extName')}</span> {t('libTitle')}
        </h1>
        <p class="count" data-testid="library-count">
          {page ? libraryCount(page.total, all) : t('libLoading')}
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
        <select data-testid="library-filter-site" aria-label={t('libSite')} value={filters.site} onChange={(e) => update({ site: (e.currentTarget as HTMLSelectElement).value })}>
          {option('', t('libAllSites'))}
          {withCurrent(facets?.sites, filters.site).map((s) => option(s, s))}
        </select>
        <select data-testid="library-filter-lang" aria-label={t('libLanguage')} value={filters.lang} onChange={(e) => update({ lang: (e.currentTarget as HTMLSelectElement).value })}>
          {option('', t('libAllLanguages'))}
          {withCurrent(facets?.langs, filters.lang).map((l) => option(l, l.toUpperCase()))}
        </select>
        <select data-testid="library-filter-tag" aria-label={t('libTag')} value={filters.tag} onChange={(e) => update({ tag: (e.currentTarget as HTMLSelectElement).value })}>
          {option('', t('libAllTags'))}
          {withCurrent(facets?.tags, filters.tag).map((g) => option(g, g))}
        </select>
        <label class="check">
          <input type="checkbox" data-testid="library-filter-starred" checked={filters.starred} onChange={(e) => update({ starred: (e.currentTarget as HTMLInputElement).checked })} />
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
            <button type="button" class="link" onClick={() => setSelected(new Set())}>
              {t('libClearSelection')}
            </button>
          </span>
        )}
        <button type="button" data-testid="library-export-md" disabled={!all} onClick={() => void exportAs('md')}>
          {exportMarkdownLabel(selected.size)}
        </button>
        <button type="button" data-testid="library-export-json" disabled={!all} onClick={() => void exportAs('json')}>
          {exportJsonLabel(selected.size)}
        </button>
        <label class="button file">
          {t('libImportJson')}
          <input type="file" accept=".json,application/json" data-testid="library-import" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
        </label>
        {!confirmWipe ? (
          <button type="button" class="danger" data-testid="library-wipe" disabled={!all && !skippedHere.length} onClick={() => setConfirmWipe(true)}>
            {t('libWipe')}
          </button>
        ) : (
          <span class="confirm" role="alertdialog" aria-label={tn('libWipeConfirm', all)}>
            {tn('libWipeConfirm', all)}{' '}
            <button type="button" class="danger" data-testid="library-wipe-confirm" onClick={() => void wipe()}>
              {t('libWipeYes')}
            </button>{' '}
            <button type="button" data-testid="library-wipe-cancel" onClick={() => setConfirmWipe(false)}>
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
              <button type="button" class="link" data-testid="library-delete-unreadable" onClick={() => void removeUnreadable(skippedHere)}>
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
            selected={selected.has(r.url)}
            formatDate={(ms) => dateFormat.format(ms)}
            onSelect={(on) => toggle(r.url, on)}
            onStar={(s) => void star(r, s)}
            onTags={(tags) => void tag(r, tags)}
            onPickTag={(g) => update({ tag: g })}
            onDelete={() => void remove(r)}
          />
        ))}
      </ol>
      {page && page.total > page.records.length && (
        <button type="button" class="more" data-testid="library-more" onClick={() => setLimit((n) => n + PAGE_SIZE)}>
          {t('libShowMore', Math.min(PAGE_SIZE, page.total - page.records.length))}
        </button>
      )}

      {undo && (
        <div class="undo-bar" role="status" data-testid="library-undo-bar">
          <span>{t('libDeleted', undo.article.title || undo.url)}</span>
          <button type="button" data-testid="library-undo" onClick={() => void undoRemove()}>
            {t('libUndo')}
          </button>
        </div>
      )}

      <footer class="library-foot">
        {usage?.usage !== undefined && (
          <span data-testid="library-usage">{usageText(usage.usage, usage.quota)}</span>
        )}
      </footer>
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
