import { useCallback, useEffect, useState } from 'preact/hooks';
import { sendMessage } from '../lib/protocol';
import type { Sentence } from '../lib/types';
import { highlightedNote } from '../lib/ui/strings';
import { failureText } from '../lib/ui/failures';

export interface SourceHighlight {
  /** Key of the line shown in the page ("b0", "q2"), if any. */
  active?: string;
  /** What happened, in words, for a live region. */
  note?: string;
  onSource(key: string, sources: number[]): void;
}

/**
 * Clicking a bullet or an answer shows its source sentences in the tab's page; clicking it
 * again, or Escape, clears them. A new digest (another tab, another page) starts clear.
 */
export function useSourceHighlight(tabId: number | undefined, sentences: Sentence[] | undefined): SourceHighlight {
  const [active, setActive] = useState<string>();
  const [note, setNote] = useState<string>();

  const clear = useCallback(() => {
    setActive(undefined);
    setNote(undefined);
    if (tabId !== undefined) void sendMessage('highlight', { tabId, sentences: null }).catch(() => undefined);
  }, [tabId]);

  useEffect(() => {
    setActive(undefined);
    setNote(undefined);
  }, [tabId, sentences]);

  useEffect(() => {
    if (!active) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') clear();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, [active, clear]);

  const onSource = useCallback(
    (key: string, sources: number[]) => {
      if (tabId === undefined || !sentences) return;
      if (key === active) return clear();
      setActive(key);
      const texts = sources.map((i) => sentences[i]?.text).filter((s): s is string => !!s);
      void sendMessage('highlight', { tabId, sentences: texts })
        .then((r) => {
          if (!r.ok) return setNote(failureText(r.error));
          setNote(highlightedNote(r.value.found, r.value.asked));
        })
        .catch(() => setNote(failureText({ kind: 'unexpected' })));
    },
    [tabId, sentences, active, clear],
  );
  return { active, note, onSource };
}
