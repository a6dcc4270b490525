import type { Db, Tx } from './client.js';

const ROLLBACK = Symbol('rollback');

/**
 * A transaction that stays open across work the caller does step by step (an HTTP request's handler)
 * and is ended later with `finish`. Nested `transaction()` calls on `tx` become savepoints.
 */
export interface HeldTransaction {
  tx: Tx;
  /**
   * Commits (running `beforeCommit` last, inside the transaction) or rolls back; resolves to whether
   * the work was committed. Calling it again returns the first outcome.
   */
  finish(commit: boolean, beforeCommit?: (tx: Tx) => Promise<void>): Promise<boolean>;
}

interface Decision {
  commit: boolean;
  beforeCommit: ((tx: Tx) => Promise<void>) | undefined;
}

export async function openHeldTransaction(db: Db): Promise<HeldTransaction> {
  let decide!: (decision: Decision) => void;
  const decision = new Promise<Decision>((resolve) => {
    decide = resolve;
  });
  let opened!: (tx: Tx) => void;
  const ready = new Promise<Tx>((resolve) => {
    opened = resolve;
  });
  const outcome = db
    .transaction(async (tx) => {
      opened(tx as unknown as Tx);
      const { commit, beforeCommit } = await decision;
      if (!commit) throw ROLLBACK;
      await beforeCommit?.(tx as unknown as Tx);
    })
    .then(
      () => true,
      (error: unknown) => {
        if (error === ROLLBACK) return false;
        throw error;
      },
    );
  // BEGIN itself can fail; then nothing ever opens and the failure is the answer.
  const tx = await Promise.race([ready, outcome.then(() => Promise.reject(new Error('transaction ended')))]);
  let finished: Promise<boolean> | null = null;
  return {
    tx,
    finish(commit, beforeCommit) {
      if (!finished) {
        decide({ commit, beforeCommit });
        finished = outcome;
      }
      return finished;
    },
  };
}
