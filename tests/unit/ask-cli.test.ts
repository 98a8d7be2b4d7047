/**
 * npm run ask (scripts/ask.ts): one page and --question, or many questions as JSON lines. The
 * article is an XQuAD passage (Super_Bowl_50, CC BY-SA 4.0, Artetxe et al. 2020).
 */
import { describe, expect, it } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { resolve } from 'node:path';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const run = (args: string[], input?: string) => spawnSync(TSX, ['scripts/ask.ts', ...args], { cwd: ROOT, encoding: 'utf8', input, timeout: 60_000 });

const TITLE = 'Super Bowl 50';
const TEXT = [
  "Peyton Manning became the first quarterback ever to lead two different teams to multiple Super Bowls. He is also the oldest quarterback ever to play in a Super Bowl at age 39. The past record was held by John Elway, who led the Broncos to victory in Super Bowl XXXIII at age 38 and is currently Denver's Executive Vice President of Football Operations and General Manager.",
  'Six-time Grammy winner and Academy Award nominee Lady Gaga performed the national anthem, while Academy Award winner Marlee Matlin provided American Sign Language (ASL) translation.',
].join('\n\n');

describe('npm run ask', () => {
  it('answers from a text file, with the sentences the answer comes from (--json)', () => {
    const dir = mkdtempSync(resolve(tmpdir(), 'enbref-ask-'));
    const file = resolve(dir, 'page.txt');
    writeFileSync(file, `${TITLE}\n\n${TEXT}`);
    const r = run([file, '--question', 'How old was John Elway when he won Super Bowl XXXIII?', '--json']);
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.type).toBe('how-much');
    expect(out.answered).toBe(true);
    expect(out.answers[0].sources).toEqual([2]);
    expect(out.answers[0].sentences[0]).toContain('John Elway');
    const refused = JSON.parse(run([file, '-q', 'Who won the 2014 Tour de France?', '--json']).stdout);
    expect(refused.answered).toBe(false);
    expect(refused.answers).toEqual([]);
    const text = run([file, '-q', 'Who sang the national anthem?']).stdout;
    expect(text).toContain('Lady Gaga');
    expect(text).toMatch(/•/);
  });

  it('reads JSON lines and writes one result a line, errors included, and the closest passages when it refuses', () => {
    const lines = [
      { id: 'a', title: TITLE, text: TEXT, lang: 'en', question: 'Who performed the national anthem?' },
      { id: 'b', title: TITLE, text: TEXT, question: 'How many Super Bowls did the Broncos lose in Denver?' },
      { id: 'c', text: TEXT },
    ];
    const r = run(['--jsonl', '-'], lines.map((l) => JSON.stringify(l)).join('\n') + '\nnot json\n');
    const out = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(out).toHaveLength(4);
    expect(out[0]).toMatchObject({ id: 'a', answered: true });
    expect(out[0].answers[0].sources).toEqual([3]);
    expect(out[0].answers[0].sentences).toEqual([TEXT.split('\n\n')[1]]);
    expect(out[1].id).toBe('b');
    if (!out[1].answered) expect(out[1].answers.length).toBeGreaterThan(0);
    expect(out[2]).toMatchObject({ id: 'c', kind: 'unexpected' });
    expect(out[3].kind).toBe('unexpected');
    expect(r.status).toBe(0);
  });

  it('explains its usage', () => {
    const r = run([]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('--question');
  });
});
