import { expect } from 'vitest';
import { diffSnapshots, snapshotDatabase } from '../../../testing/db-snapshot.js';
import type { TestApp, TestUserKey } from '../../../testing/test-app.js';

export type Method = 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE';

export interface DealJson {
  id: string;
  accountId: string;
  accountName: string;
  name: string;
  amountMinor: number;
  currency: string;
  stage: string;
  closeDate: string;
  ownerId: string | null;
  productLines: string[];
  source: string;
  nextSteps: string | null;
  externalIds: Record<string, string>;
  partners: Array<{ partnerId: string; partnerName: string; role: string }>;
  closedAt: string | null;
  createdAt: string;
  updatedAt: string;
}

export function dealApi(t: () => TestApp) {
  async function call(user: TestUserKey | null, method: Method, url: string, payload?: unknown) {
    return t().request(user, {
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as object }),
    });
  }

  async function createAccount(name: string, domains: string[] = []): Promise<string> {
    const res = await call('admin', 'POST', '/api/accounts', { name, domains });
    expect(res.statusCode, res.body).toBe(201);
    return res.json().id;
  }

  async function createDeal(
    payload: Record<string, unknown>,
    user: TestUserKey = 'sales_rep',
  ): Promise<DealJson> {
    const res = await call(user, 'POST', '/api/deals', {
      name: 'Deal',
      amountMinor: 1_000_000,
      currency: 'USD',
      closeDate: '2026-06-30',
      productLines: ['Analytics'],
      ...payload,
    });
    expect(res.statusCode, res.body).toBe(201);
    return res.json();
  }

  async function addPartner(dealId: string, partnerId: string, role = 'influencing') {
    const res = await call('partner_manager', 'POST', `/api/deals/${dealId}/partners`, { partnerId, role });
    expect(res.statusCode, res.body).toBe(201);
    return res.json() as DealJson;
  }

  async function view(user: TestUserKey, dealId: string) {
    const res = await call(user, 'GET', `/api/deals/${dealId}`);
    expect(res.statusCode, res.body).toBe(200);
    return res.json();
  }

  /** Runs fn and returns what it changed in the database (empty when nothing). */
  async function changesOf<T>(fn: () => Promise<T>): Promise<{ result: T; changes: string[] }> {
    const db = t().db.database.db;
    const before = await snapshotDatabase(db);
    const result = await fn();
    return { result, changes: diffSnapshots(before, await snapshotDatabase(db)) };
  }

  /** Logs every fixture user in, so a later login (which writes a session) shows in no snapshot. */
  async function loginAll(): Promise<void> {
    for (const user of Object.keys(t().fixtures.users) as TestUserKey[]) await t().as(user);
  }

  return { call, createAccount, createDeal, addPartner, view, changesOf, loginAll };
}
