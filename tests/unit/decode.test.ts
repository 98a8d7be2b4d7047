import { describe, expect, it } from 'vitest';
import { decodeHtml } from '../../lib/extract/decode';

const enc = (s: string) => new TextEncoder().encode(s);

describe('decodeHtml', () => {
  it('reads UTF-8 without a declaration', () => {
    expect(decodeHtml(enc('<p>Élysée, été, œuvre</p>'))).toBe('<p>Élysée, été, œuvre</p>');
  });
  it('trusts valid UTF-8 bytes over an old declaration', () => {
    expect(decodeHtml(enc('<meta charset="windows-1252"><p>Élysée</p>'))).toContain('Élysée');
  });
  it('honours a declared single-byte charset when the bytes are not UTF-8', () => {
    const bytes = Uint8Array.from([...enc('<meta charset="windows-1251"><p>'), 0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, ...enc('</p>')]);
    expect(decodeHtml(bytes)).toContain('Привет');
  });
  it('strips a BOM', () => {
    expect(decodeHtml(Uint8Array.from([0xef, 0xbb, 0xbf, ...enc('<p>a</p>')]))).toBe('<p>a</p>');
  });
});
