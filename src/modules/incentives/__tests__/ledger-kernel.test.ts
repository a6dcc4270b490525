import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  accrue,
  adjust,
  applyChange,
  approve,
  balances,
  type KernelEntry,
  type Outcome,
  type PayOutcome,
  pay,
  type Refusal,
  reverse,
} from '../ledger/ledger-kernel.js';
import { statementTotals } from '../ledger/statement.js';

const BENEFICIARIES = ['partner:a', 'partner:b', 'rep:r'];
const MONTHS = ['2026-01', '2026-02', '2026-03', '2026-04'];

type Op =
  | { op: 'accrue'; who: number; amount: number }
  | { op: 'approve'; picks: number[] }
  | { op: 'pay'; who: number | null }
  | { op: 'reverse'; pick: number }
  | { op: 'adjust'; who: number; amount: number }
  | { op: 'bogus'; pick: number };

const amount = fc.integer({ min: -5_000_000, max: 5_000_000 });
const who = fc.integer({ min: 0, max: BENEFICIARIES.length - 1 });
const pick = fc.nat(60);
const opArb: fc.Arbitrary<Op> = fc.oneof(
  { weight: 4, arbitrary: fc.record({ op: fc.constant('accrue' as const), who, amount }) },
  {
    weight: 3,
    arbitrary: fc.record({
      op: fc.constant('approve' as const),
      picks: fc.array(pick, { minLength: 1, maxLength: 4 }),
    }),
  },
  {
    weight: 2,
    arbitrary: fc.record({ op: fc.constant('pay' as const), who: fc.option(who, { nil: null }) }),
  },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('reverse' as const), pick }) },
  { weight: 2, arbitrary: fc.record({ op: fc.constant('adjust' as const), who, amount }) },
  { weight: 1, arbitrary: fc.record({ op: fc.constant('bogus' as const), pick }) },
);

interface Model {
  entries: KernelEntry[];
  month: number;
  /** Month in which each payout was made. */
  payoutMonth: Map<string, string>;
  /** Entries ever approved (ids), to prove nothing is paid without approval. */
  approvedEver: Set<string>;
  payouts: PayOutcome[];
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object') {
    Object.freeze(value);
    for (const inner of Object.values(value)) deepFreeze(inner);
  }
  return value;
}

function step(model: Model, op: Op, index: number): Outcome | PayOutcome {
  const { entries } = model;
  const id = `e${index}`;
  const period = MONTHS[model.month]!;
  const at = (n: number) => entries[n % Math.max(1, entries.length)]?.id ?? 'none';
  switch (op.op) {
    case 'accrue':
      return accrue(entries, {
        id,
        beneficiary: BENEFICIARIES[op.who]!,
        amountMinor: op.amount,
        currency: 'USD',
        period,
      });
    case 'approve':
      return approve(entries, op.picks.map(at));
    case 'pay': {
      const ids = entries
        .filter(
          (e) => e.status === 'approved' && (op.who === null || e.beneficiary === BENEFICIARIES[op.who]),
        )
        .map((e) => e.id);
      return pay(entries, ids, `p${index}`, 'USD');
    }
    case 'reverse':
      return reverse(entries, { targetId: at(op.pick), id, period });
    case 'adjust':
      return adjust(entries, {
        id,
        beneficiary: BENEFICIARIES[op.who]!,
        amountMinor: op.amount,
        currency: 'USD',
        period,
      });
    case 'bogus':
      // Operations that must be refused: approving a paid or reversed entry, paying an unapproved one.
      return op.pick % 2
        ? approve(
            entries,
            entries
              .filter((e) => e.status !== 'accrued')
              .map((e) => e.id)
              .slice(0, 1)
              .concat('nope'),
          )
        : pay(
            entries,
            entries
              .filter((e) => e.status === 'accrued')
              .map((e) => e.id)
              .concat('nope'),
            'px',
            'USD',
          );
  }
}

function run(ops: Op[]): Model {
  const model: Model = {
    entries: [],
    month: 0,
    payoutMonth: new Map(),
    approvedEver: new Set(),
    payouts: [],
  };
  ops.forEach((op, index) => {
    if (index % 7 === 6) model.month = Math.min(MONTHS.length - 1, model.month + 1);
    const before = JSON.stringify(model.entries);
    deepFreeze(model.entries);
    const outcome = step(model, op, index);
    if (!outcome.ok) {
      expect(JSON.stringify(model.entries)).toBe(before);
      expect((outcome as Refusal).message.length).toBeGreaterThan(0);
      return;
    }
    for (const e of outcome.updated) if (e.status === 'approved') model.approvedEver.add(e.id);
    if ('lines' in outcome) {
      model.payouts.push(outcome);
      model.payoutMonth.set(outcome.updated[0]!.payoutId!, MONTHS[model.month]!);
      for (const e of outcome.updated) expect(model.approvedEver.has(e.id)).toBe(true);
    }
    model.entries = applyChange(model.entries, outcome);
  });
  return model;
}

const sum = (entries: readonly KernelEntry[]) => entries.reduce((total, e) => total + e.amountMinor, 0);

describe('incentive ledger kernel', () => {
  it('conserves every cent: accrued − reversed + adjustments = open + approved-unpaid + paid', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const { entries } = run(ops);
        for (const beneficiary of BENEFICIARIES) {
          const mine = entries.filter((e) => e.beneficiary === beneficiary);
          const accrued = sum(mine.filter((e) => e.entryType === 'accrual'));
          const reversed = sum(mine.filter((e) => e.entryType === 'reversal'));
          const adjusted = sum(mine.filter((e) => e.entryType === 'adjustment'));
          const b = balances(mine);
          expect(b.reversedMinor).toBe(0);
          expect(accrued + reversed + adjusted).toBe(b.accruedMinor + b.approvedMinor + b.paidMinor);
          for (const e of mine) expect(Number.isSafeInteger(e.amountMinor)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('never pays a negative line, pays only approved entries, and carries clawbacks instead', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const { entries, payouts } = run(ops);
        for (const payout of payouts) {
          for (const line of payout.lines) expect(line.totalMinor).toBeGreaterThan(0);
          expect(payout.totalMinor).toBe(payout.lines.reduce((s, l) => s + l.totalMinor, 0));
        }
        for (const beneficiary of BENEFICIARIES) {
          const mine = entries.filter((e) => e.beneficiary === beneficiary);
          const payable = sum(mine.filter((e) => e.status === 'approved'));
          // A negative payable balance only ever comes from an explicit negative line carried forward.
          if (payable < 0) expect(mine.some((e) => e.status === 'approved' && e.amountMinor < 0)).toBe(true);
          const paid = sum(mine.filter((e) => e.status === 'paid'));
          expect(paid).toBeGreaterThanOrEqual(0);
        }
        // Paid entries stay paid: a paid entry is never reversed in place.
        for (const e of entries) if (e.payoutId) expect(e.status).toBe('paid');
      }),
      { numRuns: 300 },
    );
  });

  it('statements add up: each closing is the next opening, and the last equals what is still owed', () => {
    fc.assert(
      fc.property(fc.array(opArb, { maxLength: 80 }), (ops) => {
        const model = run(ops);
        for (const beneficiary of BENEFICIARIES) {
          const mine = model.entries.filter((e) => e.beneficiary === beneficiary);
          const statementEntries = mine.map((e) => ({
            ...e,
            paidMonth: e.payoutId ? (model.payoutMonth.get(e.payoutId) ?? null) : null,
          }));
          let previous = 0;
          for (const month of MONTHS) {
            const [totals] = statementTotals(statementEntries, month, month);
            const opening = totals?.openingMinor ?? previous;
            expect(opening).toBe(previous);
            const closing = totals?.closingMinor ?? previous;
            if (totals)
              expect(closing).toBe(
                totals.openingMinor +
                  totals.earnedMinor +
                  totals.reversedMinor +
                  totals.adjustedMinor -
                  totals.paidMinor,
              );
            previous = closing;
          }
          const b = balances(mine);
          expect(previous).toBe(b.accruedMinor + b.approvedMinor);
          const [quarter] = statementTotals(statementEntries, '2026-01', '2026-03');
          const [april] = statementTotals(statementEntries, '2026-04', '2026-04');
          if (quarter && april) expect(april.openingMinor).toBe(quarter.closingMinor);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('reverses an unpaid entry into a zero pair and a paid one into a clawback, once', () => {
    const a = accrue([], {
      id: 'a',
      beneficiary: 'partner:a',
      amountMinor: 1000,
      currency: 'USD',
      period: '2026-01',
    });
    if (!a.ok) throw new Error('refused');
    let entries = applyChange([], a);
    const first = reverse(entries, { targetId: 'a', id: 'r', period: '2026-01' });
    expect(first.ok && first.updated[0]?.status).toBe('reversed');
    entries = applyChange(entries, first as Exclude<Outcome, Refusal>);
    expect(reverse(entries, { targetId: 'a', id: 'r2', period: '2026-01' }).ok).toBe(false);
    const b = accrue(entries, {
      id: 'b',
      beneficiary: 'partner:a',
      amountMinor: 500,
      currency: 'USD',
      period: '2026-01',
    });
    entries = applyChange(entries, b as Exclude<Outcome, Refusal>);
    entries = applyChange(entries, approve(entries, ['b']) as Exclude<Outcome, Refusal>);
    const paid = pay(entries, ['b'], 'p1', 'USD');
    expect(paid.ok && paid.totalMinor).toBe(500);
    entries = applyChange(entries, paid as PayOutcome);
    const clawback = reverse(entries, { targetId: 'b', id: 'c', period: '2026-02' });
    expect(clawback.ok && clawback.created[0]).toMatchObject({
      status: 'accrued',
      amountMinor: -500,
      reversesId: 'b',
    });
    expect(clawback.ok && clawback.updated).toEqual([]);
  });
});
