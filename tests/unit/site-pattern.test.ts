import { describe, expect, it } from 'vitest';
import { ALL_SITES, sitePattern } from '../../lib/platform';

describe('sitePattern: the permission asked for a site', () => {
  it('is the origin, for http(s) pages only', () => {
    expect(sitePattern('https://www.example.org/a/b?c#d')).toBe('https://www.example.org/*');
    expect(sitePattern('http://localhost:11434/v1')).toBe('http://localhost:11434/*');
    expect(sitePattern(ALL_SITES)).toBe(ALL_SITES);
    for (const url of ['file:///tmp/a.html', 'about:blank', 'not a url', undefined]) expect(sitePattern(url)).toBeUndefined();
  });

  it('in Firefox, whose patterns cannot name a port, the host on any port', () => {
    expect(sitePattern('http://localhost:11434/v1', { withPort: false })).toBe('http://localhost/*');
    expect(sitePattern('https://www.example.org/a', { withPort: false })).toBe('https://www.example.org/*');
  });
});
