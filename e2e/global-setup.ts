import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { DEMO_PASSWORD, DEMO_TEAM, teamEmail } from '../src/demo/demo-team.js';
import { CHROMIUM_PATH } from './support/browser.js';

declare module 'vitest' {
  export interface ProvidedContext {
    trellis: { baseUrl: string; adminEmail: string; adminPassword: string };
  }
}

const START_TIMEOUT_MS = 300_000;
const STOP_TIMEOUT_MS = 15_000;

/** A port nothing listens on right now, from the operating system. */
async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

function buildWebAppIfMissing(): void {
  if (existsSync('dist/web/index.html')) return;
  console.log('[e2e] dist/web is missing: building the web app');
  const result = spawnSync('npx', ['vite', 'build'], { stdio: 'inherit' });
  if (result.status !== 0) throw new Error('vite build failed; the end-to-end tests need the built web app');
}

async function waitForHealth(baseUrl: string, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + START_TIMEOUT_MS;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) {
      throw new Error(`The Trellis server exited with code ${child.exitCode} before answering:\n${output()}`);
    }
    try {
      const response = await fetch(`${baseUrl}/api/health`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 500));
  }
  throw new Error(
    `The Trellis server did not answer /api/health within ${START_TIMEOUT_MS / 1000} s:\n${output()}`,
  );
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  child.kill('SIGTERM');
  const timer = setTimeout(() => child.kill('SIGKILL'), STOP_TIMEOUT_MS);
  await exited;
  clearTimeout(timer);
}

/**
 * Starts the real server the way a person would (`trellis demo`), on a free port and a fresh data
 * directory, waits until it answers, and stops it after the run.
 */
/** Says plainly what to install, rather than failing later inside Playwright. */
function assertChromiumInstalled(): void {
  if (existsSync(CHROMIUM_PATH)) return;
  throw new Error(
    `Chromium was not found at ${CHROMIUM_PATH}. Install Debian's package (apt-get install chromium) ` +
      'or set CHROMIUM_PATH to a Chromium or Chrome binary.',
  );
}

export default async function setup(project: TestProject) {
  assertChromiumInstalled();
  buildWebAppIfMissing();
  const port = await freePort();
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = await mkdtemp(join(tmpdir(), 'trellis-e2e-'));
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    TRELLIS_DATA_DIR: join(dataDir, 'data'),
    HOST: '127.0.0.1',
    PUBLIC_URL: baseUrl,
    LOG_LEVEL: 'warn',
  };
  delete env.DATABASE_URL;

  const child = spawn(
    process.execPath,
    ['--import', 'tsx', 'src/cli/main.ts', 'demo', '--port', String(port)],
    { env, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let log = '';
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000);
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);

  const started = Date.now();
  try {
    await waitForHealth(baseUrl, child, () => log);
  } catch (error) {
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
    throw error;
  }
  console.log(
    `[e2e] Trellis demo server on ${baseUrl} (ready in ${Math.round((Date.now() - started) / 1000)} s)`,
  );

  const admin = DEMO_TEAM.find((member) => member.role === 'admin')!;
  project.provide('trellis', { baseUrl, adminEmail: teamEmail(admin), adminPassword: DEMO_PASSWORD });

  return async () => {
    await stop(child);
    await rm(dataDir, { recursive: true, force: true });
  };
}
