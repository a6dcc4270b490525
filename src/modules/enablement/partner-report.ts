import { type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { queryRows } from '../../platform/db/rows.js';
import { invalidField } from '../../platform/errors.js';
import { decodeCursor, encodeCursor, type Page } from '../../platform/http/pagination.js';
import { UUID_PATTERN } from '../../platform/ids.js';
import type { PartnerType } from '../partners/partners.schemas.js';
import { partners } from '../partners/partners.table.js';

export interface PartnerReportInput {
  limit: number;
  cursor?: string | undefined;
  sort: string;
  partnerType?: PartnerType | undefined;
  partnerId?: string | undefined;
  managerId?: string | undefined;
  q?: string | undefined;
}

export interface PartnerReportRow {
  partner_id: string;
  partner_name: string;
  partner_type: string;
  [stat: string]: unknown;
}

const badCursor = () => invalidField('query.cursor', 'is not a cursor this list issued');

/**
 * One row per partner with statistics from a LATERAL subquery `stats` (which may refer to `p.id`),
 * paged by keyset on the partner's name or on one whole-number statistic, then the partner id.
 */
export async function partnerReportPage(
  ctx: Ctx,
  input: PartnerReportInput,
  stats: SQL,
  numericSorts: Record<string, string>,
): Promise<Page<PartnerReportRow>> {
  const descending = input.sort.startsWith('-');
  const key = descending ? input.sort.slice(1) : input.sort;
  const statColumn = numericSorts[key];
  if (key !== 'partnerName' && !statColumn) throw invalidField('query.sort', `cannot sort by ${key}`);
  const keyColumn = statColumn ?? 'partner_name';
  const keyExpr = statColumn ? sql.raw(`s.${statColumn}`) : sql`p.name`;
  const filters: SQL[] = [];
  if (input.partnerType) filters.push(sql`p.type = ${input.partnerType}`);
  if (input.partnerId) filters.push(sql`p.id = ${input.partnerId}`);
  if (input.managerId) filters.push(sql`p.owner_id = ${input.managerId}`);
  if (input.q) filters.push(sql`p.name ILIKE ${containsPattern(input.q)}`);
  if (input.cursor) {
    const [value, id] = decodeCursor(input.cursor, 2);
    const fits = statColumn
      ? typeof value === 'number' && Number.isSafeInteger(value)
      : typeof value === 'string' && value.length <= 1000;
    if (!fits || typeof id !== 'string' || !UUID_PATTERN.test(id)) throw badCursor();
    const comparison = descending ? sql`<` : sql`>`;
    const typed = statColumn ? sql`${value}::int` : sql`${value}::text`;
    filters.push(sql`(${keyExpr}, p.id) ${comparison} (${typed}, ${id}::uuid)`);
  }
  const direction = sql.raw(descending ? 'DESC' : 'ASC');
  const where = filters.length ? sql`WHERE ${sql.join(filters, sql` AND `)}` : sql``;
  const rows = await queryRows<PartnerReportRow>(
    ctx.db,
    sql`SELECT p.id AS partner_id, p.name AS partner_name, p.type AS partner_type, s.*
      FROM ${partners} p
      CROSS JOIN LATERAL ${stats} s
      ${where}
      ORDER BY ${keyExpr} ${direction}, p.id ${direction}
      LIMIT ${input.limit + 1}`,
  );
  const hasMore = rows.length > input.limit;
  const kept = hasMore ? rows.slice(0, input.limit) : rows;
  const last = kept.at(-1);
  return {
    items: kept,
    nextCursor: hasMore && last ? encodeCursor([last[keyColumn] as string | number, last.partner_id]) : null,
  };
}
