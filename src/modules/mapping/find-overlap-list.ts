import { and, eq, ilike, or, type SQL, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import { containsPattern } from '../../platform/db/like.js';
import { AppError, invalidField } from '../../platform/errors.js';
import { type CursorValue, keyset, type Page, toPage } from '../../platform/http/pagination.js';
import { UUID_PATTERN } from '../../platform/ids.js';
import { accounts } from '../accounts/accounts.table.js';
import { summarizeOpenPipeline } from '../deals/open-opportunity-accounts.js';
import { loadSharing } from './load-sharing.js';
import type { OverlapListName, OverlapRow, SharingLevel, SharingSettings } from './mapping.schemas.js';
import { accountMatches, partnerAccounts } from './mapping.table.js';
import { assertMappingPartner, atLeast, sideOf } from './mapping-side.js';
import { type ListRow, toOverlapRow } from './overlap-row-view.js';
import {
  loadPopulations,
  type PopulationDefinition,
  partnerPopulationCondition,
  vendorPopulationCondition,
} from './population-definitions.js';
import { unmatchedPartnerAccount } from './unmatched-partner-account.js';

export const OVERLAP_SORTS = ['priority', 'partnerName', 'vendorName', 'confidence'] as const;

/** The named lists as population pairs (vendor, partner). */
const NAMED_PAIRS: Record<string, [string, string]> = {
  introductions: ['prospect', 'customer'],
  co_sell_now: ['open_opportunity', 'customer'],
  upsell_together: ['customer', 'customer'],
};
/** The prioritized co-sell list: open opportunities first, then introductions, then shared customers. */
const CO_SELL_ORDER = ['co_sell_now', 'introductions', 'upsell_together'] as const;

export interface FindOverlapListInput {
  partnerId: string;
  list: OverlapListName;
  vendorPopulation?: string | undefined;
  partnerPopulation?: string | undefined;
  q?: string | undefined;
  sort?: string | undefined;
  limit: number;
  cursor?: string | undefined;
}

function population(definitions: PopulationDefinition[], key: string, field: string): PopulationDefinition {
  const found = definitions.find((definition) => definition.key === key);
  if (!found)
    throw invalidField(
      field,
      `is not a population of this side (${definitions.map((d) => d.key).join(', ')})`,
    );
  return found;
}

const UUID = UUID_PATTERN.source.replace(/^\^|\$$/g, '');
const PAIR_ID = new RegExp(`^${UUID}:${UUID}$`, 'i');

/** What a cursor value must be for each sort expression here (keyset cannot tell from SQL). */
const SORT_VALUE_FITS: Record<string, (value: CursorValue) => boolean> = {
  priority: (value) => Number.isSafeInteger(value),
  confidence: (value) => typeof value === 'number' && Number.isFinite(value),
  partnerName: (value) => typeof value === 'string' && value.length <= 1000,
  vendorName: (value) => typeof value === 'string' && value.length <= 1000,
};

function notShared(what: string): AppError {
  return new AppError('forbidden', `${what}; ask them to share more in the account mapping sharing settings`);
}

interface Plan {
  kind: 'pairs' | 'white_space';
  where: SQL;
  /** Per row: which named list it belongs to, for the prioritized list. */
  priority?: SQL;
  /** Levels that decide what the viewer sees of the other side's record. */
  vendorLevel: (row: ListRow) => SharingLevel;
  rowList: (row: ListRow) => OverlapRow['list'];
  partnerLevel: SharingLevel;
  defaultSort: string;
}

function planList(
  input: FindOverlapListInput,
  viewer: 'vendor' | 'partner',
  populations: { vendor: PopulationDefinition[]; partner: PopulationDefinition[] },
  sharing: SharingSettings,
): Plan {
  const partnerKey = input.partnerPopulation ?? 'customer';
  const partnerPopulation = population(populations.partner, partnerKey, 'query.partnerPopulation');
  const partnerShared = sharing.partner[partnerKey]!;
  const own: SharingLevel = 'full';
  if (input.list === 'white_space') {
    if (viewer === 'vendor' && partnerShared !== 'full') {
      throw notShared(
        `The partner shares its ${partnerPopulation.name.toLowerCase()} as ${partnerShared}, and white space needs the full list`,
      );
    }
    if (
      viewer === 'partner' &&
      !(['customer', 'prospect'] as const).every((key) => atLeast(sharing.vendor[key]!, 'counts'))
    ) {
      throw notShared(
        'The vendor does not share its customers and prospects, so whether an account is in its CRM is not known to you',
      );
    }
    return {
      kind: 'white_space',
      where: and(partnerPopulationCondition(partnerPopulation), unmatchedPartnerAccount())!,
      vendorLevel: () => 'hidden',
      rowList: () => 'white_space',
      partnerLevel: viewer === 'vendor' ? partnerShared : own,
      defaultSort: 'partnerName',
    };
  }
  if (viewer === 'vendor' && !atLeast(partnerShared, 'matched')) {
    throw notShared(
      `The partner shares its ${partnerPopulation.name.toLowerCase()} as ${partnerShared}, not as records`,
    );
  }
  if (input.list === 'pair' && !input.vendorPopulation) {
    throw invalidField('query.vendorPopulation', 'is required for a pair list');
  }
  const wanted: { key: string; list: OverlapRow['list'] }[] =
    input.list === 'co_sell'
      ? CO_SELL_ORDER.map((list) => ({ key: NAMED_PAIRS[list]![0], list }))
      : [
          {
            key: input.vendorPopulation ?? NAMED_PAIRS[input.list]![0],
            list: input.list === 'pair' ? null : input.list,
          },
        ];
  const included = wanted
    .map((entry) => ({
      ...entry,
      definition: population(populations.vendor, entry.key, 'query.vendorPopulation'),
    }))
    .filter((entry) => viewer === 'vendor' || atLeast(sharing.vendor[entry.key]!, 'matched'));
  if (included.length === 0) {
    throw notShared(
      `The vendor does not share these accounts (${wanted.map((w) => w.key).join(', ')}) as records`,
    );
  }
  const vendorPopulations = included.map((entry) => entry.definition);
  const conditions = vendorPopulations.map(vendorPopulationCondition);
  const priority = sql`(case ${sql.join(
    conditions.map((condition, i) => sql`when ${condition} then ${sql.raw(String(i + 1))}`),
    sql` `,
  )} end)`;
  return {
    kind: 'pairs',
    where: and(partnerPopulationCondition(partnerPopulation), or(...conditions))!,
    priority,
    vendorLevel: (row) =>
      viewer === 'vendor' ? own : sharing.vendor[included[(row.priority ?? 1) - 1]!.key]!,
    rowList: (row) => included[(row.priority ?? 1) - 1]!.list,
    partnerLevel: viewer === 'vendor' ? partnerShared : own,
    defaultSort: input.list === 'co_sell' ? 'priority' : 'partnerName',
  };
}

/**
 * One overlap list, paged: the matched pairs of a vendor and a partner population (the named lists are
 * fixed pairs; `co_sell` merges them in priority order), or the partner's accounts in no match
 * (white space). Each side sees the other's records only as far as that side shares them.
 */
export async function findOverlapList(ctx: Ctx, input: FindOverlapListInput): Promise<Page<OverlapRow>> {
  await assertMappingPartner(ctx, input.partnerId);
  const viewer = sideOf(ctx);
  const populations = await loadPopulations(ctx.db, input.partnerId);
  const sharing = await loadSharing(ctx.db, input.partnerId, populations);
  const plan = planList(input, viewer, populations, sharing);
  const pairs = plan.kind === 'pairs';
  const sortExpressions: Record<string, SQL | undefined> = {
    priority: plan.priority,
    partnerName: sql`lower(${partnerAccounts.name})`,
    vendorName: pairs ? sql`${accounts.normalizedName}` : undefined,
    confidence: pairs ? sql`${accountMatches.confidence}` : undefined,
  };
  const sort = input.sort ?? plan.defaultSort;
  const sortExpression = sortExpressions[sort.replace(/^-/, '')];
  if (!sortExpression) throw invalidField('query.sort', `cannot sort this list by ${sort}`);
  const id = pairs
    ? sql`${accountMatches.partnerAccountId}::text || ':' || ${accountMatches.accountId}::text`
    : sql`${partnerAccounts.id}::text`;
  const sortKey = sort.replace(/^-/, '');
  const page = keyset(
    sort,
    {
      [sortKey]: {
        column: sortExpression,
        read: (row) => row.sortKey as CursorValue,
        fits: SORT_VALUE_FITS[sortKey]!,
      },
    },
    {
      column: id,
      read: (row) => row.rowId as string,
      fits: (value) => typeof value === 'string' && (pairs ? PAIR_ID : UUID_PATTERN).test(value),
    },
    input.cursor,
  );
  const search = input.q
    ? or(
        ilike(partnerAccounts.name, containsPattern(input.q)),
        pairs ? ilike(accounts.name, containsPattern(input.q)) : undefined,
      )
    : undefined;
  const selection = {
    sortKey: sortExpression,
    rowId: id,
    priority: plan.priority ?? sql<null>`null::int`,
    partner: partnerAccounts,
    ...(pairs ? { vendor: accounts, rule: accountMatches.rule, confidence: accountMatches.confidence } : {}),
  };
  const where = and(eq(partnerAccounts.partnerId, input.partnerId), plan.where, page.where, search);
  const rows = (
    pairs
      ? await ctx.db
          .select(selection)
          .from(accountMatches)
          .innerJoin(accounts, eq(accounts.id, accountMatches.accountId))
          .innerJoin(partnerAccounts, eq(partnerAccounts.id, accountMatches.partnerAccountId))
          .where(and(eq(accountMatches.partnerId, input.partnerId), where))
          .orderBy(...page.orderBy)
          .limit(input.limit + 1)
      : await ctx.db
          .select(selection)
          .from(partnerAccounts)
          .where(where)
          .orderBy(...page.orderBy)
          .limit(input.limit + 1)
  ) as ListRow[];
  const pipeline = await summarizeOpenPipeline(
    ctx.db,
    rows.flatMap((row) => (row.vendor ? [row.vendor.id] : [])),
  );
  return toPage(rows, input.limit, page, (row) =>
    toOverlapRow(row, {
      list: plan.rowList(row),
      vendorLevel: plan.vendorLevel(row),
      partnerLevel: plan.partnerLevel,
      opportunitiesShared: viewer === 'vendor' || atLeast(sharing.vendor.open_opportunity!, 'matched'),
      viewer,
      pipeline: row.vendor ? pipeline.get(row.vendor.id) : undefined,
    }),
  );
}
