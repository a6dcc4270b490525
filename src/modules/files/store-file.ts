import { createHash } from 'node:crypto';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { actorUserId, isVendorActor, partnerScope } from '../../platform/policy.js';
import { getPartner } from '../partners/get-partner.js';
import { CONTENT_TYPE_OF, FILE_PURPOSES, type FilePurpose, sniffFileKind } from './file-types.js';
import { fileView, type StoredFileView } from './file-view.js';
import { storedFiles } from './files.table.js';

export interface StoreFileInput {
  purpose: FilePurpose;
  fileName: string;
  bytes: Buffer;
  /** Whose file it is: a partner user's own partner always; vendor staff may name one (or none). */
  partnerId?: string | null;
}

/** The name as given, without control characters and path separators (it ends up in a header). */
export function safeFileName(name: string): string {
  return [...name]
    .map((ch) =>
      ch.charCodeAt(0) < 0x20 || ch.charCodeAt(0) === 0x7f || ch === '/' || ch === '\\' ? '_' : ch,
    )
    .join('')
    .slice(0, 200);
}

/** Keeps an uploaded file after checking its real type and size against what its purpose allows. */
export async function storeFile(ctx: Ctx, input: StoreFileInput): Promise<StoredFileView> {
  const limits = FILE_PURPOSES[input.purpose];
  if (limits.vendorOnly && !isVendorActor(ctx.actor)) {
    throw new AppError('forbidden', `Only vendor staff upload files for ${input.purpose}`);
  }
  if (input.bytes.length === 0) {
    throw new AppError('validation_failed', 'The file is empty', {
      errors: [{ field: 'body', message: 'Send the file bytes as the request body' }],
    });
  }
  if (input.bytes.length > limits.maxBytes) {
    throw new AppError(
      'payload_too_large',
      `Files for ${input.purpose} may be at most ${limits.maxBytes} bytes`,
    );
  }
  const kind = sniffFileKind(input.bytes);
  if (!kind || !limits.kinds.includes(kind)) {
    throw new AppError(
      'unsupported_media_type',
      `Files for ${input.purpose} must be ${limits.kinds.join(', ')}; the bytes sent are ${kind ?? 'none of these'}`,
    );
  }
  const scope = partnerScope(ctx.actor);
  // A partner user files under its own partner; naming another is answered as for one that does not exist.
  if (scope && input.partnerId && input.partnerId !== scope)
    throw new AppError('not_found', 'No such partner');
  const partnerId = scope ?? input.partnerId ?? null;
  if (partnerId && !scope) await getPartner(ctx, partnerId);
  const fileName = safeFileName(input.fileName) || `upload.${kind}`;
  const row = {
    id: ctx.ids(),
    partnerId,
    purpose: input.purpose,
    fileName,
    contentType: CONTENT_TYPE_OF[kind],
    sizeBytes: input.bytes.length,
    sha256: createHash('sha256').update(input.bytes).digest('hex'),
    bytes: input.bytes,
    uploadedBy: actorUserId(ctx.actor),
    createdAt: ctx.clock.now(),
  };
  await ctx.db.insert(storedFiles).values(row);
  const view = fileView(row);
  await recordAudit(ctx, {
    action: 'file.uploaded',
    entityType: 'file',
    entityId: row.id,
    partnerId,
    after: view,
  });
  return view;
}
