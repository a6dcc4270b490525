import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawnCli } from './run-cli.js';

let dataRoot: string;
beforeAll(async () => {
  dataRoot = await mkdtemp(join(tmpdir(), 'trellis-serve-'));
});
afterAll(async () => {
  await rm(dataRoot, { recursive: true, force: true });
});

function waitFor<T>(what: string, ms: number, start: (resolve: (value: T) => void) => void): Promise<T> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`timed out waiting for ${what}`)), ms);
    start((value) => {
      clearTimeout(timer);
      resolve(value);
    });
  });
}

describe('trellis serve', () => {
  it('answers /api/health on a free port and exits cleanly on SIGTERM', async () => {
    // The database URL is cleared so the server always uses PGlite in the temp dir.
    const child = spawnCli(['serve', '--port', '0'], {
      TRELLIS_DATA_DIR: join(dataRoot, 'data'),
      DATABASE_URL: '',
    });
    let stdout = '';
    let stderr = '';
    child.stderr?.on('data', (chunk) => (stderr += chunk));
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    try {
      const url = await waitFor<string>('the server to listen', 60_000, (resolve) => {
        child.stdout?.on('data', (chunk) => {
          stdout += chunk;
          const match = /listening on (http:\/\/\S+)/.exec(stdout);
          if (match) resolve(match[1]!);
        });
      });
      const health = await fetch(`${url}/api/health`);
      expect(health.status).toBe(200);
      expect(await health.json()).toEqual({ status: 'ok' });

      child.kill('SIGTERM');
      const code = await waitFor<number | null>(
        'the server to exit',
        15_000,
        (resolve) => void exited.then(resolve),
      );
      expect(code, stderr).toBe(0);
      expect(stderr).toContain('shutting down');
    } finally {
      if (child.exitCode === null) child.kill('SIGKILL');
    }
  }, 90_000);
});
