import { parentPort, workerData } from 'node:worker_threads';
import { type ExactJoinResult, type ExactJoinTask, joinExactPartitions } from './join-exact-partitions.js';
import { answerFromWorker, type WorkerMessage } from './run-in-worker.js';

// Joins some partitions in a thread of its own (see map-account-files.ts).
const port = parentPort!;
const task = workerData as ExactJoinTask;
const post = (message: WorkerMessage<ExactJoinResult>) => port.postMessage(message);
let done = 0;
await answerFromWorker(post, async () => ({
  result: joinExactPartitions(task, () => post({ type: 'progress', done: ++done, total: 0 })),
}));
