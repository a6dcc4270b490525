import { api, type Schemas, unwrap } from '../../../shared/api/client';
import type { PageParams } from '../../../shared/data-table/use-cursor-list';

export type Subscription = Schemas['WebhookSubscription'];
export type Delivery = Schemas['WebhookDelivery'];
export type DeliveryDetail = Schemas['WebhookDeliveryDetail'];
export type SubscriptionWithSecret = Schemas['WebhookSubscriptionWithSecret'];
export type DeliveryStatus = Delivery['status'];

export const WEBHOOKS_KEY = 'webhooks';
export const DELIVERY_STATUSES: DeliveryStatus[] = ['pending', 'succeeded', 'failed'];

export interface SubscriptionFilters {
  status?: 'active' | 'disabled';
}

export function fetchSubscriptions(query: PageParams & SubscriptionFilters) {
  return unwrap(
    api.GET('/api/webhooks', { params: { query: { ...query, sort: query.sort as '-createdAt' } } }),
  );
}

export interface DeliveryFilters {
  status?: DeliveryStatus;
  eventType?: string;
}

export function fetchDeliveries(subscriptionId: string, query: PageParams & DeliveryFilters) {
  return unwrap(
    api.GET('/api/webhooks/{id}/deliveries', {
      params: { path: { id: subscriptionId }, query: { ...query, sort: query.sort as '-createdAt' } },
    }),
  );
}

export function fetchEventTypes() {
  return unwrap(api.GET('/api/webhooks/event-types'));
}
