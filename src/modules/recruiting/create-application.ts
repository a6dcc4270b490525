import { type Ctx, inTransaction } from '../../platform/context.js';
import { assertVendorUser } from '../identity/assert-vendor-user.js';
import { toApplicationViewOf } from './application-view.js';
import { recordApplication } from './record-application.js';
import type { Application, CreateApplicationInput } from './recruiting.schemas.js';

/** Vendor staff add a prospect they found themselves; it is scored and checked for duplicates like any other. */
export async function createApplication(ctx: Ctx, input: CreateApplicationInput): Promise<Application> {
  return inTransaction(ctx, async (tx) => {
    if (input.ownerId) await assertVendorUser(tx, input.ownerId, 'ownerId');
    const row = await recordApplication(tx, input, 'manual');
    return toApplicationViewOf(tx, row);
  });
}
