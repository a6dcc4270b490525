import { eq } from 'drizzle-orm';
import { Webhook } from 'standardwebhooks';
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/audit.table.js';
import type { Clock } from '../../../platform/clock.js';
import type { Ctx } from '../../../platform/context.js';
import { domainEvents, eventConsumerCursors } from '../../../platform/events/events.table.js';
import { publishEvent } from '../../../platform/events/publish-event.js';
import { createIdGenerator } from '../../../platform/ids.js';
import { createTestApp } from '../../../testing/test-app.js';
import { createSubscription } from '../create-subscription.js';
import { deliverDueWebhooks } from '../deliver-due-webhooks.js';
import { type DeliverySettings, deliverySettingsFrom } from '../delivery-settings.js';
import { fanOutEvents, WEBHOOKS_CONSUMER } from '../fan-out-events.js';
import { webhookAttempts, webhookDeliveries, webhookSubscriptions } from '../webhooks.table.js';
import { headerRecord, type Receiver, startReceiver } from './receiver.js';

const t = await createTestApp();
const db = t.db.database.db;
let receiver: Receiver;
let nowMs = Date.now();
const clock: Clock = { now: () => new Date(nowMs) };
const ctx: Ctx = { ...t.systemCtx, clock, ids: createIdGenerator(() => clock.now()) };
const settings: DeliverySettings = {
  ...deliverySettingsFrom(t.app.services.config),
  retryBaseMs: 1000,
  timeoutMs: 2000,
  random: () => 0.5,
};

beforeEach(async () => {
  receiver = await startReceiver();
});
afterEach(async () => {
  await receiver.close();
  await db.delete(webhookSubscriptions);
});
afterAll(async () => t.close());

async function subscribe(eventTypes: string[], extra: Record<string, unknown> = {}) {
  const res = await t.request('admin', {
    method: 'POST',
    url: '/api/webhooks',
    payload: { name: 'CRM sync', url: receiver.url, eventTypes, allowPrivateNetwork: true, ...extra },
  });
  expect(res.statusCode, res.body).toBe(201);
  const { subscription, secret } = res.json() as { subscription: { id: string }; secret: string };
  return { id: subscription.id, secret };
}

async function publish(type: string, entityId: string, payload: Record<string, unknown> = {}) {
  nowMs += 1;
  await publishEvent(ctx, { type, entityType: 'deal', entityId, payload });
}

/** One scheduler run: queue new events, then send what is due. */
async function runSender(overrides: Partial<DeliverySettings> = {}) {
  await fanOutEvents(ctx);
  return deliverDueWebhooks(ctx, { ...settings, ...overrides });
}

const typeOf = (r: { body: string }) => (JSON.parse(r.body) as { type: string }).type;
const subjectOf = (r: { body: string }) => (JSON.parse(r.body) as { data: { id: string } }).data.id;

describe('subscriptions', () => {
  it('refuse a loopback endpoint with a field error unless private networks are allowed', async () => {
    const res = await t.request('admin', {
      method: 'POST',
      url: '/api/webhooks',
      payload: { name: 'Local', url: receiver.url, eventTypes: ['deal.won'] },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ field: 'url', message: expect.stringContaining('127.0.0.1') }]);
    expect(await db.select().from(webhookSubscriptions)).toEqual([]);

    const { id } = await subscribe(['deal.won']);
    const refused = await t.request('admin', {
      method: 'PATCH',
      url: `/api/webhooks/${id}`,
      payload: { allowPrivateNetwork: false },
    });
    expect(refused.statusCode).toBe(400);
    expect(refused.json().errors[0].field).toBe('url');
  });

  it('show the secret once, then only its prefix; rotation replaces it', async () => {
    const { id, secret } = await subscribe(['deal.won']);
    expect(secret).toMatch(/^whsec_/);
    const read = await t.request('admin', { method: 'GET', url: `/api/webhooks/${id}` });
    expect(read.body).not.toContain(secret);
    expect(secret.startsWith(read.json().secretPrefix)).toBe(true);
    const [row] = await db.select().from(webhookSubscriptions).where(eq(webhookSubscriptions.id, id));
    expect(row!.secretEncrypted).not.toContain(secret.slice(6));

    const rotated = await t.request('admin', { method: 'POST', url: `/api/webhooks/${id}/rotate-secret` });
    expect(rotated.statusCode).toBe(200);
    const next = rotated.json().secret as string;
    expect(next).not.toBe(secret);
    await publish('deal.won', 'rotated-deal');
    await runSender();
    const [received] = receiver.received;
    const headers = headerRecord(received!.headers);
    expect(() => new Webhook(next).verify(received!.body, headers)).not.toThrow();
    expect(() => new Webhook(secret).verify(received!.body, headers)).toThrow();
  });
});

describe('deliveries', () => {
  it('are signed so that the standardwebhooks package verifies them, and only for subscribed types', async () => {
    const { id, secret } = await subscribe(['deal.won']);
    await publish('deal.lost', 'deal-1');
    await publish('deal.won', 'deal-2', { amountMinor: 500_000, currency: 'EUR' });
    expect(await runSender()).toMatchObject({ sent: 1, succeeded: 1 });

    expect(receiver.received).toHaveLength(1);
    const { headers, body } = receiver.received[0]!;
    expect(headers['content-type']).toBe('application/json');
    const verified = new Webhook(secret).verify(body, headerRecord(headers));
    expect(verified).toMatchObject({
      type: 'deal.won',
      timestamp: expect.any(String),
      data: { id: 'deal-2', entity: 'deal', amountMinor: 500_000, currency: 'EUR' },
    });

    const log = await t.request('admin', {
      method: 'GET',
      url: `/api/webhooks/${id}/deliveries?status=succeeded`,
    });
    expect(log.json().items).toHaveLength(1);
    const delivery = log.json().items[0];
    expect(delivery).toMatchObject({
      messageId: headers['webhook-id'],
      status: 'succeeded',
      lastStatusCode: 200,
    });
    const detail = await t.request('admin', { method: 'GET', url: `/api/webhook-deliveries/${delivery.id}` });
    expect(detail.json().attemptLog).toMatchObject([{ statusCode: 200, trigger: 'retry', error: null }]);
  });

  it('are retried with growing delays on the injected clock, with the same webhook-id', async () => {
    await subscribe(['deal.updated']);
    receiver.answer = (_r, index) => (index < 2 ? 503 : 204);
    await publish('deal.updated', 'deal-3');
    expect(await runSender()).toMatchObject({ sent: 1, failed: 1 });
    const [queued] = await db.select().from(webhookDeliveries);
    expect(queued!.nextAttemptAt.getTime() - nowMs).toBe(1000);

    expect(await runSender()).toMatchObject({ sent: 0 });
    nowMs += 1000;
    expect(await runSender()).toMatchObject({ sent: 1, failed: 1 });
    const [again] = await db.select().from(webhookDeliveries);
    expect(again!.nextAttemptAt.getTime() - nowMs).toBe(4000);
    nowMs += 3999;
    expect(await runSender()).toMatchObject({ sent: 0 });
    nowMs += 1;
    expect(await runSender()).toMatchObject({ sent: 1, succeeded: 1 });

    expect(new Set(receiver.received.map((r) => r.headers['webhook-id'])).size).toBe(1);
    const attempts = await db.select().from(webhookAttempts);
    expect(attempts.map((a) => a.statusCode).sort()).toEqual([204, 503, 503]);
    const [done] = await db.select().from(webhookDeliveries);
    expect(done).toMatchObject({ status: 'succeeded', attempts: 3 });
    const [subscription] = await db.select().from(webhookSubscriptions);
    expect(subscription!.consecutiveFailures).toBe(0);
  });

  it('give up after the last attempt and let the subject’s later events through', async () => {
    await subscribe(['deal.updated']);
    receiver.answer = (r) => (subjectOf(r) === 'doomed' && typeOf(r) === 'deal.updated' ? 500 : 200);
    await publish('deal.updated', 'doomed');
    await publish('deal.updated', 'doomed');
    for (let i = 0; i < 8; i++) {
      await runSender();
      nowMs += 10_000_000;
    }
    const rows = await db.select().from(webhookDeliveries).orderBy(webhookDeliveries.eventId);
    expect(rows.map((r) => [r.status, r.attempts])).toEqual([
      ['failed', 8],
      ['pending', 1],
    ]);
    // The second event waited for the first to be given up on before its first attempt.
    const attempts = await db.select().from(webhookAttempts).orderBy(webhookAttempts.attemptedAt);
    expect(attempts.map((a) => a.deliveryId)).toEqual([...Array(8).fill(rows[0]!.id), rows[1]!.id]);
  });

  it('keep each subject in order while an earlier event waits for a retry', async () => {
    await subscribe(['*']);
    let failedOnce = false;
    receiver.answer = (r) => {
      const body = JSON.parse(r.body) as { data: { id: string; step?: number } };
      if (body.data.id === 'ordered' && body.data.step === 1 && !failedOnce) {
        failedOnce = true;
        return 500;
      }
      return 200;
    };
    for (const step of [1, 2, 3]) await publish('deal.updated', 'ordered', { step });
    await publish('deal.updated', 'other', { step: 1 });
    await runSender();
    expect(receiver.received.map((r) => subjectOf(r))).toEqual(['ordered', 'other']);
    nowMs += 1000;
    await runSender();
    const steps = receiver.received
      .filter((r) => subjectOf(r) === 'ordered')
      .map((r) => (JSON.parse(r.body) as { data: { step: number } }).data.step);
    expect(steps).toEqual([1, 1, 2, 3]);
  });

  it('can be sent again by hand with the same webhook-id', async () => {
    const { id } = await subscribe(['deal.won']);
    await publish('deal.won', 'deal-5');
    await runSender();
    const [delivery] = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.subscriptionId, id));
    const res = await t.request('admin', {
      method: 'POST',
      url: `/api/webhook-deliveries/${delivery!.id}/redeliver`,
    });
    expect(res.statusCode, res.body).toBe(200);
    // The request runs on the app's own (fixed) clock, so compare the log as a set.
    const triggers = res.json().attemptLog.map((a: { trigger: string }) => a.trigger);
    expect(triggers.sort()).toEqual(['redelivery', 'retry']);
    expect(receiver.received.map((r) => r.headers['webhook-id'])).toEqual([
      delivery!.messageId,
      delivery!.messageId,
    ]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, delivery!.id));
    expect(audit.map((a) => a.action)).toEqual(['webhook.redeliver']);
  });

  it('are queued once per event even when the outbox is read again (after a crash)', async () => {
    await subscribe(['deal.won']);
    await publish('deal.won', 'deal-7');
    await fanOutEvents(ctx);
    const first = await db.select().from(webhookDeliveries);
    await db
      .update(eventConsumerCursors)
      .set({ lastEventId: 0 })
      .where(eq(eventConsumerCursors.consumer, WEBHOOKS_CONSUMER));
    await fanOutEvents(ctx);
    // Events of earlier tests are offered to this subscription too now; deal-7's stays as it was.
    const again = await db
      .select()
      .from(webhookDeliveries)
      .where(eq(webhookDeliveries.subject, 'deal:deal-7'));
    expect(first).toHaveLength(1);
    expect(again).toEqual(first);
  });

  it('include a test event sent from the console', async () => {
    const { id } = await subscribe(['deal.won']);
    const res = await t.request('admin', { method: 'POST', url: `/api/webhooks/${id}/test` });
    expect(res.statusCode, res.body).toBe(202);
    await runSender();
    expect(receiver.received.map(typeOf)).toEqual(['webhook.test']);
  });
});

describe('a failing endpoint', () => {
  it('is disabled once failures persist, with an audit entry and a webhook.disabled event; enabling restarts it', async () => {
    const { id } = await subscribe(['deal.updated']);
    receiver.answer = () => 503;
    const strict = { disableAfterFailures: 3, disableAfterMs: 60_000 };
    for (const deal of ['a', 'b', 'c']) await publish('deal.updated', `failing-${deal}`);
    await runSender(strict);
    let [row] = await db.select().from(webhookSubscriptions);
    expect(row).toMatchObject({ status: 'active', consecutiveFailures: 3 });
    nowMs += 61_000;
    expect(await runSender(strict)).toMatchObject({ disabled: 1 });
    [row] = await db.select().from(webhookSubscriptions);
    expect(row!.status).toBe('disabled');
    expect(row!.disabledReason).toMatch(/failed attempts in a row/);

    const sentBefore = receiver.received.length;
    nowMs += 3_600_000;
    expect(await runSender(strict)).toMatchObject({ sent: 0 });
    expect(receiver.received).toHaveLength(sentBefore);
    const events = await db.select().from(domainEvents).where(eq(domainEvents.type, 'webhook.disabled'));
    expect(events.map((e) => e.entityId)).toEqual([id]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.entityId, id));
    expect(audit.map((a) => a.action)).toContain('webhook.disable');

    receiver.answer = () => 200;
    const enabled = await t.request('admin', { method: 'POST', url: `/api/webhooks/${id}/enable` });
    expect(enabled.json()).toMatchObject({ status: 'active', consecutiveFailures: 0, disabledReason: null });
    await runSender(strict);
    const pending = await db.select().from(webhookDeliveries).where(eq(webhookDeliveries.status, 'pending'));
    expect(pending).toEqual([]);
  });

  it('is never contacted when its host resolves to a private address at send time', async () => {
    const now = clock.now();
    const created = await createSubscription(
      ctx,
      {
        name: 'Rebound',
        url: `http://127.0.0.1:${receiver.port}/x`,
        eventTypes: ['deal.won'],
        allowPrivateNetwork: true,
      },
      settings.dataKey,
    );
    // Its DNS now answers with a loopback address, and nobody allowed private networks for it.
    await db
      .update(webhookSubscriptions)
      .set({ url: `http://rebound.example:${receiver.port}/x`, allowPrivateNetwork: false, createdAt: now })
      .where(eq(webhookSubscriptions.id, created.subscription.id));
    const resolver = async () => [{ address: '127.0.0.1', family: 4 }];
    await publish('deal.won', 'deal-6');
    expect(await runSender({ resolver })).toMatchObject({ sent: 1, failed: 1 });
    expect(receiver.received).toEqual([]);
    const [attempt] = await db.select().from(webhookAttempts);
    expect(attempt).toMatchObject({ statusCode: null, error: expect.stringContaining('Not sent') });

    // Allowed, it connects to the address that was checked, whatever the system resolver says.
    await db.update(webhookSubscriptions).set({ allowPrivateNetwork: true });
    nowMs += 1000;
    expect(await runSender({ resolver })).toMatchObject({ sent: 1, succeeded: 1 });
    expect(receiver.received[0]!.headers.host).toBe(`rebound.example:${receiver.port}`);
  });
});
