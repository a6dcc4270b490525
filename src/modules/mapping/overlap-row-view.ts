import type { accounts } from '../accounts/accounts.table.js';
import type { OpenPipeline } from '../deals/open-opportunity-accounts.js';
import type { MappingSide, OverlapRow, SharingLevel } from './mapping.schemas.js';
import type { partnerAccounts } from './mapping.table.js';
import { atLeast } from './mapping-side.js';

export interface ListRow extends Record<string, unknown> {
  sortKey: unknown;
  rowId: string;
  priority: number | null;
  partner: typeof partnerAccounts.$inferSelect;
  vendor?: typeof accounts.$inferSelect;
  rule?: string;
  confidence?: number;
}

export interface RowVisibility {
  list: OverlapRow['list'];
  viewer: MappingSide;
  /** What the viewer may see of each side's record: its own side is always full. */
  vendorLevel: SharingLevel;
  partnerLevel: SharingLevel;
  /** Whether the viewer may know which accounts have open opportunities (the vendor shares them as records). */
  opportunitiesShared: boolean;
  pipeline: OpenPipeline | undefined;
}

/** One list row with the other side's record cut down to what that side shares ("matched": who, not more). */
export function toOverlapRow(row: ListRow, visibility: RowVisibility): OverlapRow {
  const { vendor, partner } = row;
  const vendorFull = atLeast(visibility.vendorLevel, 'full');
  const partnerFull = atLeast(visibility.partnerLevel, 'full');
  const vendorsOwn = visibility.viewer === 'vendor';
  return {
    list: visibility.list,
    rule: (row.rule as OverlapRow['rule']) ?? null,
    confidence: row.confidence ?? null,
    vendorAccount: vendor
      ? {
          id: vendorsOwn ? vendor.id : null,
          name: vendor.name,
          domains: vendor.domains,
          status: vendor.status,
          country: vendorFull ? vendor.country : null,
          industry: vendorFull ? vendor.industry : null,
          openOpportunities:
            vendorFull && visibility.opportunitiesShared ? (visibility.pipeline?.count ?? 0) : null,
          openPipelineMinor: vendorsOwn ? (visibility.pipeline?.amountMinor ?? null) : null,
          currency: vendorsOwn ? (visibility.pipeline?.currency ?? null) : null,
        }
      : null,
    partnerAccount: {
      id: partnerFull ? partner.id : null,
      externalId: partnerFull ? partner.externalId : null,
      name: partner.name,
      website: partner.website,
      population: partner.population,
      country: partnerFull ? partner.country : null,
      industry: partnerFull ? partner.industry : null,
    },
  };
}
