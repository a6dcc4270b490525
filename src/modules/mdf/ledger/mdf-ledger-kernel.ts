/**
 * The rules of MDF money, without a database. A budget's money sits in buckets:
 *
 *   funding → unallocated → available:<allocation> → committed:<request> → payable:<allocation> → paid:<allocation>
 *
 * with releases back (committed → available, available → unallocated) and, when the budget closes,
 * unallocated and unused money → returned. `funding` is the outside source: its balance is minus what
 * was funded. Every other bucket stays at or above zero, and their sum is always what was funded.
 */

export const FUNDING = 'funding';
export const UNALLOCATED = 'unallocated';
export const RETURNED = 'returned';

export const availableBucket = (allocationId: string) => `available:${allocationId}`;
export const committedBucket = (requestId: string) => `committed:${requestId}`;
export const payableBucket = (allocationId: string) => `payable:${allocationId}`;
export const paidBucket = (allocationId: string) => `paid:${allocationId}`;

export type LedgerOperation =
  | { kind: 'fund'; amountMinor: number }
  | { kind: 'allocate'; allocationId: string; amountMinor: number }
  | { kind: 'reduce_allocation'; allocationId: string; amountMinor: number }
  | { kind: 'commit'; allocationId: string; requestId: string; amountMinor: number }
  | { kind: 'release'; allocationId: string; requestId: string; amountMinor: number }
  | { kind: 'approve_claim'; allocationId: string; requestId: string; amountMinor: number }
  | { kind: 'pay'; allocationId: string; amountMinor: number }
  | { kind: 'close' };

export interface LedgerState {
  closed: boolean;
  /** Balance per bucket; a missing bucket is zero. */
  balances: Readonly<Record<string, number>>;
}

export interface LedgerMove {
  entryType: string;
  fromBucket: string;
  toBucket: string;
  amountMinor: number;
}

export type LedgerOutcome =
  | { ok: true; moves: LedgerMove[]; state: LedgerState }
  | { ok: false; reason: string };

export function balanceOf(state: LedgerState, bucket: string): number {
  return state.balances[bucket] ?? 0;
}

export function emptyLedger(): LedgerState {
  return { closed: false, balances: {} };
}

/** Adds moves to a state; the caller has checked them. */
export function withMoves(
  state: LedgerState,
  moves: readonly LedgerMove[],
  closed = state.closed,
): LedgerState {
  const balances: Record<string, number> = { ...state.balances };
  for (const move of moves) {
    balances[move.fromBucket] = (balances[move.fromBucket] ?? 0) - move.amountMinor;
    balances[move.toBucket] = (balances[move.toBucket] ?? 0) + move.amountMinor;
  }
  return { closed, balances };
}

const refuse = (reason: string): LedgerOutcome => ({ ok: false, reason });

function move(
  state: LedgerState,
  entryType: string,
  fromBucket: string,
  toBucket: string,
  amountMinor: number,
  shortReason: string,
): LedgerOutcome {
  if (!Number.isSafeInteger(amountMinor) || amountMinor <= 0) {
    return refuse('The amount must be a positive whole number of minor units');
  }
  if (fromBucket !== FUNDING && balanceOf(state, fromBucket) < amountMinor) {
    return refuse(`${shortReason}: ${balanceOf(state, fromBucket)} left, ${amountMinor} asked`);
  }
  const moves = [{ entryType, fromBucket, toBucket, amountMinor }];
  return { ok: true, moves, state: withMoves(state, moves) };
}

/** Applies one operation, or refuses it with a reason (and then nothing changes). */
export function applyLedgerOperation(state: LedgerState, op: LedgerOperation): LedgerOutcome {
  const closedRefusal = 'The budget is closed';
  switch (op.kind) {
    case 'fund':
      if (state.closed) return refuse(closedRefusal);
      return move(state, 'budget_funded', FUNDING, UNALLOCATED, op.amountMinor, 'Funding');
    case 'allocate':
      if (state.closed) return refuse(closedRefusal);
      return move(
        state,
        'allocated',
        UNALLOCATED,
        availableBucket(op.allocationId),
        op.amountMinor,
        'Not enough unallocated money in the budget',
      );
    case 'reduce_allocation':
      return move(
        state,
        'allocation_reduced',
        availableBucket(op.allocationId),
        state.closed ? RETURNED : UNALLOCATED,
        op.amountMinor,
        'An allocation can only be lowered by what is unused',
      );
    case 'commit':
      if (state.closed) return refuse(closedRefusal);
      return move(
        state,
        'committed',
        availableBucket(op.allocationId),
        committedBucket(op.requestId),
        op.amountMinor,
        'Not enough available in the allocation',
      );
    case 'release':
      return move(
        state,
        'released',
        committedBucket(op.requestId),
        state.closed ? RETURNED : availableBucket(op.allocationId),
        op.amountMinor,
        'Cannot release more than is committed',
      );
    case 'approve_claim':
      return move(
        state,
        'claim_approved',
        committedBucket(op.requestId),
        payableBucket(op.allocationId),
        op.amountMinor,
        'The claim is more than the request has committed',
      );
    case 'pay':
      return move(
        state,
        'paid',
        payableBucket(op.allocationId),
        paidBucket(op.allocationId),
        op.amountMinor,
        'Cannot pay more than is payable',
      );
    case 'close': {
      if (state.closed) return refuse('The budget is already closed');
      const moves: LedgerMove[] = [];
      for (const [bucket, balance] of Object.entries(state.balances).sort(([a], [b]) => a.localeCompare(b))) {
        if (balance > 0 && (bucket === UNALLOCATED || bucket.startsWith('available:'))) {
          moves.push({
            entryType: 'budget_closed',
            fromBucket: bucket,
            toBucket: RETURNED,
            amountMinor: balance,
          });
        }
      }
      return { ok: true, moves, state: withMoves(state, moves, true) };
    }
  }
}

/** Money per kind of bucket, for a whole budget or the buckets of some allocations. */
export interface LedgerFigures {
  fundedMinor: number;
  unallocatedMinor: number;
  availableMinor: number;
  committedMinor: number;
  payableMinor: number;
  paidMinor: number;
  returnedMinor: number;
}

export function figuresOf(balances: Readonly<Record<string, number>>): LedgerFigures {
  const figures: LedgerFigures = {
    fundedMinor: 0 - (balances[FUNDING] ?? 0),
    unallocatedMinor: balances[UNALLOCATED] ?? 0,
    availableMinor: 0,
    committedMinor: 0,
    payableMinor: 0,
    paidMinor: 0,
    returnedMinor: balances[RETURNED] ?? 0,
  };
  for (const [bucket, balance] of Object.entries(balances)) {
    if (bucket.startsWith('available:')) figures.availableMinor += balance;
    else if (bucket.startsWith('committed:')) figures.committedMinor += balance;
    else if (bucket.startsWith('payable:')) figures.payableMinor += balance;
    else if (bucket.startsWith('paid:')) figures.paidMinor += balance;
  }
  return figures;
}
