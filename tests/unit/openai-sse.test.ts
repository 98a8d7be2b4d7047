/**
 * Server-sent events decoded from bytes however the network cuts them (lib/engine/openai/sse.ts).
 */
import { describe, expect, it } from 'vitest';
import { chatDelta, SseDecoder, type SseEvent } from '../../lib/engine/openai/sse';
import { recordedContent, recordedStream } from '../../testing/engines';

const decodeAll = (chunks: Uint8Array[]): SseEvent[] => {
  const d = new SseDecoder();
  const out = chunks.flatMap((c) => d.pushBytes(c));
  return [...out, ...d.end()];
};

const textOf = (events: SseEvent[]) =>
  events
    .filter((e) => e.data !== '[DONE]')
    .map((e) => chatDelta(JSON.parse(e.data)).text)
    .join('');

describe('SseDecoder', () => {
  it('reads events, multi-line data, comments, event names and every line ending', () => {
    const d = new SseDecoder();
    const events = d.push(': keep-alive\n\ndata: a\ndata: b\n\nevent: ping\r\ndata: {"x":1}\r\n\r\ndata:no-space\r\rdata: last');
    expect(events).toEqual([{ data: 'a\nb' }, { event: 'ping', data: '{"x":1}' }, { data: 'no-space' }]);
    expect(d.end()).toEqual([{ data: 'last' }]);
  });

  it('a "\\r\\n" cut between its two characters is one line break', () => {
    const d = new SseDecoder();
    expect(d.push('data: one\r')).toEqual([]);
    expect(d.push('\n\r')).toEqual([{ data: 'one' }]);
    expect(d.push('\ndata: two\n\n')).toEqual([{ data: 'two' }]);
  });

  it('the recorded OpenAI stream gives the same text cut in two every 97 bytes and byte by byte, through multi-byte characters', () => {
    const body = recordedStream('orangesum-10010.gpt-4o-mini.sse');
    const bytes = new TextEncoder().encode(body);
    const whole = decodeAll([bytes]);
    const expected = recordedContent('orangesum-10010.gpt-4o-mini.sse');
    expect(textOf(whole)).toBe(expected);
    expect(expected).toContain('Côte d');
    // Cuts in two (the body has accented letters: some cuts fall inside one).
    for (let cut = 1; cut < bytes.length; cut += 97) {
      expect(textOf(decodeAll([bytes.subarray(0, cut), bytes.subarray(cut)]))).toBe(expected);
    }
    // And byte by byte.
    expect(textOf(decodeAll([...bytes].map((b) => Uint8Array.of(b))))).toBe(expected);
  });

  it('random cuts of the recorded Ollama stream, CRLF or not', () => {
    const body = recordedStream('reuters-oil.llama3.2.sse');
    const expected = recordedContent('reuters-oil.llama3.2.sse');
    let seed = 42;
    const rand = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    for (const variant of [body, body.replace(/\n/g, '\r\n')]) {
      const bytes = new TextEncoder().encode(variant);
      for (let run = 0; run < 20; run++) {
        const chunks: Uint8Array[] = [];
        for (let i = 0; i < bytes.length;) {
          const n = 1 + Math.floor(rand() * 40);
          chunks.push(bytes.subarray(i, i + n));
          i += n;
        }
        expect(textOf(decodeAll(chunks))).toBe(expected);
      }
    }
  });
});

describe('chatDelta', () => {
  it('reads a streamed chunk, a whole answer, a finish reason and an error', () => {
    expect(chatDelta({ model: 'm', choices: [{ delta: { content: 'Hi' }, finish_reason: null }] })).toEqual({ text: 'Hi', model: 'm' });
    expect(chatDelta({ choices: [{ message: { role: 'assistant', content: '{}' }, finish_reason: 'stop' }] })).toEqual({ text: '{}', finishReason: 'stop' });
    expect(chatDelta({ choices: [{ delta: {}, finish_reason: 'length' }] })).toEqual({ text: '', finishReason: 'length' });
    expect(chatDelta({ error: { message: 'overloaded' } }).error).toBe('overloaded');
    expect(chatDelta(null)).toEqual({ text: '' });
  });
});
