import { type ChildProcess, fork } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { type BenchTarget, REPO_ROOT, RESULTS_DIR } from './bench-db.js';

export interface LoopDelay {
  p50: number;
  p99: number;
  max: number;
}

export interface ServerChild {
  url: string;
  pid: number;
  /** Event-loop delay of the server (ms) since the previous call. */
  loopDelay(): Promise<LoopDelay | null>;
  stop(): Promise<void>;
}

export interface StartOptions {
  pool?: number | undefined;
  /** Write a V8 CPU profile of the server to bench/results/profiles when it stops. */
  cpuProfile?: boolean;
}

/** Starts bench/serve.ts in its own process and resolves once it listens. */
export async function startServer(target: BenchTarget, options: StartOptions = {}): Promise<ServerChild> {
  const execArgv = ['--import', 'tsx'];
  if (options.cpuProfile) {
    const dir = resolve(RESULTS_DIR, 'profiles');
    mkdirSync(dir, { recursive: true });
    execArgv.push('--cpu-prof', `--cpu-prof-dir=${dir}`);
  }
  const args = ['--db', target, '--port', '0', ...(options.pool ? ['--pool', String(options.pool)] : [])];
  const child = fork(resolve(REPO_ROOT, 'bench/serve.ts'), args, {
    cwd: REPO_ROOT,
    execArgv,
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const port = await new Promise<number>((resolvePort, reject) => {
    const timer = setTimeout(() => reject(new Error('the server did not start within 120 s')), 120_000);
    child.on('message', (message: { ready?: boolean; port?: number }) => {
      if (message?.ready && message.port) {
        clearTimeout(timer);
        resolvePort(message.port);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited with code ${code} before listening`));
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid!,
    loopDelay: () => askLoopDelay(child),
    stop: () => stopChild(child),
  };
}

function askLoopDelay(child: ChildProcess): Promise<LoopDelay | null> {
  return new Promise((done) => {
    const timer = setTimeout(() => {
      child.off('message', onMessage);
      done(null);
    }, 5000);
    function onMessage(message: { loopDelayMs?: LoopDelay }) {
      if (!message?.loopDelayMs) return;
      clearTimeout(timer);
      child.off('message', onMessage);
      done(message.loopDelayMs);
    }
    child.on('message', onMessage);
    child.send('loop-delay');
  });
}

function stopChild(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const timer = setTimeout(() => child.kill('SIGKILL'), 30_000);
    child.once('exit', () => {
      clearTimeout(timer);
      done();
    });
    child.send('stop');
  });
}
