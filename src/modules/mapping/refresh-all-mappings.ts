import { type Ctx, inTransaction } from '../../platform/context.js';
import { partnerAccounts } from './mapping.table.js';
import { loadVendorMatchRecords, refreshPartnerMatches } from './refresh-partner-matches.js';

/**
 * The nightly job: every partner with an uploaded list is matched again, since the vendor's CRM moves
 * every day. The CRM is read once; each partner is its own transaction.
 */
export async function refreshAllMappings(ctx: Ctx): Promise<{ partners: number; matches: number }> {
  const partners = await ctx.db
    .selectDistinct({ partnerId: partnerAccounts.partnerId })
    .from(partnerAccounts);
  const vendor = await loadVendorMatchRecords(ctx);
  let matches = 0;
  for (const { partnerId } of partners) {
    const result = await inTransaction(ctx, (tx) => refreshPartnerMatches(tx, partnerId, vendor));
    matches += result.matches;
  }
  return { partners: partners.length, matches };
}
