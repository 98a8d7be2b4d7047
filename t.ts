import { readFileSync } from 'node:fs';
import { SearchIndex, searchDoc } from './lib/library/search-index';
const items = JSON.parse(readFileSync('/tmp/wt21-scratch/records.json', 'utf8'));
const docs = Array.from({ length: 10000 }, (_, i) => ({ ...searchDoc(items[i % items.length].record), id: `u${i}` }));
let t0 = performance.now();
const idx = SearchIndex.of(docs);
console.log('build', (performance.now() - t0).toFixed(0), idx.languages());
const times: number[] = [];
for (const q of ['greve sncf', 'vaccin pfizer', 'sculpture botero', 'incendie foret', 'pollution delhi']) {
  for (let i = 1; i <= q.length; i++) {
    t0 = performance.now();
    const h = idx.search(q.slice(0, i));
    const t = performance.now() - t0;
    times.push(t);
    if (t > 30) console.log(JSON.stringify(q.slice(0, i)), t.toFixed(1), h.length);
  }
}
times.sort((a, b) => a - b);
console.log('median', times[times.length >> 1].toFixed(1), 'p95', times[Math.floor(times.length * 0.95)].toFixed(1));
import { parseSearchQuery } from './lib/library/search-query';
for (const q of ['greve', 'greve ', 'incendie for', 'g', 'p']) {
  const groups = parseSearchQuery(q, idx.languages(), idx.mainLanguages());
  console.log(q, groups.map(g => g.alternatives.length + ':' + g.alternatives.map(a => a.terms.join('+') + (a.fuzzy ? '~' + a.fuzzy : '') + (a.prefix ? '*' : '')).join(',')));
  for (let r = 0; r < 3; r++) { t0 = performance.now(); const h = idx.searchGroups(groups); console.log('  ', (performance.now() - t0).toFixed(1), h.length); }
}
