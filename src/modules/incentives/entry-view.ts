import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { beneficiaryNames } from './beneficiary-names.js';
import type { IncentiveKind } from './earning/earning-rules.js';
import type { LedgerEntryView } from './incentives.schemas.js';
import { incentiveRules } from './incentives.table.js';
import { beneficiaryKey, type LedgerRow } from './ledger-rows.js';

export async function toEntryViews(db: Executor, rows: readonly LedgerRow[]): Promise<LedgerEntryView[]> {
  const ruleIds = [...new Set(rows.flatMap((r) => (r.ruleId ? [r.ruleId] : [])))];
  const rules = ruleIds.length
    ? await db
        .select({ id: incentiveRules.id, name: incentiveRules.name, kind: incentiveRules.kind })
        .from(incentiveRules)
        .where(inArray(incentiveRules.id, ruleIds))
    : [];
  const ruleById = new Map(rules.map((r) => [r.id, r]));
  const names = await beneficiaryNames(db, rows.map(beneficiaryKey));
  return rows.map((row) => {
    const rule = row.ruleId ? ruleById.get(row.ruleId) : undefined;
    return {
      id: row.id,
      ruleId: row.ruleId,
      ruleName: rule?.name ?? null,
      kind: (rule?.kind as IncentiveKind | undefined) ?? null,
      beneficiaryType: row.beneficiaryType as 'partner' | 'rep',
      partnerId: row.partnerId,
      userId: row.userId,
      beneficiaryName: names.get(beneficiaryKey(row)) ?? 'Unknown',
      entryType: row.entryType as LedgerEntryView['entryType'],
      status: row.status as LedgerEntryView['status'],
      amountMinor: row.amountMinor,
      currency: row.currency,
      sourceType: row.sourceType,
      sourceId: row.sourceId,
      description: row.description,
      period: row.period,
      payoutId: row.payoutId,
      reversesId: row.reversesId,
      earnedAt: row.earnedAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
      updatedAt: row.updatedAt.toISOString(),
    };
  });
}
