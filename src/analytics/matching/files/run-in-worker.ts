import { existsSync } from 'node:fs';
import { Worker } from 'node:worker_threads';
import { AppError, type ErrorCode } from '../../../platform/errors.js';

/** What a worker of this folder posts: progress, its result, or the error it stopped on. */
export type WorkerMessage<T> =
  | { type: 'progress'; done: number; total: number }
  | { type: 'done'; result: T }
  | { type: 'error'; code: ErrorCode | null; message: string };

/**
 * Runs a worker module of this folder with `data`: the compiled .js next to this file, or, when running
 * from source (tsx, Vitest), the .ts through tsx's loader. Resolves with the worker's result; an AppError
 * thrown in the worker is thrown again here as one.
 */
export function runInWorker<T>(
  name: string,
  data: unknown,
  onProgress?: (done: number, total: number) => void,
): Promise<T> {
  const compiled = new URL(`./${name}.js`, import.meta.url);
  // A larger young generation: a partition's records live just long enough to be promoted otherwise.
  const options = { workerData: data, resourceLimits: { maxYoungGenerationSizeMb: 192 } };
  let worker: Worker;
  if (existsSync(compiled)) worker = new Worker(compiled, options);
  else {
    const source = new URL(`./${name}.ts`, import.meta.url).href;
    const code = `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(source)}); })`;
    worker = new Worker(code, { ...options, eval: true });
  }
  return new Promise<T>((resolve, reject) => {
    let settled = false;
    worker.on('message', (message: WorkerMessage<T>) => {
      if (message.type === 'progress') onProgress?.(message.done, message.total);
      else if (message.type === 'done') {
        settled = true;
        resolve(message.result);
      } else {
        settled = true;
        reject(message.code ? new AppError(message.code, message.message) : new Error(message.message));
      }
    });
    worker.on('error', (error) => {
      settled = true;
      reject(error);
    });
    worker.on('exit', (code) => {
      if (!settled) reject(new Error(`the ${name} worker stopped (exit code ${code}) without a result`));
    });
  });
}

/** The worker side: posts the result of `work`, or the error it threw. */
export async function answerFromWorker<T>(
  post: (message: WorkerMessage<T>, transfer?: ArrayBuffer[]) => void,
  work: () => Promise<{ result: T; transfer?: ArrayBuffer[] }>,
): Promise<void> {
  try {
    const { result, transfer } = await work();
    post({ type: 'done', result }, transfer);
  } catch (error) {
    const code = error instanceof AppError ? error.code : null;
    post({ type: 'error', code, message: error instanceof Error ? error.message : String(error) });
  }
}
