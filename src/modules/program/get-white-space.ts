import { inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { summarizeMappings } from '../mapping/summarize-mappings.js';
import { partners } from '../partners/partners.table.js';
import type { PartnerWhiteSpace, WhiteSpaceReport } from './white-space.schemas.js';

const WORKING_STAGES = ['onboarding', 'active', 'at_risk'];
const TOP = 5;

/**
 * White space and introductions per partner from the account mapping, as far as each partner shares
 * its customers. A partner that never uploaded a list is "no mapping yet", never a zero.
 */
export async function getWhiteSpace(ctx: Ctx): Promise<WhiteSpaceReport> {
  const summaries = await summarizeMappings(ctx);
  const mapped = new Map(summaries.map((summary) => [summary.partnerId, summary]));
  const working = await ctx.db
    .select({ id: partners.id, name: partners.name, type: partners.type, stage: partners.stage })
    .from(partners)
    .where(inArray(partners.stage, WORKING_STAGES));
  const extra = summaries.filter((s) => !working.some((p) => p.id === s.partnerId)).map((s) => s.partnerId);
  const others = extra.length
    ? await ctx.db
        .select({ id: partners.id, name: partners.name, type: partners.type, stage: partners.stage })
        .from(partners)
        .where(inArray(partners.id, extra))
    : [];
  const rows: PartnerWhiteSpace[] = [...working, ...others].map((partner) => {
    const summary = mapped.get(partner.id);
    const base = {
      partnerId: partner.id,
      partnerName: partner.name,
      partnerType: partner.type,
      partnerStage: partner.stage,
    };
    if (!summary) {
      return {
        ...base,
        mapping: 'none',
        refreshedAt: null,
        partnerCustomers: null,
        whiteSpace: null,
        introductions: null,
        coSellNow: null,
        opportunity: null,
      };
    }
    const shared = summary.whiteSpace !== null;
    return {
      ...base,
      mapping: shared ? 'shared' : 'not_shared',
      refreshedAt: summary.refreshedAt,
      partnerCustomers: summary.partnerCustomers,
      whiteSpace: summary.whiteSpace,
      introductions: summary.introductions,
      coSellNow: summary.coSellNow,
      opportunity: shared ? (summary.whiteSpace ?? 0) + (summary.introductions ?? 0) : null,
    };
  });
  rows.sort(
    (a, b) =>
      (b.opportunity ?? -1) - (a.opportunity ?? -1) || a.partnerName.localeCompare(b.partnerName, 'en'),
  );
  const shared = rows.filter((row) => row.mapping === 'shared');
  return {
    partners: rows,
    top: shared.filter((row) => (row.opportunity ?? 0) > 0).slice(0, TOP),
    totals: {
      mappedPartners: rows.filter((row) => row.mapping !== 'none').length,
      unmappedPartners: rows.filter((row) => row.mapping === 'none').length,
      notSharedPartners: rows.filter((row) => row.mapping === 'not_shared').length,
      whiteSpace: shared.reduce((sum, row) => sum + (row.whiteSpace ?? 0), 0),
      introductions: shared.reduce((sum, row) => sum + (row.introductions ?? 0), 0),
    },
  };
}
