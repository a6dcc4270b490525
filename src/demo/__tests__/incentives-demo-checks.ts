import { eq } from 'drizzle-orm';
import type { FastifyInstance } from 'fastify';
import { describe, expect, it } from 'vitest';
import { findIncentiveStatements } from '../../modules/incentives/find-statements.js';
import {
  incentiveLedger,
  incentivePayouts,
  incentiveRules,
} from '../../modules/incentives/incentives.table.js';
import type { TestDatabase } from '../../testing/test-database.js';
import { readerCtx } from './read-demo.js';

/** The demo's incentive program: rules earning from the story's events, paid quarters, a clawback. */
export function describeIncentivesDemo(database: () => TestDatabase, _app: () => FastifyInstance): void {
  describe('the demo incentive program', () => {
    const db = () => database().database.db;

    it('has the five rules, each of which earned from the story’s real events', async () => {
      const rules = await db().select().from(incentiveRules);
      expect(rules.map((r) => r.trigger).sort()).toEqual(
        ['certification', 'co_sell_win', 'renewal', 'rep_co_sell', 'sourced_deal'].sort(),
      );
      const entries = await db().select().from(incentiveLedger);
      for (const rule of rules)
        expect(entries.filter((e) => e.ruleId === rule.id).length, rule.name).toBeGreaterThan(0);
      const accruals = entries.filter((e) => e.entryType === 'accrual');
      expect(accruals.some((e) => e.description.includes('quarterly cap'))).toBe(true);
      expect(
        new Set(accruals.filter((e) => e.beneficiaryType === 'rep').map((e) => e.userId)).size,
      ).toBeGreaterThan(1);
    });

    it('paid the closed quarters in AP and payroll batches and left the latest quarter accrued', async () => {
      const payouts = await db().select().from(incentivePayouts);
      expect(new Set(payouts.map((p) => p.period))).toEqual(
        new Set(['2025-Q3', '2025-Q4', '2026-Q1', '2026-Q2']),
      );
      expect(payouts.some((p) => p.beneficiaryType === 'partner' && p.reference.startsWith('AP-'))).toBe(
        true,
      );
      expect(payouts.some((p) => p.beneficiaryType === 'rep' && p.reference.startsWith('PAYROLL-'))).toBe(
        true,
      );
      const entries = await db().select().from(incentiveLedger);
      for (const payout of payouts) {
        const paid = entries.filter((e) => e.payoutId === payout.id);
        expect(paid.reduce((sum, e) => sum + e.amountMinor, 0)).toBe(payout.totalMinor);
      }
      const latest = entries.filter((e) => e.period >= '2026-07' && e.entryType === 'accrual');
      expect(latest.length).toBeGreaterThan(0);
      expect(latest.every((e) => e.status === 'accrued')).toBe(true);
    });

    it('clawed back one paid rebate with its reason, carried into a later statement', async () => {
      const reversals = await db()
        .select()
        .from(incentiveLedger)
        .where(eq(incentiveLedger.entryType, 'reversal'));
      expect(reversals).toHaveLength(1);
      expect(reversals[0]!.description).toContain('cancelled within the 30-day window');
      const [original] = await db()
        .select()
        .from(incentiveLedger)
        .where(eq(incentiveLedger.id, reversals[0]!.reversesId!));
      expect(original!.status).toBe('paid');
      expect(reversals[0]!.amountMinor).toBe(-original!.amountMinor);
    });

    it('has statements that balance: every closing balance is what is still owed', async () => {
      const entries = await db().select().from(incentiveLedger);
      for (const beneficiaryType of ['partner', 'rep'] as const) {
        const statements = await findIncentiveStatements(readerCtx(db()), {
          beneficiaryType,
          period: '2026-Q4',
          limit: 200,
        });
        expect(statements.items.length).toBeGreaterThan(0);
        for (const row of statements.items) {
          const owed = entries
            .filter(
              (e) =>
                e.beneficiaryType === beneficiaryType &&
                (e.partnerId ?? e.userId) === row.beneficiaryId &&
                e.currency === row.currency &&
                e.status !== 'paid',
            )
            .reduce((sum, e) => sum + e.amountMinor, 0);
          expect(row.closingMinor, row.beneficiaryName).toBe(owed);
          expect(row.closingMinor).toBe(
            row.openingMinor + row.earnedMinor + row.reversedMinor + row.adjustedMinor - row.paidMinor,
          );
        }
      }
    });
  });
}
