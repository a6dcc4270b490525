import { and, asc, eq, gte, lt, type SQL } from 'drizzle-orm';
import { recordAudit } from '../../platform/audit/record-audit.js';
import type { Ctx } from '../../platform/context.js';
import { csvLine } from '../../platform/csv/csv-cell.js';
import { invalidField } from '../../platform/errors.js';
import { minorDigits } from '../../platform/money/money.js';
import { accounts } from '../accounts/accounts.table.js';
import { dealPartners, opportunities } from '../deals/deals.table.js';
import { partners } from '../partners/partners.table.js';
import type { CrmSource } from './crm/crm-fields.js';

export interface ExportPartnerDealsInput {
  shape: CrmSource;
  format: 'csv' | 'json';
  /** Close dates from (inclusive) and to (exclusive), YYYY-MM-DD. */
  from?: string | undefined;
  to?: string | undefined;
}

export interface PartnerDealsExport {
  fileName: string;
  contentType: string;
  body: string;
  rows: number;
}

interface ExportRow {
  dealId: string;
  dealName: string;
  externalIds: Record<string, string>;
  accountExternalIds: Record<string, string>;
  amountMinor: number;
  currency: string;
  closeDate: string;
  partnerName: string;
  role: string;
}

/** A row with every field, for the CSV header when the period has no deals. */
const HEADER_ROW: ExportRow = {
  dealId: '',
  dealName: '',
  externalIds: {},
  accountExternalIds: {},
  amountMinor: 0,
  currency: 'USD',
  closeDate: '',
  partnerName: '',
  role: '',
};

const major = (amountMinor: number, currency: string) => {
  const digits = minorDigits(currency);
  return digits === 0 ? String(amountMinor) : (amountMinor / 10 ** digits).toFixed(digits);
};

/** Each deal–partner pair in the CRM's own field names; partner facts in custom fields it can hold. */
function shaped(shape: CrmSource, r: ExportRow): Record<string, string> {
  const sourced = r.role === 'sourcing' ? 'true' : 'false';
  if (shape === 'salesforce') {
    return {
      Id: r.externalIds.salesforce ?? '',
      Name: r.dealName,
      AccountId: r.accountExternalIds.salesforce ?? '',
      Amount: major(r.amountMinor, r.currency),
      CurrencyIsoCode: r.currency,
      StageName: 'Closed Won',
      CloseDate: r.closeDate,
      Trellis_Partner__c: r.partnerName,
      Trellis_Partner_Role__c: r.role,
      Trellis_Partner_Sourced__c: sourced,
      Trellis_Deal_Id__c: r.dealId,
    };
  }
  return {
    hs_object_id: r.externalIds.hubspot ?? '',
    dealname: r.dealName,
    associatedcompanyid: r.accountExternalIds.hubspot ?? '',
    amount: major(r.amountMinor, r.currency),
    deal_currency_code: r.currency,
    dealstage: 'closedwon',
    closedate: r.closeDate,
    trellis_partner: r.partnerName,
    trellis_partner_role: r.role,
    trellis_partner_sourced: sourced,
    trellis_deal_id: r.dealId,
  };
}

function jsonBody(shape: CrmSource, records: Record<string, string>[]): string {
  if (shape === 'salesforce') {
    const list = records.map((record) => ({ attributes: { type: 'Opportunity' }, ...record }));
    return JSON.stringify({ totalSize: list.length, done: true, records: list }, null, 2);
  }
  const results = records.map(({ hs_object_id, ...properties }) => ({ id: hs_object_id, properties }));
  return JSON.stringify({ results }, null, 2);
}

/**
 * Partner-sourced and partner-influenced won deals over a close-date period, one row per deal and partner
 * (the role says which: sourcing is sourced, any other role influenced), shaped as Salesforce opportunities
 * or HubSpot deals so the file imports into that CRM and updates its records by their ids.
 */
export async function exportPartnerDeals(
  ctx: Ctx,
  input: ExportPartnerDealsInput,
): Promise<PartnerDealsExport> {
  if (input.from && input.to && input.from >= input.to) throw invalidField('query.to', 'must be after from');
  const filters: SQL[] = [eq(opportunities.stage, 'closed_won')];
  if (input.from) filters.push(gte(opportunities.closeDate, input.from));
  if (input.to) filters.push(lt(opportunities.closeDate, input.to));
  const rows = await ctx.db
    .select({
      dealId: opportunities.id,
      dealName: opportunities.name,
      externalIds: opportunities.externalIds,
      accountExternalIds: accounts.externalIds,
      amountMinor: opportunities.amountMinor,
      currency: opportunities.currency,
      closeDate: opportunities.closeDate,
      partnerName: partners.name,
      role: dealPartners.role,
    })
    .from(dealPartners)
    .innerJoin(opportunities, eq(opportunities.id, dealPartners.opportunityId))
    .innerJoin(accounts, eq(accounts.id, opportunities.accountId))
    .innerJoin(partners, eq(partners.id, dealPartners.partnerId))
    .where(and(...filters))
    .orderBy(asc(opportunities.closeDate), asc(opportunities.id), asc(partners.name));
  const records = rows.map((r) => shaped(input.shape, r as ExportRow));
  const period = `${input.from ?? 'start'}-to-${input.to ?? 'now'}`;
  const fileName = `partner-deals-${input.shape}-${period}.${input.format}`;
  let body: string;
  if (input.format === 'json') body = jsonBody(input.shape, records);
  else {
    const header = Object.keys(shaped(input.shape, HEADER_ROW));
    body = csvLine(header) + records.map((record) => csvLine(header.map((h) => record[h]))).join('');
  }
  await recordAudit(ctx, {
    action: 'crm_export.partner_deals',
    entityType: 'crm_export',
    entityId: ctx.ids(),
    after: { ...input, rows: records.length },
  });
  return {
    fileName,
    contentType: input.format === 'json' ? 'application/json' : 'text/csv; charset=utf-8',
    body,
    rows: records.length,
  };
}
