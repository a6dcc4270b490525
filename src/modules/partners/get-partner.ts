import { and, eq, sql } from 'drizzle-orm';
import type { Ctx } from '../../platform/context.js';
import type { Executor } from '../../platform/db/client.js';
import { notFound } from '../../platform/errors.js';
import { isVendorActor, partnerScope } from '../../platform/policy.js';
import { users } from '../identity/identity.table.js';
import { STAGE_TRANSITIONS } from './lifecycle.js';
import { visiblePartners } from './partner-scope.js';
import { type PartnerRow, toPartnerView } from './partner-view.js';
import type { Partner, PartnerDetail, PartnerStage } from './partners.schemas.js';
import { partnerContacts, partners } from './partners.table.js';

export async function getPartnerRow(ctx: Ctx, id: string): Promise<PartnerRow> {
  const [row] = await ctx.db
    .select()
    .from(partners)
    .where(and(eq(partners.id, id), visiblePartners(ctx)))
    .limit(1);
  if (!row) throw notFound('Partner');
  return row;
}

/** Throws not_found for a partner the actor may not see, exactly as for one that does not exist. */
export async function getPartner(ctx: Ctx, id: string): Promise<Partner> {
  return toPartnerView(await getPartnerRow(ctx, id), isVendorActor(ctx.actor));
}

function prepareDetail(db: Executor, scoped: boolean) {
  // The access rule of visiblePartners, with the partner as a parameter: a partner user's query
  // only ever matches its own row.
  const visible = scoped ? eq(partners.id, sql.placeholder('scope')) : undefined;
  return db
    .select({
      partner: partners,
      ownerName: users.name,
      ownerEmail: users.email,
      contactCount: sql<number>`(SELECT count(*)::int FROM ${partnerContacts} WHERE ${partnerContacts.partnerId} = ${partners.id})`,
      userCount: sql<number>`(SELECT count(*)::int FROM ${users} u WHERE u.partner_id = ${partners.id})`,
    })
    .from(partners)
    .leftJoin(users, eq(users.id, partners.ownerId))
    .where(and(eq(partners.id, sql.placeholder('id')), visible))
    .limit(1)
    .prepare(scoped ? 'partners.get_partner_detail.scoped' : 'partners.get_partner_detail');
}

type DetailStatement = ReturnType<typeof prepareDetail>;

/**
 * Built once per database (and for vendor or partner users), then only executed: the SQL is not rebuilt
 * per request, and PostgreSQL parses and plans it once per connection instead of on every call.
 */
const detailStatements = new WeakMap<Executor, { vendor?: DetailStatement; scoped?: DetailStatement }>();

function detailStatement(db: Executor, scoped: boolean): DetailStatement {
  let cached = detailStatements.get(db);
  if (!cached) {
    cached = {};
    detailStatements.set(db, cached);
  }
  const slot = scoped ? 'scoped' : 'vendor';
  cached[slot] ??= prepareDetail(db, scoped);
  return cached[slot];
}

export async function getPartnerDetail(ctx: Ctx, id: string): Promise<PartnerDetail> {
  const scope = partnerScope(ctx.actor);
  const statement = detailStatement(ctx.db, scope !== null);
  const [found] = await statement.execute(scope === null ? { id } : { id, scope });
  if (!found) throw notFound('Partner');
  const internal = isVendorActor(ctx.actor);
  const { partner } = found;
  return {
    ...toPartnerView(partner, internal),
    owner:
      partner.ownerId && found.ownerName
        ? { id: partner.ownerId, name: found.ownerName, email: found.ownerEmail! }
        : null,
    fitReasons: internal ? (partner.fitReasons as PartnerDetail['fitReasons']) : null,
    contactCount: Number(found.contactCount),
    userCount: Number(found.userCount),
    nextStages: [...STAGE_TRANSITIONS[partner.stage as PartnerStage]],
  };
}
