import { and, eq } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { invalidField } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/http/pagination.js';
import { UUID_PATTERN } from '../../platform/ids.js';
import { beneficiaryNames } from './beneficiary-names.js';
import type { StatementSummary } from './incentives.schemas.js';
import { incentiveLedger } from './incentives.table.js';
import { periodRange, quarterOf } from './ledger/periods.js';
import { statementTotals } from './ledger/statement.js';
import { ledgerScope, parseBeneficiary } from './ledger-rows.js';
import { type KeyedStatementEntry, loadStatementEntries } from './statement-entries.js';

export interface FindStatementsInput {
  beneficiaryType: 'partner' | 'rep';
  /** Default: the current quarter. */
  period?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

/**
 * Every beneficiary's statement totals for a period (one row per beneficiary and currency), by name.
 * Scoped like the ledger: a partner user sees its own partner's row, a sales rep its own.
 */
export async function findIncentiveStatements(
  ctx: Ctx,
  input: FindStatementsInput,
): Promise<Page<StatementSummary>> {
  const range = periodRange(input.period ?? quarterOf(ctx.clock.now()));
  const entries = await loadStatementEntries(
    ctx.db,
    and(eq(incentiveLedger.beneficiaryType, input.beneficiaryType), ledgerScope(ctx.actor)),
  );
  const byBeneficiary = new Map<string, KeyedStatementEntry[]>();
  for (const entry of entries) {
    const list = byBeneficiary.get(entry.beneficiary) ?? [];
    list.push(entry);
    byBeneficiary.set(entry.beneficiary, list);
  }
  const names = await beneficiaryNames(ctx.db, byBeneficiary.keys());
  const rows: StatementSummary[] = [];
  for (const [key, list] of byBeneficiary) {
    const { beneficiaryType, id } = parseBeneficiary(key);
    for (const totals of statementTotals(list, range.firstMonth, range.lastMonth)) {
      const moved = Object.entries(totals).some(([k, v]) => k !== 'currency' && v !== 0);
      if (moved)
        rows.push({
          beneficiaryType,
          beneficiaryId: id,
          beneficiaryName: names.get(key) ?? 'Unknown',
          ...totals,
        });
    }
  }
  const keyOf = (row: StatementSummary) =>
    sortKey({ name: row.beneficiaryName, id: row.beneficiaryId, currency: row.currency });
  rows.sort((a, b) => (keyOf(a) < keyOf(b) ? -1 : keyOf(a) > keyOf(b) ? 1 : 0));
  const after = input.cursor ? readCursor(input.cursor) : null;
  const rest = after === null ? rows : rows.filter((row) => keyOf(row) > after);
  const items = rest.slice(0, input.limit);
  const last = items.at(-1);
  const next = last
    ? encodeCursor([last.beneficiaryName.toLowerCase(), last.beneficiaryId, last.currency])
    : null;
  return { items, nextCursor: rest.length > input.limit ? next : null };
}

const sortKey = (row: { name: string; id: string; currency: string }) =>
  `${row.name.toLowerCase()}\u0000${row.id}\u0000${row.currency}`;

/** The cursor is client input: its parts must look like a name, a beneficiary id and a currency. */
function readCursor(cursor: string): string {
  const [name, id, currency] = decodeCursor(cursor, 3);
  if (
    typeof name !== 'string' ||
    typeof id !== 'string' ||
    !UUID_PATTERN.test(id) ||
    typeof currency !== 'string' ||
    !/^[A-Z]{3}$/.test(currency)
  )
    throw invalidField('query.cursor', 'is not a cursor this list issued');
  return sortKey({ name, id, currency });
}
