import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  applyLedgerOperation,
  emptyLedger,
  FUNDING,
  type LedgerOperation,
  type LedgerState,
  withMoves,
} from '../ledger/mdf-ledger-kernel.js';

const allocations = ['a1', 'a2', 'a3'];
const requests = ['r1', 'r2', 'r3', 'r4'];
/** Each request belongs to one allocation, as in the database. */
const allocationOf = (request: string) =>
  allocations[requests.indexOf(request) % allocations.length] as string;

const amount = fc.oneof(fc.integer({ min: -5, max: 0 }), fc.integer({ min: 1, max: 100_000 }));
const allocation = fc.constantFrom(...allocations);
const request = fc.constantFrom(...requests);

const operation: fc.Arbitrary<LedgerOperation> = fc.oneof(
  amount.map((amountMinor) => ({ kind: 'fund' as const, amountMinor })),
  fc
    .tuple(allocation, amount)
    .map(([allocationId, amountMinor]) => ({ kind: 'allocate' as const, allocationId, amountMinor })),
  fc.tuple(allocation, amount).map(([allocationId, amountMinor]) => ({
    kind: 'reduce_allocation' as const,
    allocationId,
    amountMinor,
  })),
  ...(['commit', 'release', 'approve_claim'] as const).map((kind) =>
    fc.tuple(request, amount).map(([requestId, amountMinor]) => ({
      kind,
      requestId,
      allocationId: allocationOf(requestId),
      amountMinor,
    })),
  ),
  fc
    .tuple(allocation, amount)
    .map(([allocationId, amountMinor]) => ({ kind: 'pay' as const, allocationId, amountMinor })),
  fc.constant({ kind: 'close' as const }),
);

const internalTotal = (state: LedgerState) =>
  Object.entries(state.balances)
    .filter(([bucket]) => bucket !== FUNDING)
    .reduce((sum, [, balance]) => sum + balance, 0);

describe('MDF ledger kernel', () => {
  it('never takes a bucket below zero, conserves every cent, and a refusal changes nothing', () => {
    fc.assert(
      fc.property(fc.array(operation, { maxLength: 80 }), (ops) => {
        let state = emptyLedger();
        let funded = 0;
        for (const op of ops) {
          const before = structuredClone(state);
          const outcome = applyLedgerOperation(state, op);
          expect(state).toEqual(before);
          if (!outcome.ok) {
            expect(outcome.reason).toMatch(/\w/);
            continue;
          }
          // The state it returns is exactly the old one plus its moves: entries and balances agree.
          expect(outcome.state.balances).toEqual(
            withMoves(state, outcome.moves, outcome.state.closed).balances,
          );
          for (const move of outcome.moves) {
            expect(move.amountMinor).toBeGreaterThan(0);
            expect(Number.isSafeInteger(move.amountMinor)).toBe(true);
          }
          if (op.kind === 'fund') funded += op.amountMinor;
          state = outcome.state;
          for (const [bucket, balance] of Object.entries(state.balances)) {
            if (bucket !== FUNDING) expect(balance, bucket).toBeGreaterThanOrEqual(0);
          }
          expect(0 - (state.balances[FUNDING] ?? 0)).toBe(funded);
          expect(internalTotal(state)).toBe(funded);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('after closing, only releases, claim approvals and payments move money, and unused money has returned', () => {
    fc.assert(
      fc.property(
        fc.array(operation, { maxLength: 40 }),
        fc.array(operation, { maxLength: 40 }),
        (before, after) => {
          let state = emptyLedger();
          for (const op of before) {
            const outcome = applyLedgerOperation(state, op);
            if (outcome.ok) state = outcome.state;
          }
          if (state.closed) return;
          const closing = applyLedgerOperation(state, { kind: 'close' });
          if (!closing.ok) throw new Error(closing.reason);
          state = closing.state;
          for (const [bucket, balance] of Object.entries(state.balances)) {
            if (bucket === 'unallocated' || bucket.startsWith('available:')) expect(balance).toBe(0);
          }
          for (const op of after) {
            const outcome = applyLedgerOperation(state, op);
            if (['fund', 'allocate', 'commit', 'close'].includes(op.kind)) expect(outcome.ok).toBe(false);
            if (outcome.ok) state = outcome.state;
            expect(state.balances.unallocated ?? 0).toBe(0);
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('names why it refuses', () => {
    const funded = applyLedgerOperation(emptyLedger(), { kind: 'fund', amountMinor: 1000 });
    if (!funded.ok) throw new Error('fund refused');
    const over = applyLedgerOperation(funded.state, {
      kind: 'allocate',
      allocationId: 'a1',
      amountMinor: 1001,
    });
    expect(over).toEqual({
      ok: false,
      reason: 'Not enough unallocated money in the budget: 1000 left, 1001 asked',
    });
  });
});
