/**
 * Items out of a model's JSON as it streams (lib/engine/model/json-items.ts): each bullet and
 * answer as soon as its object closes, whatever the cuts, fences or reasoning around it.
 */
import { describe, expect, it } from 'vitest';
import { JsonItemStream, parseItems, type RawItem } from '../../lib/engine/model/json-items';
import { recordedContent } from '../../testing/engines';

function streamAll(text: string, cuts: number[]): RawItem[][] {
  const s = new JsonItemStream();
  const out: RawItem[][] = [];
  let at = 0;
  for (const c of [...cuts, text.length]) {
    out.push(s.push(text.slice(at, c)));
    at = c;
  }
  return out;
}

describe('JsonItemStream', () => {
  const text =
    '{"bullets":[{"text":"A {brace} and \\"quote\\" ]","sources":[1]},{"text":"B","sources":[2,3]}],"faq":[{"question":"Q?","answer":"A","sources":[4]}]}';

  it('gives each item once its object closes, not before', () => {
    const s = new JsonItemStream();
    const firstEnd = text.indexOf('}') + 1 + text.slice(text.indexOf('}') + 1).indexOf('}') + 1;
    expect(s.push(text.slice(0, firstEnd - 1))).toEqual([]);
    expect(s.push(text.slice(firstEnd - 1, firstEnd))).toEqual([{ list: 'bullets', value: { text: 'A {brace} and "quote" ]', sources: [1] } }]);
    const rest = s.push(text.slice(firstEnd));
    expect(rest.map((r) => r.list)).toEqual(['bullets', 'faq']);
    expect(s.complete).toBe(true);
  });

  it('the same items whatever the cuts, one character at a time included', () => {
    const all = parseItems(text).items;
    expect(all).toHaveLength(3);
    for (let cut = 1; cut < text.length; cut++) expect(streamAll(text, [cut]).flat()).toEqual(all);
    expect(
      streamAll(
        text,
        [...text].map((_, i) => i + 1),
      ).flat(),
    ).toEqual(all);
  });

  it('skips a ```json fence, a sentence before the object and a <think> block holding braces', () => {
    const wrapped = 'Sure! Here is the digest:\n```json\n' + text + '\n```';
    expect(parseItems(wrapped).items).toHaveLength(3);
    const thinking = '<think>\nThe user wants {"bullets": ...}; sentence [3] says {x}.\n</think>\n\n' + text;
    for (let cut = 1; cut < 30; cut++) expect(streamAll(thinking, [cut, cut + 40]).flat()).toHaveLength(3);
  });

  it('ignores other keys, nested lists and strings in lists (counted as invalid)', () => {
    const r = parseItems('{"title":"x","notes":[{"text":"no"}],"bullets":["bare string",{"text":"ok","sources":[1],"extra":{"a":[1,{"b":2}]}}],"faq":[]}');
    expect(r.items).toEqual([{ list: 'bullets', value: { text: 'ok', sources: [1], extra: { a: [1, { b: 2 }] } } }]);
    expect(r.invalid).toBe(1);
    expect(r.complete).toBe(true);
  });

  it('a cut-off answer gives the complete items and says it is incomplete', () => {
    const r = parseItems(text.slice(0, text.indexOf('"faq"') + 12));
    expect(r.items).toHaveLength(2);
    expect(r.complete).toBe(false);
  });

  it('the recorded answers: 4 bullets and 4 questions each', () => {
    for (const file of ['orangesum-10010.gpt-4o-mini.sse', 'reuters-oil.llama3.2.sse']) {
      const items = parseItems(recordedContent(file)).items;
      expect(
        items.filter((i) => i.list === 'bullets'),
        file,
      ).toHaveLength(4);
      expect(
        items.filter((i) => i.list === 'faq'),
        file,
      ).toHaveLength(4);
    }
  });
});
