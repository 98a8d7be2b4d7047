import type { Bullet } from '../lib/types';
import { uiStrings } from '../lib/ui/strings';

export interface SourceProps {
  /** Key of the line whose sources the page shows now. */
  active?: string;
  /** Shows (or, for the active line, clears) the line's source sentences in the page. */
  onSource?: (key: string, sources: number[]) => void;
}

export function BulletList({ bullets, lang, active, onSource }: { bullets: Bullet[]; lang: string } & SourceProps) {
  const t = uiStrings();
  return (
    <ul class="bullets" data-testid="bullets" lang={lang}>
      {bullets.map((b, i) => {
        const key = `b${i}`;
        return (
          <li key={i} data-sources={b.sources.join(',')}>
            {onSource ? (
              <button type="button" class="source-line" dir="auto" aria-pressed={active === key} title={t.showInPage(b.sources)} onClick={() => onSource(key, b.sources)}>
                {b.text}
              </button>
            ) : (
              <span dir="auto" title={t.sources(b.sources)}>{b.text}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
