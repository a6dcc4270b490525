import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { zPage } from '../../platform/http/pagination.js';
import { ctxOf } from '../../platform/http/request-context.js';
import { problemResponses, ZIdParams, ZNoContent } from '../../platform/http/schemas.js';
import { createSubscription } from './create-subscription.js';
import { deleteSubscription } from './delete-subscription.js';
import { deliverySettingsFrom } from './delivery-settings.js';
import { findEventTypes } from './event-types.js';
import { findDeliveries } from './find-deliveries.js';
import { findSubscriptions } from './find-subscriptions.js';
import { getDelivery } from './get-delivery.js';
import { getSubscription } from './get-subscription.js';
import { redeliver } from './redeliver.js';
import { rotateSecret } from './rotate-secret.js';
import { sendTestEvent } from './send-test-event.js';
import { setSubscriptionStatus } from './set-subscription-status.js';
import { updateSubscription } from './update-subscription.js';
import {
  ZDeliveriesQuery,
  ZDelivery,
  ZDeliveryDetail,
  ZDisableInput,
  ZEventType,
  ZSubscription,
  ZSubscriptionInput,
  ZSubscriptionsQuery,
  ZSubscriptionUpdate,
  ZSubscriptionWithSecret,
} from './webhooks.schemas.js';

const tags = ['webhooks'];

export const webhookRoutes: FastifyPluginAsyncZod = async (app) => {
  const config = () => app.services.config;
  if (config().dataKeyDerived && config().databaseUrl) {
    app.log.warn(
      'TRELLIS_DATA_KEY is not set: webhook secrets are encrypted with a key derived from the database name',
    );
  }

  app.get(
    '/api/webhooks/event-types',
    {
      config: { action: 'webhooks.read' },
      schema: {
        operationId: 'listWebhookEventTypes',
        tags,
        summary: 'The event types a subscription can ask for',
        response: { 200: z.object({ items: z.array(ZEventType) }), ...problemResponses },
      },
    },
    async (request) => ({ items: await findEventTypes(ctxOf(request)) }),
  );

  app.get(
    '/api/webhooks',
    {
      config: { action: 'webhooks.read' },
      schema: {
        operationId: 'listWebhookSubscriptions',
        tags,
        summary: 'Webhook subscriptions with their status and failure count',
        querystring: ZSubscriptionsQuery,
        response: { 200: zPage(ZSubscription), ...problemResponses },
      },
    },
    async (request) => findSubscriptions(ctxOf(request), request.query),
  );

  app.post(
    '/api/webhooks',
    {
      config: { action: 'webhooks.write' },
      schema: {
        operationId: 'createWebhookSubscription',
        tags,
        summary: 'Subscribe an endpoint to event types; the signing secret is in this answer only',
        body: ZSubscriptionInput,
        response: { 201: ZSubscriptionWithSecret, ...problemResponses },
      },
    },
    async (request, reply) =>
      reply.code(201).send(await createSubscription(ctxOf(request), request.body, config().dataKey)),
  );

  app.get(
    '/api/webhooks/:id',
    {
      config: { action: 'webhooks.read' },
      schema: {
        operationId: 'getWebhookSubscription',
        tags,
        summary: 'One webhook subscription',
        params: ZIdParams,
        response: { 200: ZSubscription, ...problemResponses },
      },
    },
    async (request) => getSubscription(ctxOf(request), request.params.id),
  );

  app.patch(
    '/api/webhooks/:id',
    {
      config: { action: 'webhooks.write' },
      schema: {
        operationId: 'updateWebhookSubscription',
        tags,
        summary: 'Change a subscription’s name, URL, event types or private-network permission',
        params: ZIdParams,
        body: ZSubscriptionUpdate,
        response: { 200: ZSubscription, ...problemResponses },
      },
    },
    async (request) => updateSubscription(ctxOf(request), request.params.id, request.body),
  );

  app.delete(
    '/api/webhooks/:id',
    {
      config: { action: 'webhooks.write' },
      schema: {
        operationId: 'deleteWebhookSubscription',
        tags,
        summary: 'Delete a subscription with its queue and delivery log',
        params: ZIdParams,
        response: { 204: ZNoContent, ...problemResponses },
      },
    },
    async (request, reply) => {
      await deleteSubscription(ctxOf(request), request.params.id);
      return reply.code(204).send(null);
    },
  );

  app.post(
    '/api/webhooks/:id/rotate-secret',
    {
      config: { action: 'webhooks.write' },
      schema: {
        operationId: 'rotateWebhookSecret',
        tags,
        summary: 'Replace the signing secret; the new one is in this answer only',
        params: ZIdParams,
        response: { 200: ZSubscriptionWithSecret, ...problemResponses },
      },
    },
    async (request) => rotateSecret(ctxOf(request), request.params.id, config().dataKey),
  );

  app.post(
    '/api/webhooks/:id/enable',
    {
      config: { action: 'webhooks.write' },
      schema: {
        operationId: 'enableWebhookSubscription',
        tags,
        summary: 'Enable a subscription again; its failure count starts over and queued deliveries resume',
        params: ZIdParams,
        response: { 200: ZSubscription, ...problemResponses },
      },
    },
    async (request) => setSubscriptionStatus(ctxOf(request), request.params.id, { status: 'active' }),
  );

  app.post(
    '/api/webhooks/:id/disable',
    {
      config: { action: 'webhooks.write' },
      schema: {
        operationId: 'disableWebhookSubscription',
        tags,
        summary: 'Stop deliveries to a subscription; queued ones wait until it is enabled',
        params: ZIdParams,
        body: ZDisableInput,
        response: { 200: ZSubscription, ...problemResponses },
      },
    },
    async (request) =>
      setSubscriptionStatus(ctxOf(request), request.params.id, {
        status: 'disabled',
        reason: request.body.reason,
      }),
  );

  app.post(
    '/api/webhooks/:id/test',
    {
      config: { action: 'webhooks.write' },
      schema: {
        operationId: 'sendWebhookTestEvent',
        tags,
        summary: 'Queue a webhook.test event for this subscription; it is sent within seconds',
        params: ZIdParams,
        response: { 202: ZDelivery, ...problemResponses },
      },
    },
    async (request, reply) => reply.code(202).send(await sendTestEvent(ctxOf(request), request.params.id)),
  );

  app.get(
    '/api/webhooks/:id/deliveries',
    {
      config: { action: 'webhooks.read' },
      schema: {
        operationId: 'listWebhookDeliveries',
        tags,
        summary: 'A subscription’s delivery log, filtered by status or event type',
        params: ZIdParams,
        querystring: ZDeliveriesQuery,
        response: { 200: zPage(ZDelivery), ...problemResponses },
      },
    },
    async (request) => findDeliveries(ctxOf(request), request.params.id, request.query),
  );

  app.get(
    '/api/webhook-deliveries/:id',
    {
      config: { action: 'webhooks.read' },
      schema: {
        operationId: 'getWebhookDelivery',
        tags,
        summary: 'One delivery with the body it sends and every attempt',
        params: ZIdParams,
        response: { 200: ZDeliveryDetail, ...problemResponses },
      },
    },
    async (request) => getDelivery(ctxOf(request), request.params.id),
  );

  app.post(
    '/api/webhook-deliveries/:id/redeliver',
    {
      config: { action: 'webhooks.write' },
      schema: {
        operationId: 'redeliverWebhook',
        tags,
        summary: 'Send a delivery again with the same webhook-id (a queued one is brought forward)',
        params: ZIdParams,
        response: { 200: ZDeliveryDetail, ...problemResponses },
      },
    },
    async (request) => redeliver(ctxOf(request), request.params.id, deliverySettingsFrom(config())),
  );
};
