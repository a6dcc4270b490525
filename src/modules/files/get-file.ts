import { and, eq, getTableColumns, isNull, or } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { partnerScope } from '../../platform/policy.js';
import { fileView, type StoredFileView } from './file-view.js';
import { storedFiles } from './files.table.js';

const { bytes: _bytes, ...metadataColumns } = getTableColumns(storedFiles);

/**
 * Files a partner user may read: its own partner's, and the vendor's template images (shown in the
 * templates it co-brands). Other partners' files are not found.
 */
function visibleTo(ctx: Ctx) {
  const scope = partnerScope(ctx.actor);
  if (!scope) return undefined;
  return or(
    eq(storedFiles.partnerId, scope),
    and(isNull(storedFiles.partnerId), eq(storedFiles.purpose, 'template_image')),
  );
}

export async function getFile(ctx: Ctx, id: string): Promise<StoredFileView> {
  const [row] = await ctx.db
    .select(metadataColumns)
    .from(storedFiles)
    .where(and(eq(storedFiles.id, id), visibleTo(ctx)));
  if (!row) throw new AppError('not_found', 'No such file');
  return fileView(row);
}

export async function getFileContent(ctx: Ctx, id: string): Promise<{ file: StoredFileView; bytes: Buffer }> {
  const [row] = await ctx.db
    .select()
    .from(storedFiles)
    .where(and(eq(storedFiles.id, id), visibleTo(ctx)));
  if (!row) throw new AppError('not_found', 'No such file');
  return { file: fileView(row), bytes: row.bytes };
}
