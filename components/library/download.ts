import { ok, type Result } from '../../lib/errors';
import { exportFileName, toJson, toMarkdown } from '../../lib/library/export';
import type { LibraryRepository, SkippedRecord } from '../../lib/library/repository';
import { markdownLabels } from '../../lib/ui/library-strings';

/** Hands `text` to the browser as a file download (no permission needed: a blob link). */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Long enough for the browser to have read it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/**
 * Exports saved digests (`urls`, or all of them) as one Markdown or JSON file download: the
 * library page's and the options page's export. Says how many went out, under which name, and
 * which records could not be read.
 */
export async function exportLibrary(
  repo: LibraryRepository,
  kind: 'md' | 'json',
  urls?: string[],
): Promise<Result<{ count: number; name: string; skipped: SkippedRecord[] }>> {
  const res = await repo.exportRecords(urls);
  if (!res.ok) return res;
  const now = Date.now();
  const name = exportFileName(kind, now);
  if (kind === 'md') downloadText(name, toMarkdown(res.value.records, now, markdownLabels()), 'text/markdown;charset=utf-8');
  else downloadText(name, toJson(res.value.records, now), 'application/json;charset=utf-8');
  return ok({ count: res.value.records.length, name, skipped: res.value.skipped });
}
