import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Actor } from '../../platform/actor.js';
import type { Clock } from '../../platform/clock.js';
import type { Executor } from '../../platform/db/client.js';
import { isInternalRead } from '../../platform/http/etag.js';
import { partnerScope } from '../../platform/policy.js';
import { portalActivity } from './surveys.table.js';

/** Actions that are not work in the portal: checking who is signed in. */
const NOT_ENGAGEMENT = new Set(['session.self']);

/** The portal area an action belongs to: 'registrations.create' → 'registrations'. */
export function areaOfAction(action: string): string | null {
  if (NOT_ENGAGEMENT.has(action)) return null;
  return action.split('.')[0] || null;
}

export interface ActivityWriter {
  db: Executor;
  clock: Clock;
  actor: Actor;
}

/**
 * Records that a partner user worked in one or more areas of the portal today (once per user, day and
 * area). Returns false for anyone who is not a partner user.
 */
export async function recordPortalActivity(
  ctx: ActivityWriter,
  areas: string | readonly string[],
): Promise<boolean> {
  const partnerId = partnerScope(ctx.actor);
  const list = typeof areas === 'string' ? [areas] : areas;
  if (!partnerId || ctx.actor.kind !== 'user' || !list.length) return false;
  const now = ctx.clock.now();
  const day = now.toISOString().slice(0, 10);
  const userId = ctx.actor.userId;
  await ctx.db
    .insert(portalActivity)
    .values(list.map((area) => ({ userId, partnerId, day, area, firstAt: now })))
    .onConflictDoNothing();
  return true;
}

/**
 * Records which areas of the portal partner users work in, for the engagement score: after each
 * successful API request of a partner user. Keys written today are remembered in this process, so
 * repeated requests write nothing; a failure to record is logged and never fails the request.
 */
export function registerPortalActivity(app: FastifyInstance): void {
  let today = '';
  let written = new Set<string>();

  const record = async (request: FastifyRequest, statusCode: number) => {
    const actor = request.actor;
    const action = request.routeOptions.config?.action;
    if (actor?.kind !== 'user' || !actor.partnerId || !action || statusCode >= 400) return;
    if (isInternalRead(request)) return;
    const area = areaOfAction(action);
    if (!area) return;
    const { clock, database } = request.server.services;
    const day = clock.now().toISOString().slice(0, 10);
    if (day !== today) {
      today = day;
      written = new Set();
    }
    const key = `${actor.userId}|${area}`;
    if (written.has(key)) return;
    written.add(key);
    try {
      await recordPortalActivity({ db: database.db, clock, actor }, area);
    } catch (error) {
      written.delete(key);
      request.log.warn({ err: error, area }, 'could not record portal activity');
    }
  };

  // Recorded before the answer goes out, so a client that reads engagement next sees it; except while
  // an Idempotency-Key request still holds its transaction open, which commits only after this hook.
  const afterCommit = new WeakSet<FastifyRequest>();
  app.addHook('onSend', async (request, reply, payload) => {
    if (request.heldTransaction) afterCommit.add(request);
    else await record(request, reply.statusCode);
    return payload;
  });
  app.addHook('onResponse', async (request, reply) => {
    if (afterCommit.has(request)) await record(request, reply.statusCode);
  });
}
