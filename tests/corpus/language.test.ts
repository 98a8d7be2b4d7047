/**
 * Corpus-scale checks, run by `npm test` only where the evaluation data is (EN_BREF_DATA or
 * ../shared/data: scripts/lib/data-dir.ts; vitest.config.ts adds this "corpus" project then,
 * and says "corpus not found: skipped" once otherwise). Everything here is also covered on
 * committed text by tests/unit/; these runs only widen it to whole corpora.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { detectLanguage } from '../../lib/text/detect-language';
import { findDataDir } from '../../scripts/lib/data-dir';

const DATA = findDataDir()!;
const data = (...p: string[]) => join(DATA, ...p);

describe('language detection over whole corpora', () => {
  it('is right on every English, Russian, Chinese, Greek and Polish DAnIEL reference', () => {
    const languages = JSON.parse(readFileSync(data('extraction', 'daniel', 'languages.json'), 'utf8')) as Record<string, string>;
    const want: Record<string, string> = { English: 'en', Russian: 'ru', Chinese: 'zh', Greek: 'el', Polish: 'pl' };
    const wrong: string[] = [];
    let polish = 0;
    for (const [id, language] of Object.entries(languages)) {
      const text = readFileSync(data('extraction', 'daniel', 'reference', `${id}.txt`), 'utf8').replace(/<\/?p>/g, '\n');
      if (text.trimStart().startsWith('<!DOCTYPE') || text.includes('<html')) continue; // one reference file holds raw HTML
      const got = detectLanguage(text);
      if (language === 'Polish') polish++;
      if (got !== want[language]) wrong.push(`${id}: ${language} detected as ${got}`);
    }
    expect(polish).toBeGreaterThan(100);
    expect(wrong).toEqual([]);
  });

  it('is French on 300 OrangeSum articles out of 300', () => {
    const ids = readdirSync(data('summaries', 'orangesum', 'parsed')).slice(0, 300);
    const misses = ids.filter((f) => {
      const p = JSON.parse(readFileSync(data('summaries', 'orangesum', 'parsed', f), 'utf8')) as { heading: string; article: string };
      return detectLanguage(`${p.heading} ${p.article}`) !== 'fr';
    });
    expect(misses).toEqual([]);
  });
});
