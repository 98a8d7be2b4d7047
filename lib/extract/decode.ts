/**
 * Bytes of an HTML page -> text. A BOM wins, then a charset declared in the first bytes,
 * then UTF-8 (pages saved without a charset are UTF-8 in our data, not windows-1252).
 */
export function decodeHtml(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 4096));
  const m = /<meta[^>]+charset\s*=\s*["']?\s*([\w:.-]+)/i.exec(head);
  let label = m?.[1]?.toLowerCase();
  // A page saved as UTF-8 keeps its old declaration; trust the bytes when they are valid UTF-8.
  if (label && label !== 'utf-8' && label !== 'utf8') {
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      /* not UTF-8: use the declared charset */
    }
    try {
      return new TextDecoder(label).decode(bytes);
    } catch {
      label = undefined;
    }
  }
  return new TextDecoder('utf-8').decode(bytes);
}
