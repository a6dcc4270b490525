import type { swotDrafts } from './program.table.js';
import type { SavedSwot } from './swot.schemas.js';

export function toSavedSwot(row: typeof swotDrafts.$inferSelect): SavedSwot {
  return {
    id: row.id,
    asOf: row.asOf.toISOString(),
    content: row.content as SavedSwot['content'],
    basis: row.basis as SavedSwot['basis'],
    createdBy: row.createdBy,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}
