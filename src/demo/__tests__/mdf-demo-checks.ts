import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { expectLedgerBalanced } from '../../modules/mdf/__tests__/mdf-test-helpers.js';
import {
  mdfAllocations,
  mdfApprovals,
  mdfBudgets,
  mdfClaims,
  mdfRequests,
} from '../../modules/mdf/mdf.table.js';
import type { TestDatabase } from '../../testing/test-database.js';

/** The demo's market development funds: three quarters, every request and claim status, a balanced ledger. */
export function describeMdfDemo(database: () => TestDatabase, _app: () => FastifyInstance): void {
  describe('the demo market development funds', () => {
    const db = () => database().database.db;

    it('has three quarterly budgets, the last one open, allocated by tier share and by hand', async () => {
      const budgets = await db().select().from(mdfBudgets);
      expect(budgets.map((b) => b.status).sort()).toEqual(['closed', 'closed', 'open']);
      const methods = new Set((await db().select().from(mdfAllocations)).map((a) => a.method));
      expect(methods).toEqual(new Set(['tier_share', 'manual']));
    });

    it('has requests in every status, with finance steps done and waiting', async () => {
      const statuses = new Set((await db().select().from(mdfRequests)).map((r) => r.status));
      for (const status of [
        'draft',
        'submitted',
        'manager_approved',
        'approved',
        'rejected',
        'cancelled',
        'completed',
      ]) {
        expect(statuses, status).toContain(status);
      }
      const steps = new Set((await db().select().from(mdfApprovals)).map((a) => a.step));
      expect(steps).toEqual(new Set(['manager', 'finance']));
    });

    it('has claims paid, approved, waiting, declined, and one rejected then resubmitted', async () => {
      const claims = await db().select().from(mdfClaims);
      const statuses = new Set(claims.map((c) => c.status));
      for (const status of ['submitted', 'approved', 'declined', 'paid'])
        expect(statuses, status).toContain(status);
      expect(claims.some((c) => c.status === 'paid' && c.decisionReason === null && c.resultLeads > 0)).toBe(
        true,
      );
      expect(claims.filter((c) => c.status === 'paid').every((c) => c.paymentReference)).toBe(true);
    });

    it('ends with a ledger that balances: no bucket below zero, every budget holding what it was funded', async () => {
      await expectLedgerBalanced(db());
    });
  });
}
