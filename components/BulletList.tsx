import type { Bullet } from '../lib/types';
import { showInPageTitle, sourcesTitle } from '../lib/ui/strings';
import { UnverifiedMark } from './UnverifiedMark';

export interface SourceProps {
  /** Key of the line whose sources the page shows now. */
  active?: string;
  /** Shows (or, for the active line, clears) the line's source sentences in the page. */
  onSource?: (key: string, sources: number[]) => void;
}

/**
 * A line whose sources the page can show: a button when the page can be marked (pressed while
 * its sources are shown), else the text with its sentence numbers as a title.
 */
export function SourceLine({ id, text, sources, active, onSource }: { id: string; text: string; sources: number[] } & SourceProps) {
  return onSource ? (
    <button type="button" class="source-line" dir="auto" aria-pressed={active === id} title={showInPageTitle(sources)} onClick={() => onSource(id, sources)}>
      {text}
    </button>
  ) : (
    <span dir="auto" title={sourcesTitle(sources)}>
      {text}
    </span>
  );
}

export function BulletList({ bullets, lang, active, onSource }: { bullets: Bullet[]; lang: string } & SourceProps) {
  return (
    <ul class="bullets" data-testid="bullets" lang={lang}>
      {bullets.map((b, i) => {
        const key = `b${i}`;
        return (
          <li
            key={i}
            data-sources={b.sources.join(',')}
            data-verified={b.verified === false ? 'false' : undefined}
            class={b.verified === false ? 'unverified' : undefined}
          >
            <SourceLine id={key} text={b.text} sources={b.sources} active={active} onSource={onSource} />
            {b.verified === false && <UnverifiedMark />}
          </li>
        );
      })}
    </ul>
  );
}
