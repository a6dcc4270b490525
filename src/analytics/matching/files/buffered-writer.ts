import { closeSync, openSync, writeSync } from 'node:fs';

export interface BufferedWriter {
  write(text: string): void;
  close(): void;
}

/**
 * Appends text to a file through a buffer flushed with synchronous writes: the pipeline is CPU-bound and
 * writes to hundreds of partition files, where a stream per file would cost far more than the bytes.
 */
export function openBufferedWriter(path: string, flushChars = 65_536): BufferedWriter {
  const fd = openSync(path, 'w');
  let pending = '';
  let closed = false;
  const flush = () => {
    if (!pending) return;
    const bytes = Buffer.from(pending);
    pending = '';
    for (let at = 0; at < bytes.length; ) at += writeSync(fd, bytes, at);
  };
  return {
    write(text) {
      pending += text;
      if (pending.length >= flushChars) flush();
    },
    close() {
      if (closed) return;
      closed = true;
      try {
        flush();
      } finally {
        closeSync(fd);
      }
    },
  };
}
