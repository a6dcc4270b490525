import { z } from 'zod';
import type { storedFiles } from './files.table.js';

export const ZStoredFile = z
  .object({
    id: z.uuid(),
    partnerId: z.uuid().nullable(),
    purpose: z.string(),
    fileName: z.string(),
    contentType: z.string(),
    sizeBytes: z.number().int(),
    sha256: z.string(),
    createdAt: z.iso.datetime(),
  })
  .meta({ id: 'StoredFile' });
export type StoredFileView = z.infer<typeof ZStoredFile>;

export function fileView(row: Omit<typeof storedFiles.$inferSelect, 'bytes'>): StoredFileView {
  return {
    id: row.id,
    partnerId: row.partnerId,
    purpose: row.purpose,
    fileName: row.fileName,
    contentType: row.contentType,
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
  };
}
