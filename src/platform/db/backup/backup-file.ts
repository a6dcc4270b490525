import { once } from 'node:events';
import { createReadStream, createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { createInterface } from 'node:readline';
import { createGunzip, createGzip } from 'node:zlib';
import type { Database } from '../client.js';
import type { BackupHeader } from './backup-format.js';
import { type RestoreBackupOptions, restoreBackup } from './restore-backup.js';
import { writeBackup } from './write-backup.js';

/**
 * Writes a gzip-compressed backup to `path`. It is written beside the target first and renamed at the
 * end, so an interrupted backup never leaves a file that looks complete.
 */
export async function backupToFile(
  database: Database,
  path: string,
  onProgress?: (done: number, total: number) => void,
): Promise<BackupHeader> {
  const partial = `${path}.partial`;
  const gzip = createGzip();
  const file = createWriteStream(partial);
  gzip.pipe(file);
  try {
    const header = await writeBackup(database, {
      async writeLine(line) {
        if (!gzip.write(`${line}\n`)) await once(gzip, 'drain');
      },
      onProgress,
    });
    gzip.end();
    await once(file, 'close');
    await rename(partial, path);
    return header;
  } catch (error) {
    gzip.destroy();
    file.destroy();
    await rm(partial, { force: true });
    throw error;
  }
}

/** The lines of a backup file (gzip-compressed, or plain JSON lines). */
export async function* backupFileLines(path: string): AsyncGenerator<string> {
  const head = createReadStream(path, { start: 0, end: 1 });
  const magic: Buffer[] = [];
  for await (const chunk of head) magic.push(chunk as Buffer);
  const bytes = Buffer.concat(magic);
  const gzipped = bytes[0] === 0x1f && bytes[1] === 0x8b;
  const source = createReadStream(path);
  const stream = gzipped ? source.pipe(createGunzip()) : source;
  const lines = createInterface({ input: stream, crlfDelay: Number.POSITIVE_INFINITY });
  try {
    for await (const line of lines) yield line;
  } finally {
    lines.close();
    source.destroy();
  }
}

export function restoreFromFile(
  database: Database,
  path: string,
  options: RestoreBackupOptions = {},
): Promise<BackupHeader> {
  return restoreBackup(database, backupFileLines(path), options);
}
