import { useEffect, useState } from 'preact/hooks';
import { libraryKey, openableUrl, siteOf, type SavedDigest } from '../lib/library/record';
import type { LibraryRepository } from '../lib/library/repository';
import { t } from '../lib/i18n';
import { sharedLibrary } from './sharedLibrary';
import type { TabDigest } from '../lib/types';

/**
 * "Already in your library": saved digests on the same subject as this page (the library's
 * search, with the page's title and key terms as the query), with links to their articles.
 * Nothing at all when there are none, or when the library cannot be read.
 */
export function InLibrary({ value, repo }: { value: TabDigest; repo?: LibraryRepository }) {
  const [related, setRelated] = useState<SavedDigest[]>([]);
  useEffect(() => {
    let live = true;
    setRelated([]);
    // The page's own record (saved or not) is not "already" in the library.
    const self = libraryKey(value.article, value.digest.contentHash);
    const page = { title: value.article.title, lang: value.article.lang, lines: value.sentences.map((s) => s.text) };
    void (repo ? Promise.resolve(repo) : sharedLibrary())
      .then((lib) => lib.related(page, self))
      .then((r) => live && r.ok && setRelated(r.value))
      .catch(() => undefined);
    return () => {
      live = false;
    };
  }, [value, repo]);
  if (!related.length) return null;
  return (
    <section class="in-library" data-testid="in-library" aria-labelledby="in-library-heading">
      <h2 id="in-library-heading">{t('libRelated')}</h2>
      <ul>
        {related.map((r) => {
          const href = openableUrl(r);
          const title = r.article.title || r.url;
          return (
            <li key={r.url} data-testid="in-library-item" data-url={r.url}>
              {href ? (
                <a href={href} target="_blank" rel="noopener noreferrer" lang={r.article.lang} dir="auto">
                  {title}
                </a>
              ) : (
                <span lang={r.article.lang} dir="auto">
                  {title}
                </span>
              )}{' '}
              <span class="in-library-site">{siteOf(r)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
