import { closeSync, existsSync, openSync, readSync, writeSync } from 'node:fs';

/** Writes `head` and then each existing part, in order, to `path`. */
export function concatFiles(path: string, head: string, parts: readonly string[]): void {
  const out = openSync(path, 'w');
  try {
    writeSync(out, head);
    const buffer = Buffer.allocUnsafe(1024 * 1024);
    for (const part of parts) {
      if (!existsSync(part)) continue;
      const fd = openSync(part, 'r');
      try {
        for (let read = readSync(fd, buffer); read > 0; read = readSync(fd, buffer)) {
          for (let at = 0; at < read; ) at += writeSync(out, buffer, at, read - at);
        }
      } finally {
        closeSync(fd);
      }
    }
  } finally {
    closeSync(out);
  }
}
