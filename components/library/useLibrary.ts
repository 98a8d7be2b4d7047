import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { Failure } from '../../lib/errors';
import { parseJsonExport } from '../../lib/library/export';
import type { SavedDigest } from '../../lib/library/record';
import type { LibraryFacets, LibraryPage, LibraryRepository, SkippedRecord, Usage } from '../../lib/library/repository';
import { importReportText } from '../../lib/ui/library-strings';
import { failureText } from '../../lib/ui/failures';
import { tn } from '../../lib/i18n';
import { exportLibrary } from './download';

export const PAGE_SIZE = 25;
const UNDO_MS = 10_000;

export interface Filters {
  query: string;
  site: string;
  lang: string;
  tag: string;
  starred: boolean;
}
export const NO_FILTERS: Filters = { query: '', site: '', lang: '', tag: '', starred: false };

export type Notice = { tone: 'info' | 'error'; text: string; skipped?: SkippedRecord[] };

export interface LibraryState {
  filters: Filters;
  /** The page shown, with the filters it answers (the box may already hold newer ones). */
  page?: LibraryPage & { filters: Filters };
  facets?: LibraryFacets;
  loadError?: Failure;
  notice?: Notice;
  /** The record just deleted, while it can be put back. */
  undo?: SavedDigest;
  selected: ReadonlySet<string>;
  usage?: Usage;
  confirmWipe: boolean;
}

export interface LibraryActions {
  update(patch: Partial<Filters>): void;
  showMore(): void;
  star(r: SavedDigest, starred: boolean): Promise<void>;
  tag(r: SavedDigest, tags: string[]): Promise<void>;
  remove(r: SavedDigest): Promise<void>;
  undoRemove(): Promise<void>;
  removeUnreadable(skipped: SkippedRecord[]): Promise<void>;
  exportAs(kind: 'md' | 'json'): Promise<void>;
  importFile(input: HTMLInputElement): Promise<void>;
  askWipe(ask: boolean): void;
  wipe(): Promise<void>;
  select(url: string, on: boolean): void;
  clearSelection(): void;
}

/**
 * The library page's state and what the reader can do to it: the query and filters, the page
 * of results, the facets, notices, undo, selection. The page component only renders it.
 */
export function useLibrary(repo: LibraryRepository): [LibraryState, LibraryActions] {
  const [filters, setFilters] = useState<Filters>(NO_FILTERS);
  const [limit, setLimit] = useState(PAGE_SIZE);
  const [page, setPage] = useState<LibraryState['page']>();
  const [facets, setFacets] = useState<LibraryFacets | undefined>();
  const [loadError, setLoadError] = useState<Failure | undefined>();
  const [notice, setNotice] = useState<Notice | undefined>();
  const [undo, setUndo] = useState<SavedDigest | undefined>();
  const [selected, setSelected] = useState<ReadonlySet<string>>(new Set());
  const [usage, setUsage] = useState<Usage | undefined>();
  const [confirmWipe, setConfirmWipe] = useState(false);
  const [generation, setGeneration] = useState(0);
  const undoTimer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const reload = useCallback(() => setGeneration((n) => n + 1), []);

  // Another page of the extension (popup, side panel) saved or changed something.
  useEffect(() => repo.onChange(reload), [repo, reload]);

  // The full-text index, built while the reader looks at the list: the first keystroke finds it.
  useEffect(() => {
    void repo.warmSearch();
  }, [repo]);

  // A layout effect: the query leaves as the keystroke is rendered, not a frame later.
  useLayoutEffect(() => {
    let live = true;
    const shown = filters;
    void (async () => {
      const p = await repo.list({
        query: shown.query,
        site: shown.site || undefined,
        lang: shown.lang || undefined,
        tag: shown.tag || undefined,
        starred: shown.starred,
        limit,
      });
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
    let live = true;
    void repo.facets().then((f) => live && f.ok && setFacets(f.value));
    void repo.usage().then((u) => live && setUsage(u));
    return () => {
      live = false;
    };
  }, [repo, generation]);

  useEffect(() => () => clearTimeout(undoTimer.current), []);

  const fail = (error: Failure) => setNotice({ tone: 'error', text: failureText(error) });
  const unselect = (url: string) =>
    setSelected((s) => {
      const n = new Set(s);
      n.delete(url);
      return n;
    });

  const actions: LibraryActions = {
    update(patch) {
      setFilters((f) => ({ ...f, ...patch }));
      setLimit(PAGE_SIZE);
    },
    showMore: () => setLimit((n) => n + PAGE_SIZE),
    async star(r, starred) {
      const res = await repo.setStarred(r.url, starred);
      if (!res.ok) fail(res.error);
      reload();
    },
    async tag(r, tags) {
      const res = await repo.setTags(r.url, tags);
      if (!res.ok) fail(res.error);
      reload();
    },
    async remove(r) {
      const res = await repo.remove(r.url);
      if (!res.ok) return fail(res.error);
      unselect(r.url);
      setUndo(res.value ?? undefined);
      clearTimeout(undoTimer.current);
      undoTimer.current = setTimeout(() => setUndo(undefined), UNDO_MS);
      reload();
    },
    async undoRemove() {
      if (!undo) return;
      clearTimeout(undoTimer.current);
      const res = await repo.restore(undo);
      setUndo(undefined);
      if (!res.ok) fail(res.error);
      reload();
    },
    async removeUnreadable(skipped) {
      for (const { key } of skipped) {
        const res = await repo.remove(key);
        if (!res.ok) return fail(res.error);
      }
      reload();
    },
    async exportAs(kind) {
      const res = await exportLibrary(repo, kind, selected.size ? [...selected] : undefined);
      if (!res.ok) return fail(res.error);
      const { count, name, skipped } = res.value;
      setNotice({ tone: 'info', text: tn('libExported', count, count, name), skipped });
    },
    async importFile(input) {
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
    },
    askWipe: setConfirmWipe,
    async wipe() {
      setConfirmWipe(false);
      const res = await repo.wipe();
      if (!res.ok) return fail(res.error);
      setSelected(new Set());
      setUndo(undefined);
      setNotice({ tone: 'info', text: tn('libWiped', res.value) });
      reload();
    },
    select(url, on) {
      if (!on) return unselect(url);
      setSelected((s) => new Set(s).add(url));
    },
    clearSelection: () => setSelected(new Set()),
  };

  return [{ filters, page, facets, loadError, notice, undo, selected, usage, confirmWipe }, actions];
}
