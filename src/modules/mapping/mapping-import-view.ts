import type { MappingImport } from './mapping.schemas.js';
import type { mappingImports } from './mapping.table.js';

export function toImportView(row: typeof mappingImports.$inferSelect): MappingImport {
  return {
    id: row.id,
    side: row.side as MappingImport['side'],
    partnerId: row.partnerId,
    fileName: row.fileName,
    mode: row.mode as MappingImport['mode'],
    status: 'applied',
    rowsRead: row.rowsRead,
    rowsAccepted: row.rowsAccepted,
    rowsRejected: row.rowsRejected,
    created: row.created,
    updated: row.updated,
    removed: row.removed,
    columns: row.columns as Record<string, string>,
    rejections: row.rejections as MappingImport['rejections'],
    notices: row.notices as MappingImport['notices'],
    createdAt: row.createdAt.toISOString(),
  };
}
