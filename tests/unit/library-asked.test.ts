/**
 * The reader's questions in the library (record.asked): a saved digest keeps them, saving
 * again or importing never loses one, records saved before there were any read back as they
 * were, JSON export and import restore them, the Markdown export lists them (page text
 * escaped), the search finds their words; and the session list of questions per page.
 */
import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { parseJsonExport, toJson, toMarkdown } from '../../lib/library/export';
import { recordFromTabDigest, validateRecord, type SavedDigest } from '../../lib/library/record';
import type { LibraryRepository } from '../../lib/library/repository';
import { ASKED_PAGES, ASKED_PER_PAGE, withAsked } from '../../lib/asked';
import type { AskedQuestion } from '../../lib/types';
import { freshLibrary, makeRecord } from '../../testing/library';

const opened: LibraryRepository[] = [];
function lib() {
  const l = freshLibrary();
  opened.push(l);
  return l;
}
afterEach(() => {
  for (const l of opened.splice(0)) l.close();
});

async function value<T>(p: Promise<{ ok: true; value: T } | { ok: false; error: { kind: string; detail?: string } }>): Promise<T> {
  const r = await p;
  if (!r.ok) throw new Error(`${r.error.kind}: ${r.error.detail}`);
  return r.value;
}

const answered = (at: number, question = 'Combien de kilomètres de pistes ?'): AskedQuestion => ({
  question,
  answered: true,
  answers: [{ text: 'dix kilomètres de pistes cyclables', sources: [0], cut: true }],
  engine: 'embedded',
  at,
});
const refused = (at: number): AskedQuestion => ({
  question: 'Qui a gagné le **match** [ici](javascript:x) ?',
  answered: false,
  answers: [],
  closest: { text: 'Le chantier a coûté # 4,2 millions.', sources: [2] },
  engine: 'openai',
  model: 'llama3.2',
  note: { fallbackFrom: 'openai', reason: 'endpoint-unreachable', detail: 'fetch failed' },
  at,
});

/** A record as the popup saves it, with the questions asked so far. */
const saved = (r: SavedDigest, asked: AskedQuestion[], now = r.savedAt) =>
  recordFromTabDigest({ article: r.article, digest: r.digest, sentences: r.sentences }, now, now, asked);

describe('a record keeps the questions asked of it', () => {
  it('records saved before there were questions read back as they were, with no "asked" member', () => {
    const old = makeRecord(1);
    const checked = validateRecord(JSON.parse(JSON.stringify(old)));
    expect(checked.ok && checked.value).toStrictEqual(old);
    expect(checked.ok && 'asked' in checked.value).toBe(false);
    expect(saved(old, []).asked).toBeUndefined();
  });

  it('questions are checked like the rest of a record: a damaged one makes the record unreadable, with the reason', () => {
    const r = saved(makeRecord(2), [answered(1), refused(2)]);
    expect(validateRecord(JSON.parse(JSON.stringify(r)))).toEqual({ ok: true, value: r });
    const broken = (q: object) => validateRecord({ ...r, asked: [q] });
    expect(broken({ ...answered(1), answers: [] })).toEqual({ ok: false, reason: 'asked[0].answers is empty for an answered question' });
    expect(broken({ ...answered(1), engine: 'gpt' })).toMatchObject({ ok: false, reason: expect.stringContaining('asked[0].engine') });
    expect(broken({ ...answered(1), answers: [{ text: 'x', sources: [] }] })).toMatchObject({ ok: false, reason: 'asked[0].answers[0].sources is empty' });
    expect(broken({ ...refused(1), note: { fallbackFrom: 'openai', reason: 'nope' } })).toMatchObject({ ok: false });
    // Unknown members are dropped, answers of a refused question too.
    const clean = validateRecord({ ...r, asked: [{ ...refused(3), answers: [answered(1).answers[0]], html: '<b>' }] });
    expect(clean.ok && clean.value.asked).toEqual([refused(3)]);
  });

  it('saving again keeps the earlier questions of the same content, adds the new ones, forgets those of other content', async () => {
    const l = lib();
    const base = makeRecord(3);
    await value(l.save(saved(base, [answered(10)])));
    await value(l.save(saved(base, [], base.savedAt + 1000)));
    expect((await value(l.get(base.url)))?.asked).toEqual([answered(10)]);
    await value(l.save(saved(base, [answered(10), refused(20)], base.savedAt + 2000)));
    expect((await value(l.get(base.url)))?.asked).toEqual([answered(10), refused(20)]);
    const changed = { ...base, digest: { ...base.digest, contentHash: 'ffffffffffffffff' } };
    await value(l.save(saved(changed, [], base.savedAt + 3000)));
    expect((await value(l.get(base.url)))?.asked).toBeUndefined();
    // Their words are searchable.
    await value(l.save(saved(base, [answered(30, 'Quelle navette gratuite ?')], base.savedAt + 4000)));
    expect((await value(l.search('navette'))).records.map((x) => x.url)).toEqual([base.url]);
  });

  it('JSON export -> wipe -> import restores them; importing a copy merges the questions of both', async () => {
    const l = lib();
    const r = saved(makeRecord(4), [answered(1), refused(2)]);
    await value(l.save(r));
    const file = toJson((await value(l.exportRecords())).records);
    await value(l.wipe());
    const parsed = parseJsonExport(file);
    if (!parsed.ok) throw new Error(parsed.error.detail);
    await value(l.importRecords(parsed.value.records));
    expect((await value(l.get(r.url)))?.asked).toEqual([answered(1), refused(2)]);
    await value(l.importRecords([{ ...r, asked: [answered(3, 'Où mène la piste ?')] }]));
    expect((await value(l.get(r.url)))?.asked?.map((q) => q.at)).toEqual([1, 2, 3]);
  });

  it('the Markdown export lists them under the digest, page text escaped, the refusal and its closest passage said', () => {
    const md = toMarkdown([saved(makeRecord(5), [answered(1), refused(2)])], Date.UTC(2026, 4, 1));
    const part = md.slice(md.indexOf('### Questions asked'));
    expect(part).toContain('**Combien de kilomètres de pistes ?**');
    expect(part).toContain('- dix kilomètres de pistes cyclables');
    expect(part).toContain('*The article does not say.*');
    expect(part).toContain('Closest passage: Le chantier a coûté \\# 4,2 millions.');
    expect(part).not.toContain('](javascript');
    expect(part).not.toContain('**match**');
  });
});

describe('the questions of each page for the session', () => {
  it('newest page first, questions in the order asked, within the limits', () => {
    let entries = withAsked([], 'aaaa', answered(1), 1);
    entries = withAsked(entries, 'bbbb', answered(2), 2);
    entries = withAsked(entries, 'aaaa', refused(3), 3);
    expect(entries.map((e) => [e.contentHash, e.questions.map((q) => q.at)])).toEqual([
      ['aaaa', [1, 3]],
      ['bbbb', [2]],
    ]);
    for (let i = 0; i < ASKED_PER_PAGE + 5; i++) entries = withAsked(entries, 'aaaa', answered(100 + i), 100 + i);
    expect(entries[0].questions).toHaveLength(ASKED_PER_PAGE);
    expect(entries[0].questions.at(-1)?.at).toBe(100 + ASKED_PER_PAGE + 4);
    for (let i = 0; i < ASKED_PAGES + 3; i++) entries = withAsked(entries, `p${i}`, answered(i), i);
    expect(entries).toHaveLength(ASKED_PAGES);
  });
});
