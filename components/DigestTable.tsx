import type { DigestTable as Table } from '../lib/types';
import { SourceLine, type SourceProps } from './BulletList';
import { UnverifiedMark } from './UnverifiedMark';

/**
 * The "at a glance" table, between the bullets and the FAQ: its caption and column headings
 * in the page's language (the digest carries them), each row's text a button that shows its
 * source sentences in the page, as a bullet does. Nothing when the article has no table.
 */
export function DigestTable({ table, lang, active, onSource }: { table: Table | null | undefined; lang: string } & SourceProps) {
  if (!table?.rows.length) return null;
  return (
    <section class="glance" data-testid="digest-table" data-kind={table.kind} lang={lang}>
      <table>
        <caption dir="auto">{table.caption}</caption>
        <thead>
          <tr>
            <th scope="col" dir="auto">
              {table.columns[0]}
            </th>
            <th scope="col" dir="auto">
              {table.columns[1]}
            </th>
          </tr>
        </thead>
        <tbody>
          {table.rows.map((r, i) => {
            const key = `t${i}`;
            return (
              <tr
                key={i}
                data-sources={r.sources.join(',')}
                data-verified={r.verified === false ? 'false' : undefined}
                class={r.verified === false ? 'unverified' : undefined}
              >
                <th scope="row" dir="auto">
                  {r.aspect}
                </th>
                <td>
                  <SourceLine id={key} text={r.text} sources={r.sources} active={active} onSource={onSource} />
                  {r.verified === false && <UnverifiedMark />}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
