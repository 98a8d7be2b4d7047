/**
 * Server-sent events as the chat-completions protocol streams them, decoded from bytes as
 * they arrive: a chunk may end anywhere (inside a line, between "\r" and "\n", inside a
 * multi-byte character), and nothing is lost or invented at the seams.
 */

export interface SseEvent {
  event?: string;
  data: string;
}

export class SseDecoder {
  private readonly utf8 = new TextDecoder('utf-8');
  private buffer = '';
  private data: string[] = [];
  private event: string | undefined;
  /** The last chunk ended on "\r": a "\n" opening the next one belongs to that line break. */
  private pendingCr = false;

  /** Bytes from the network. */
  pushBytes(bytes: Uint8Array): SseEvent[] {
    return this.push(this.utf8.decode(bytes, { stream: true }));
  }

  push(text: string): SseEvent[] {
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    this.buffer += text;
    const out: SseEvent[] = [];
    for (;;) {
      const m = /\r\n|\r|\n/.exec(this.buffer);
      if (!m) break;
      // A lone "\r" at the very end may be the first half of "\r\n".
      if (m[0] === '\r' && m.index === this.buffer.length - 1) {
        this.pendingCr = true;
        this.line(this.buffer.slice(0, m.index), out);
        this.buffer = '';
        break;
      }
      this.line(this.buffer.slice(0, m.index), out);
      this.buffer = this.buffer.slice(m.index + m[0].length);
    }
    return out;
  }

  /** The stream ended: an event without its final blank line still counts. */
  end(): SseEvent[] {
    const out = this.push(this.utf8.decode());
    if (this.buffer) this.line(this.buffer, out);
    this.buffer = '';
    this.line('', out);
    return out;
  }

  private line(line: string, out: SseEvent[]): void {
    if (line === '') {
      if (this.data.length) out.push(this.event ? { event: this.event, data: this.data.join('\n') } : { data: this.data.join('\n') });
      this.data = [];
      this.event = undefined;
      return;
    }
    if (line.startsWith(':')) return;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    if (field === 'data') this.data.push(value);
    else if (field === 'event') this.event = value;
  }
}

/** What one chat-completions chunk (or whole answer) adds to the text, and how it ends. */
export interface ChatDelta {
  text: string;
  finishReason?: string;
  model?: string;
  /** The server reported an error inside the stream. */
  error?: string;
}

/** Reads a chunk of `stream: true` (`choices[0].delta.content`) or a whole answer (`message.content`). */
export function chatDelta(json: unknown): ChatDelta {
  const o = (json ?? {}) as Record<string, unknown>;
  if (o.error) {
    const e = o.error as Record<string, unknown> | string;
    return { text: '', error: typeof e === 'string' ? e : String(e.message ?? JSON.stringify(e)) };
  }
  const choice = (Array.isArray(o.choices) ? o.choices[0] : undefined) as Record<string, unknown> | undefined;
  const delta = (choice?.delta ?? choice?.message) as Record<string, unknown> | undefined;
  const content = delta?.content ?? choice?.text;
  const out: ChatDelta = { text: typeof content === 'string' ? content : '' };
  if (typeof choice?.finish_reason === 'string') out.finishReason = choice.finish_reason;
  if (typeof o.model === 'string') out.model = o.model;
  return out;
}
