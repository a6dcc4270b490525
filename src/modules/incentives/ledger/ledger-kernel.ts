/**
 * The incentive ledger's rules, without a database: every change to the ledger is one of these
 * operations, which either returns the entries it updates and creates or refuses and changes nothing.
 *
 * Lifecycle of an entry: accrued → approved → paid. Money is never edited away: reversing an unpaid
 * entry marks it reversed next to a compensating entry (the pair nets to zero), and reversing a paid
 * entry creates a negative line (a clawback) that goes through approval and is netted against the
 * beneficiary's next payout. Adjustments with a reason add a positive or negative line.
 */
export type EntryType = 'accrual' | 'reversal' | 'adjustment';
export type EntryStatus = 'accrued' | 'approved' | 'paid' | 'reversed';

export interface KernelEntry {
  id: string;
  /** "partner:<id>" or "rep:<id>". */
  beneficiary: string;
  entryType: EntryType;
  status: EntryStatus;
  /** Signed minor units: accruals are positive, reversals negative, adjustments either. */
  amountMinor: number;
  currency: string;
  /** The statement month, YYYY-MM. */
  period: string;
  payoutId: string | null;
  reversesId: string | null;
}

export interface Refusal {
  ok: false;
  field: string;
  message: string;
}

export interface Change {
  ok: true;
  updated: KernelEntry[];
  created: KernelEntry[];
}

export type Outcome = Change | Refusal;

/** One beneficiary's line in a payout: the net of its entries in the batch, always above zero. */
export interface PayoutLine {
  beneficiary: string;
  totalMinor: number;
  entryIds: string[];
}

export interface PayOutcome extends Change {
  lines: PayoutLine[];
  totalMinor: number;
  /** Beneficiaries whose approved entries net to zero or less: carried to a later payout. */
  carried: string[];
}

const refuse = (field: string, message: string): Refusal => ({ ok: false, field, message });

const isAmount = (value: number) => Number.isSafeInteger(value);

export interface AccrueInput {
  id: string;
  beneficiary: string;
  amountMinor: number;
  currency: string;
  period: string;
}

export function accrue(entries: readonly KernelEntry[], input: AccrueInput): Outcome {
  if (!isAmount(input.amountMinor) || input.amountMinor <= 0)
    return refuse('amountMinor', 'an accrual must be a positive whole number of minor units');
  if (entries.some((e) => e.id === input.id)) return refuse('id', 'is already in the ledger');
  return {
    ok: true,
    updated: [],
    created: [
      {
        id: input.id,
        beneficiary: input.beneficiary,
        entryType: 'accrual',
        status: 'accrued',
        amountMinor: input.amountMinor,
        currency: input.currency,
        period: input.period,
        payoutId: null,
        reversesId: null,
      },
    ],
  };
}

/** Approves accrued entries; refuses the whole request if any of them is not accrued. */
export function approve(entries: readonly KernelEntry[], ids: readonly string[]): Outcome {
  if (ids.length === 0) return refuse('entryIds', 'names no entry to approve');
  const byId = new Map(entries.map((e) => [e.id, e]));
  const updated: KernelEntry[] = [];
  for (const [index, id] of [...new Set(ids)].entries()) {
    const entry = byId.get(id);
    if (!entry) return refuse(`entryIds.${index}`, 'is not in the ledger');
    if (entry.status !== 'accrued')
      return refuse(`entryIds.${index}`, `is ${entry.status}; only accrued entries can be approved`);
    updated.push({ ...entry, status: 'approved' });
  }
  return { ok: true, updated, created: [] };
}

/**
 * Pays approved entries in one batch of one currency. Each beneficiary is paid the net of its entries;
 * one whose entries net to zero or less is left out with its entries still approved (a clawback carried
 * to its next payout), so no payout line is ever negative.
 */
export function pay(
  entries: readonly KernelEntry[],
  ids: readonly string[],
  payoutId: string,
  currency: string,
): PayOutcome | Refusal {
  const byId = new Map(entries.map((e) => [e.id, e]));
  const groups = new Map<string, KernelEntry[]>();
  for (const [index, id] of [...new Set(ids)].entries()) {
    const entry = byId.get(id);
    if (!entry) return refuse(`entryIds.${index}`, 'is not in the ledger');
    if (entry.status !== 'approved' || entry.payoutId !== null)
      return refuse(`entryIds.${index}`, `is ${entry.status}; only approved, unpaid entries can be paid`);
    if (entry.currency !== currency)
      return refuse(`entryIds.${index}`, `is in ${entry.currency}, not the payout's ${currency}`);
    const group = groups.get(entry.beneficiary) ?? [];
    group.push(entry);
    groups.set(entry.beneficiary, group);
  }
  const lines: PayoutLine[] = [];
  const carried: string[] = [];
  const updated: KernelEntry[] = [];
  for (const [beneficiary, group] of groups) {
    const totalMinor = group.reduce((sum, e) => sum + e.amountMinor, 0);
    if (totalMinor <= 0) {
      carried.push(beneficiary);
      continue;
    }
    lines.push({ beneficiary, totalMinor, entryIds: group.map((e) => e.id) });
    for (const entry of group) updated.push({ ...entry, status: 'paid', payoutId });
  }
  if (lines.length === 0) return refuse('period', 'has no approved entries that net to a payment');
  const totalMinor = lines.reduce((sum, line) => sum + line.totalMinor, 0);
  if (!isAmount(totalMinor)) return refuse('period', 'adds up to more than can be paid in one batch');
  return { ok: true, updated, created: [], lines, totalMinor, carried };
}

export interface ReverseInput {
  /** The entry to reverse. */
  targetId: string;
  /** Id for the compensating entry. */
  id: string;
  /** Statement month of the compensating entry (the month it is made). */
  period: string;
}

/**
 * Reverses an accrual or adjustment once. Unpaid: both it and a compensating entry become reversed
 * (nothing is payable any more). Paid: a negative entry is accrued and carried into the next statement.
 */
export function reverse(entries: readonly KernelEntry[], input: ReverseInput): Outcome {
  const target = entries.find((e) => e.id === input.targetId);
  if (!target) return refuse('id', 'is not in the ledger');
  if (target.entryType === 'reversal') return refuse('id', 'is itself a reversal');
  if (target.status === 'reversed' || entries.some((e) => e.reversesId === target.id))
    return refuse('id', 'has already been reversed');
  if (entries.some((e) => e.id === input.id))
    return refuse('id', 'the new entry id is already in the ledger');
  const paid = target.status === 'paid';
  const compensating: KernelEntry = {
    id: input.id,
    beneficiary: target.beneficiary,
    entryType: 'reversal',
    status: paid ? 'accrued' : 'reversed',
    amountMinor: -target.amountMinor,
    currency: target.currency,
    period: input.period,
    payoutId: null,
    reversesId: target.id,
  };
  return {
    ok: true,
    updated: paid ? [] : [{ ...target, status: 'reversed' }],
    created: [compensating],
  };
}

export interface AdjustInput {
  id: string;
  beneficiary: string;
  /** Signed: a correction up or down (a negative one is a clawback). */
  amountMinor: number;
  currency: string;
  period: string;
}

export function adjust(entries: readonly KernelEntry[], input: AdjustInput): Outcome {
  if (!isAmount(input.amountMinor) || input.amountMinor === 0)
    return refuse('amountMinor', 'must be a whole number of minor units other than zero');
  if (entries.some((e) => e.id === input.id)) return refuse('id', 'is already in the ledger');
  return {
    ok: true,
    updated: [],
    created: [
      {
        id: input.id,
        beneficiary: input.beneficiary,
        entryType: 'adjustment',
        status: 'accrued',
        amountMinor: input.amountMinor,
        currency: input.currency,
        period: input.period,
        payoutId: null,
        reversesId: null,
      },
    ],
  };
}

/** The ledger after a change: updated entries replaced in place, created ones appended. */
export function applyChange(entries: readonly KernelEntry[], change: Change): KernelEntry[] {
  const updates = new Map(change.updated.map((e) => [e.id, e]));
  return [...entries.map((e) => updates.get(e.id) ?? e), ...change.created];
}

export interface Balances {
  /** Accrued, waiting for approval. */
  accruedMinor: number;
  /** Approved and not yet paid: what the next payout would pay (a negative value is a clawback). */
  approvedMinor: number;
  paidMinor: number;
  /** Reversed entries with their compensating entries: always nets to zero. */
  reversedMinor: number;
}

export function balances(entries: readonly KernelEntry[]): Balances {
  const result: Balances = { accruedMinor: 0, approvedMinor: 0, paidMinor: 0, reversedMinor: 0 };
  for (const entry of entries) result[`${entry.status}Minor`] += entry.amountMinor;
  return result;
}
