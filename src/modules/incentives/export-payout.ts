import { asc, eq, inArray } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { csvCell } from '../../platform/csv/csv-cell.js';
import { minorDigits } from '../../platform/money/money.js';
import { users } from '../identity/identity.table.js';
import { beneficiaryNames } from './beneficiary-names.js';
import { getIncentivePayout } from './get-payout.js';
import { incentiveLedger, incentiveRules } from './incentives.table.js';
import { beneficiaryKey } from './ledger-rows.js';

export const PAYOUT_EXPORT_FORMATS = ['summary', 'detail'] as const;
export type PayoutExportFormat = (typeof PAYOUT_EXPORT_FORMATS)[number];

/** "1234.50" from 123450 minor units: exact, with the currency's own digits, as import files expect. */
export function majorAmount(amountMinor: number, currency: string): string {
  const digits = minorDigits(currency);
  const sign = amountMinor < 0 ? '-' : '';
  const text = String(Math.abs(amountMinor)).padStart(digits + 1, '0');
  return digits === 0 ? `${sign}${text}` : `${sign}${text.slice(0, -digits)}.${text.slice(-digits)}`;
}

/**
 * A payout as a CSV file. Summary: one line per beneficiary with its total, in the shape an accounts
 * payable import (partners: vendor id, invoice reference) or a payroll import (reps: employee id,
 * earning code) expects. Detail: every entry paid, for reconciliation.
 */
export async function exportIncentivePayout(
  ctx: Ctx,
  id: string,
  format: PayoutExportFormat,
): Promise<{ fileName: string; contentType: 'text/csv'; csv: string }> {
  const payout = await getIncentivePayout(ctx, id);
  const slug = payout.reference.replace(/[^A-Za-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'payout';
  const day = payout.createdAt.slice(0, 10);
  const fileName = `incentive-${payout.beneficiaryType === 'partner' ? 'ap' : 'payroll'}-${slug}-${format}.csv`;
  let csv = '';
  if (format === 'summary' && payout.beneficiaryType === 'partner') {
    csv += csvLine([
      'vendor_id',
      'vendor_name',
      'invoice_reference',
      'invoice_date',
      'currency',
      'amount',
      'entries',
      'description',
    ]);
    for (const line of payout.lines)
      csv += csvLine([
        line.beneficiaryId,
        line.beneficiaryName,
        `${payout.reference}-${line.beneficiaryId.slice(-8)}`,
        day,
        payout.currency,
        majorAmount(line.totalMinor, payout.currency),
        line.entries,
        `Partner incentives ${payout.period}`,
      ]);
  } else if (format === 'summary') {
    const emails = await emailsOf(
      ctx,
      payout.lines.map((l) => l.beneficiaryId),
    );
    csv += csvLine([
      'employee_id',
      'employee_name',
      'employee_email',
      'earning_code',
      'pay_period',
      'currency',
      'amount',
      'reference',
    ]);
    for (const line of payout.lines)
      csv += csvLine([
        line.beneficiaryId,
        line.beneficiaryName,
        emails.get(line.beneficiaryId) ?? '',
        'INCENTIVE_COSELL',
        payout.period,
        payout.currency,
        majorAmount(line.totalMinor, payout.currency),
        payout.reference,
      ]);
  } else {
    const entries = await ctx.db
      .select({ entry: incentiveLedger, ruleName: incentiveRules.name })
      .from(incentiveLedger)
      .leftJoin(incentiveRules, eq(incentiveRules.id, incentiveLedger.ruleId))
      .where(eq(incentiveLedger.payoutId, id))
      .orderBy(asc(incentiveLedger.earnedAt), asc(incentiveLedger.id));
    const names = await beneficiaryNames(
      ctx.db,
      entries.map((e) => beneficiaryKey(e.entry)),
    );
    csv += csvLine([
      'payout_reference',
      'beneficiary_type',
      'beneficiary_id',
      'beneficiary_name',
      'entry_id',
      'entry_type',
      'rule',
      'period',
      'earned_at',
      'description',
      'currency',
      'amount',
      'amount_minor',
    ]);
    for (const { entry, ruleName } of entries)
      csv += csvLine([
        payout.reference,
        entry.beneficiaryType,
        entry.partnerId ?? entry.userId,
        names.get(beneficiaryKey(entry)) ?? '',
        entry.id,
        entry.entryType,
        ruleName ?? '',
        entry.period,
        entry.earnedAt.toISOString(),
        entry.description,
        entry.currency,
        majorAmount(entry.amountMinor, entry.currency),
        entry.amountMinor,
      ]);
  }
  return { fileName, contentType: 'text/csv', csv };
}

/** Plain numbers go out as they are (a payroll import reads "-12.50"); text is made safe for spreadsheets. */
function csvLine(values: readonly (string | number | null | undefined)[]): string {
  const cell = (value: string | number | null | undefined) =>
    typeof value === 'number' || /^-?\d+(\.\d+)?$/.test(value ?? '') ? String(value) : csvCell(value);
  return `${values.map(cell).join(',')}\r\n`;
}

async function emailsOf(ctx: Ctx, ids: string[]): Promise<Map<string, string>> {
  if (!ids.length) return new Map();
  const rows = await ctx.db
    .select({ id: users.id, email: users.email })
    .from(users)
    .where(inArray(users.id, ids));
  return new Map(rows.map((r) => [r.id, r.email]));
}
