import type { Bullet } from '../lib/types';
import { showInPageTitle, sourcesTitle } from '../lib/ui/strings';
import { UnverifiedMark } from './UnverifiedMark';

export interface SourceProps {
  /** Key of the line whose sources the page shows now. */
  active?: string;
  /** Shows (or, for the active line, clears) the line's source sentences in the page. */
  onSource?: (key: string, sources: number[]) => void;
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
            {onSource ? (
              <button
                type="button"
                class="source-line"
                dir="auto"
                aria-pressed={active === key}
                title={showInPageTitle(b.sources)}
                onClick={() => onSource(key, b.sources)}
              >
                {b.text}
              </button>
            ) : (
              <span dir="auto" title={sourcesTitle(b.sources)}>
                {b.text}
              </span>
            )}
            {b.verified === false && <UnverifiedMark />}
          </li>
        );
      })}
    </ul>
  );
}
