import type { Ctx } from '../../platform/context.js';
import { loadCertificate } from './certificate-view.js';
import type { Certificate } from './enablement.schemas.js';

/** One certificate, if the caller may see whose it is (others are not found). */
export async function getCertificate(ctx: Ctx, id: string): Promise<Certificate> {
  return loadCertificate(ctx, id);
}
