import { and, eq, gte, inArray, isNotNull, lt, sql } from 'drizzle-orm';
import type { Executor } from '../../../platform/db/client.js';
import type { OutboxEvent } from '../../../platform/events/consume-outbox.js';
import { domainEvents } from '../../../platform/events/events.table.js';
import { formatMoney } from '../../../platform/money/money.js';
import { accounts } from '../../accounts/accounts.table.js';
import { dealPartners, opportunities } from '../../deals/deals.table.js';
import { partners } from '../../partners/partners.table.js';
import type { EarningFact } from './earning-rules.js';

/** The domain events incentives earn from. */
export const EARNING_EVENT_TYPES = ['deal.won', 'enablement.certified'] as const;

interface DealWonPayload {
  amountMinor?: number;
  currency?: string;
  partnerIds?: string[];
  repCreditedId?: string | null;
}

interface CertifiedPayload {
  partnerId?: string | null;
  name?: string;
  renewal?: boolean;
}

/**
 * Turns earning events into facts: one per partner on a won deal (sourced, co-sell, and renewal when the
 * account had been won before), one for the rep credited on it, one per certificate. The partner's
 * roles, the deal's product lines and earlier wins come from the deals data (read here, set-based,
 * for a whole batch); partner type and tier are the partner's current ones.
 */
export async function gatherFacts(db: Executor, events: readonly OutboxEvent[]): Promise<EarningFact[]> {
  const wins = events.filter((e) => e.type === 'deal.won');
  const certified = events.filter((e) => e.type === 'enablement.certified');
  const dealIds = [...new Set(wins.map((e) => e.entityId))];
  const deals = dealIds.length
    ? await db
        .select({
          id: opportunities.id,
          name: opportunities.name,
          accountId: opportunities.accountId,
          productLines: opportunities.productLines,
          closedAt: opportunities.closedAt,
        })
        .from(opportunities)
        .where(inArray(opportunities.id, dealIds))
    : [];
  const dealById = new Map(deals.map((d) => [d.id, d]));
  const roles = dealIds.length
    ? await db
        .select({
          dealId: dealPartners.opportunityId,
          partnerId: dealPartners.partnerId,
          role: dealPartners.role,
        })
        .from(dealPartners)
        .where(inArray(dealPartners.opportunityId, dealIds))
    : [];
  const renewals = await earlierWins(db, deals);
  const partnerIds = new Set<string>(roles.map((r) => r.partnerId));
  for (const event of certified) {
    const partnerId = (event.payload as CertifiedPayload).partnerId ?? event.partnerId;
    if (partnerId) partnerIds.add(partnerId);
  }
  for (const event of wins)
    for (const id of (event.payload as DealWonPayload).partnerIds ?? []) partnerIds.add(id);
  const partnerRows = partnerIds.size
    ? await db
        .select({ id: partners.id, type: partners.type, tier: partners.tier })
        .from(partners)
        .where(inArray(partners.id, [...partnerIds]))
    : [];
  const partnerById = new Map(partnerRows.map((p) => [p.id, p]));
  const typesOf = (ids: readonly string[]) => ids.flatMap((id) => partnerById.get(id)?.type ?? []);
  const tiersOf = (ids: readonly string[]) => ids.flatMap((id) => partnerById.get(id)?.tier ?? []);

  const facts: EarningFact[] = [];
  for (const event of wins) {
    const payload = event.payload as DealWonPayload;
    const deal = dealById.get(event.entityId);
    if (!deal || payload.amountMinor === undefined || !payload.currency) continue;
    const dealRoles = roles.filter((r) => r.dealId === deal.id && partnerById.has(r.partnerId));
    const renewal = renewals.has(deal.id);
    const base = {
      sourceType: 'deal' as const,
      sourceId: deal.id,
      occurredAt: event.occurredAt,
      amountMinor: payload.amountMinor,
      currency: payload.currency,
      productLines: deal.productLines,
      renewal,
      label: `deal ${deal.name} (${formatMoney(payload.amountMinor, payload.currency)})`,
    };
    for (const { partnerId, role } of dealRoles) {
      const partner = {
        ...base,
        beneficiaryType: 'partner' as const,
        partnerId,
        userId: null,
        partnerTypes: typesOf([partnerId]),
        partnerTiers: tiersOf([partnerId]),
        dealRole: role,
      };
      facts.push({ ...partner, trigger: role === 'sourcing' ? 'sourced_deal' : 'co_sell_win' });
      if (renewal) facts.push({ ...partner, trigger: 'renewal' });
    }
    if (payload.repCreditedId && dealRoles.length) {
      const onDeal = dealRoles.map((r) => r.partnerId);
      facts.push({
        ...base,
        trigger: 'rep_co_sell',
        beneficiaryType: 'rep',
        partnerId: null,
        userId: payload.repCreditedId,
        partnerTypes: typesOf(onDeal),
        partnerTiers: tiersOf(onDeal),
        dealRole: null,
      });
    }
  }
  for (const event of certified) {
    const payload = event.payload as CertifiedPayload;
    const partnerId = payload.partnerId ?? event.partnerId;
    if (!partnerId || !partnerById.has(partnerId)) continue;
    facts.push({
      trigger: 'certification',
      beneficiaryType: 'partner',
      partnerId,
      userId: null,
      sourceType: 'certificate',
      sourceId: event.entityId,
      occurredAt: event.occurredAt,
      amountMinor: null,
      currency: null,
      productLines: [],
      partnerTypes: typesOf([partnerId]),
      partnerTiers: tiersOf([partnerId]),
      dealRole: null,
      renewal: payload.renewal === true,
      label: `certificate ${payload.name ?? ''}${payload.renewal ? ' (renewed)' : ''}`.trim(),
    });
  }
  return facts;
}

/**
 * Won deals that renew or expand an existing customer: the account had a deal won before this one, or
 * the CRM already lists it as a customer (its business predates the deals recorded here).
 */
async function earlierWins(
  db: Executor,
  deals: readonly { id: string; accountId: string; closedAt: Date | null }[],
): Promise<Set<string>> {
  const result = new Set<string>();
  const accountIds = [...new Set(deals.map((d) => d.accountId))];
  if (!accountIds.length) return result;
  const first = await db
    .select({ accountId: opportunities.accountId, firstWon: sql<string>`min(${opportunities.closedAt})` })
    .from(opportunities)
    .where(
      and(
        inArray(opportunities.accountId, accountIds),
        eq(opportunities.stage, 'closed_won'),
        isNotNull(opportunities.closedAt),
      ),
    )
    .groupBy(opportunities.accountId);
  const firstWon = new Map(first.map((row) => [row.accountId, new Date(row.firstWon).getTime()]));
  const customers = new Set(
    (
      await db
        .select({ id: accounts.id })
        .from(accounts)
        .where(and(inArray(accounts.id, accountIds), eq(accounts.status, 'customer')))
    ).map((row) => row.id),
  );
  for (const deal of deals) {
    const earliest = firstWon.get(deal.accountId);
    const wonBefore = deal.closedAt && earliest !== undefined && earliest < deal.closedAt.getTime();
    if (wonBefore || customers.has(deal.accountId)) result.add(deal.id);
  }
  return result;
}

/** Events of the earning types in [from, to), oldest first: what a preview replays. */
export async function findEarningEvents(db: Executor, from: Date, to: Date): Promise<OutboxEvent[]> {
  return db
    .select()
    .from(domainEvents)
    .where(
      and(
        inArray(domainEvents.type, [...EARNING_EVENT_TYPES]),
        gte(domainEvents.occurredAt, from),
        lt(domainEvents.occurredAt, to),
      ),
    )
    .orderBy(domainEvents.id);
}
