import { parentPort, workerData } from 'node:worker_threads';
import { answerFromWorker, type WorkerMessage } from './run-in-worker.js';
import { type SpillResult, type SpillTask, spillAccountFile } from './spill-account-file.js';

// Reads one account file into partition files in a thread of its own (see map-account-files.ts).
const port = parentPort!;
const post = (message: WorkerMessage<SpillResult>, transfer?: ArrayBuffer[]) =>
  port.postMessage(message, transfer);
await answerFromWorker(post, async () => {
  const result = await spillAccountFile(workerData as SpillTask, (done, total) =>
    post({ type: 'progress', done, total }),
  );
  const named = result.named.slice();
  return { result: { ...result, named }, transfer: [named.buffer] };
});
