/**
 * Lines out of a model's JSON while it is still being written: the reader sees each bullet
 * and answer as soon as its object closes, not when the whole answer has arrived. The
 * scanner follows strings, escapes and nesting, so braces inside text never confuse it; each
 * complete element of the top-level "bullets", "faq", "table" and "answers" arrays is parsed on
 * its own.
 *
 * Models wrap JSON in other text more often than they should: a ```json fence, a sentence
 * before it, a <think>…</think> block (reasoning models). Everything before the first "{"
 * outside such a block is skipped.
 */

export type ItemList = 'bullets' | 'faq' | 'answers' | 'table';

export interface RawItem {
  list: ItemList;
  /** The element as parsed; its fields are checked later (lib/engine/model/assemble.ts). */
  value: unknown;
}

const LISTS = new Set<string>(['bullets', 'faq', 'answers', 'table']);

export class JsonItemStream {
  private text = '';
  private pos = 0;
  /** Skipping a <think> block, or text before the object. */
  private started = false;
  private done = false;
  private depth = 0;
  private inString = false;
  private escaped = false;
  private stringStart = -1;
  /** Top-level object: the next string is a key (after "{" or ","), not a value. */
  private expectKey = false;
  private key: string | undefined;
  /** Depth-1 array being read, when it is one of LISTS. */
  private list: ItemList | undefined;
  private itemStart = -1;
  /** Elements of a list that were not objects or did not parse: counted, not shown. */
  invalid = 0;
  /** True once the top-level object has closed. */
  get complete(): boolean {
    return this.done;
  }
  /** Everything received so far. */
  get received(): string {
    return this.text;
  }

  push(chunk: string): RawItem[] {
    this.text += chunk;
    const out: RawItem[] = [];
    const t = this.text;
    while (this.pos < t.length && !this.done) {
      if (!this.started) {
        const rest = t.slice(this.pos);
        const think = /^\s*<think>/i.exec(rest);
        if (think) {
          const end = rest.search(/<\/think>/i);
          if (end < 0) return out; // wait for the end of the block
          this.pos += end + '</think>'.length;
          continue;
        }
        // "<thi" may be the start of a block whose rest has not arrived yet.
        if (/^\s*<[thinkTHINK]{0,5}$/.test(rest)) return out;
        const brace = t.indexOf('{', this.pos);
        if (brace < 0) {
          this.pos = t.length;
          return out;
        }
        this.pos = brace;
        this.started = true;
      }
      const c = t[this.pos];
      if (this.inString) {
        if (this.escaped) this.escaped = false;
        else if (c === '\\') this.escaped = true;
        else if (c === '"') {
          this.inString = false;
          if (this.depth === 1 && this.expectKey) {
            try {
              this.key = JSON.parse(t.slice(this.stringStart, this.pos + 1)) as string;
            } catch {
              this.key = undefined;
            }
          }
        }
        this.pos++;
        continue;
      }
      switch (c) {
        case '"':
          this.inString = true;
          this.stringStart = this.pos;
          // A bare string in a list ("bullets": ["text", …]) cites nothing: not an item.
          if (this.depth === 2 && this.list) this.invalid++;
          break;
        case '{':
        case '[':
          this.depth++;
          if (this.depth === 1) this.expectKey = true;
          if (c === '[' && this.depth === 2) this.list = this.key && LISTS.has(this.key) ? (this.key as ItemList) : undefined;
          if (this.depth === 3 && this.list) this.itemStart = this.pos;
          break;
        case '}':
        case ']':
          if (this.depth === 3 && this.list && this.itemStart >= 0) {
            const slice = t.slice(this.itemStart, this.pos + 1);
            this.itemStart = -1;
            try {
              const value: unknown = JSON.parse(slice);
              if (value && typeof value === 'object' && !Array.isArray(value)) out.push({ list: this.list, value });
              else this.invalid++;
            } catch {
              this.invalid++;
            }
          }
          this.depth--;
          if (this.depth === 1) this.list = undefined;
          if (this.depth === 0) this.done = true;
          break;
        case ',':
          if (this.depth === 1) this.expectKey = true;
          break;
        case ':':
          if (this.depth === 1) this.expectKey = false;
          break;
      }
      this.pos++;
    }
    return out;
  }
}

/** All items of a complete answer (the non-streaming path, and tests). */
export function parseItems(text: string): { items: RawItem[]; complete: boolean; invalid: number } {
  const s = new JsonItemStream();
  const items = s.push(text);
  return { items, complete: s.complete, invalid: s.invalid };
}
