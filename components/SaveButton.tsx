import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { AskedQuestion, TabDigest } from '../lib/types';
import type { Failure } from '../lib/errors';
import { recordFromTabDigest } from '../lib/library/record';
import type { LibraryRepository } from '../lib/library/repository';
import { failureText } from '../lib/ui/failures';
import { t } from '../lib/i18n';
import { sharedLibrary } from './sharedLibrary';

type SaveState = { status: 'idle' | 'saving' | 'saved' } | { status: 'error'; error: Failure };

/**
 * Saves the digest shown to the library, with the questions asked of it: one click; saving
 * again updates the same record. Says "Saved ✓" when this article, with this content, is
 * already in the library; a question asked of a saved digest is saved with it at once.
 */
export function SaveButton({ value, repo, asked = [] }: { value: TabDigest; repo?: LibraryRepository; asked?: AskedQuestion[] }) {
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

  // How many questions the saved record holds: a new one updates it.
  const savedQuestions = useRef(0);
  const save = async () => {
    setState({ status: 'saving' });
    const kept = asked.length;
    const r = await (repo ?? (await sharedLibrary())).save(recordFromTabDigest(value, Date.now(), shownAt, asked));
    if (r.ok) savedQuestions.current = kept;
    setState(r.ok ? { status: 'saved' } : { status: 'error', error: r.error });
  };
  useEffect(() => {
    if (state.status === 'saved' && asked.length > savedQuestions.current) void save();
  }, [asked, state.status]);

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
