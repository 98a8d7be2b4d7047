/**
 * `npm run digest -- --engine openai --base-url URL --model M`, the key from OPENAI_API_KEY:
 * the same engine as the extension's, scriptable, against the test server over real HTTP.
 */
import { describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { useChatServer, type ChatServer } from '../../testing/chat-server';
import { ARTICLES, recordedStream } from '../../testing/engines';
import { pagePath } from '../../testing/pages';

const ROOT = resolve(import.meta.dirname, '../..');
const TSX = resolve(ROOT, 'node_modules/.bin/tsx');
const PAGE = pagePath(ARTICLES.orangesum10010);

/** Async: the test server answers from this process while the CLI runs. */
function run(args: string[], env: Record<string, string> = {}): Promise<{ stdout: string; stderr: string; status: number }> {
  return new Promise((done) => {
    const { OPENAI_API_KEY: _drop, ...base } = process.env;
    execFile(TSX, ['scripts/digest.ts', ...args], { cwd: ROOT, env: { ...base, ...env }, timeout: 60_000 }, (error, stdout, stderr) =>
      done({ stdout, stderr, status: error ? ((error as { code?: number }).code ?? 1) : 0 }),
    );
  });
}

let server: ChatServer;
useChatServer((s) => (server = s));

describe('npm run digest -- --engine openai', () => {
  it('the recorded answer becomes the digest, unverified lines flagged; the key is sent from OPENAI_API_KEY', async () => {
    server.script({ kind: 'sse', body: recordedStream('orangesum-10010.gpt-4o-mini.sse') });
    const r = await run(['--json', '--engine', 'openai', '--base-url', server.baseUrl, '--model', 'gpt-4o-mini', PAGE], {
      OPENAI_API_KEY: 'sk-cli-key-0123456789',
    });
    expect(r.status, r.stderr).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(out.digest.engine).toMatch(/^openai@/);
    expect(out.digest.model).toBe('gpt-4o-mini-2024-07-18');
    expect(out.digest.heading).toBe('EN BREF');
    expect(out.digest.bullets.map((b: { verified: boolean }) => b.verified)).toEqual([true, true, false, true]);
    expect(out.digest.dropped).toBe(1);
    for (const item of [...out.digest.bullets, ...out.digest.faq]) for (const s of item.sources) expect(out.article.sentences[s]).toBeTypeOf('string');
    expect(server.chats()[0].headers.authorization).toBe('Bearer sk-cli-key-0123456789');
    expect(r.stdout + r.stderr).not.toContain('sk-cli-key');
  });

  it('text output marks the unverified lines', async () => {
    server.script({ kind: 'sse', body: recordedStream('orangesum-10010.gpt-4o-mini.sse') });
    const r = await run(['--engine', 'openai', '--base-url', server.baseUrl, '--model', 'gpt-4o-mini', PAGE]);
    expect(r.stdout).toContain('EN BREF');
    expect(r.stdout).toMatch(/30 000 kilomètres.*\(unverified\)/);
    expect(server.chats()[0].headers.authorization).toBeUndefined();
  });

  it('a failure is the same JSON error line as any failing input, and the run goes on', async () => {
    server.requireKey = 'sk-right-one-000000';
    const r = await run(['--json', '--engine', 'openai', '--base-url', server.baseUrl, '--model', 'm', PAGE, 'does-not-exist.html'], {
      OPENAI_API_KEY: 'sk-wrong-key-12345678',
    });
    const lines = r.stdout
      .trim()
      .split('\n')
      .map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatchObject({ input: PAGE, kind: 'endpoint-unauthorized', error: expect.stringMatching(/401/) });
    expect(Object.keys(lines[0]).sort()).toEqual(Object.keys(lines[1]).sort());
    expect(r.stdout).not.toContain('sk-wrong-key');
    expect(r.status).toBe(1);
  });

  it('nothing listening: endpoint-unreachable', async () => {
    const r = await run(['--json', '--engine', 'openai', '--base-url', 'http://127.0.0.1:9/v1', '--model', 'm', PAGE]);
    expect(JSON.parse(r.stdout)).toMatchObject({ kind: 'endpoint-unreachable' });
  });

  it('explains what --engine openai needs', async () => {
    const r = await run(['--engine', 'openai', PAGE]);
    expect(r.status).toBe(2);
    expect(r.stderr).toMatch(/--base-url/);
    const bad = await run(['--engine', 'chrome-ai', PAGE]);
    expect(bad.stderr).toMatch(/--engine takes embedded or openai/);
  });
});
