import type { Bullet } from '../lib/types';
import { uiStrings } from '../lib/ui/strings';

export function BulletList({ bullets, lang }: { bullets: Bullet[]; lang: string }) {
  const t = uiStrings();
  return (
    <ul class="bullets" data-testid="bullets" lang={lang}>
      {bullets.map((b, i) => (
        <li key={i} data-sources={b.sources.join(',')} title={t.sources(b.sources)}>
          {b.text}
        </li>
      ))}
    </ul>
  );
}
