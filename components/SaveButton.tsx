import { useEffect, useMemo, useState } from 'preact/hooks';
import type { TabDigest } from '../lib/messages';
import type { Failure } from '../lib/errors';
import { recordFromTabDigest } from '../lib/library/record';
import type { LibraryRepository } from '../lib/library/repository';
import { failureText } from '../lib/ui/library-strings';
import { t } from '../lib/ui/i18n';
import { sharedLibrary } from './sharedLibrary';

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; error: Failure };

/**
 * Saves the digest shown to the library: one click; saving again updates the same record.
 * Says "Saved ✓" when this article, with this content, is already in the library.
 */
export function SaveButton({ value, repo }: { value: TabDigest; repo?: LibraryRepository }) {
  // When the reader saw this digest: the record's "read" date.
  const shownAt = useMemo(() => Date.now(), [value]);
  const [state, setState] = useState<SaveState>({ status: 'idle' });

  useEffect(() => {
    let live = true;
    setState({ status: 'idle' });
    const key = recordFromTabDigest(value, shownAt).url;
    void (repo ? Promise.resolve(repo) : sharedLibrary())
      .then((lib) => lib.get(key))
      .then((r) => {
        if (live && r.ok && r.value?.contentHash === value.digest.contentHash) setState((s) => (s.status === 'idle' ? { status: 'saved' } : s));
      });
    return () => {
      live = false;
    };
  }, [value, shownAt, repo]);

  const save = async () => {
    setState({ status: 'saving' });
    const r = await (repo ?? (await sharedLibrary())).save(recordFromTabDigest(value, Date.now(), shownAt));
    setState(r.ok ? { status: 'saved' } : { status: 'error', error: r.error });
  };

  const label = state.status === 'saving' ? t('libSaving') : state.status === 'saved' ? t('libSaved') : t('libSave');
  return (
    <>
      <button
        type="button"
        data-testid="save-digest"
        data-state={state.status}
        class={state.status === 'saved' ? 'saved' : undefined}
        title={state.status === 'saved' ? t('libSaveAgainTitle') : undefined}
        disabled={state.status === 'saving'}
        onClick={save}
      >
        {label}
      </button>
      {state.status === 'error' && (
        <p class="save-error" role="alert" data-testid="save-error" data-kind={state.error.kind}>
          {failureText(state.error)}
        </p>
      )}
    </>
  );
}
