/** One deal seen open at a past quarter start, and what became of it in the quarters after. */
export interface StageObservation {
  stage: string;
  /** Quarters after the snapshot's quarter in which it was won (0 = that same quarter); null if not won in view. */
  wonOffset: number | null;
  /** The last offset whose quarter had ended when the estimate was made. */
  observedThrough: number;
}

export interface StageProbability {
  stage: string;
  /** Snapshots of deals open in the stage that fed the estimate. */
  observations: number;
  /** Chance a deal open in the stage at a quarter start is won in that quarter, the next, … */
  byQuarter: number[];
  /** Chance it is won within the horizon at all (the sum of byQuarter). */
  probability: number;
}

/**
 * Learned from snapshots of the pipeline at past quarter starts: of the deals open in a stage, the
 * share won k quarters later, counting only snapshots whose k-th quarter had ended. A deal that sits in
 * the pipeline and never closes lowers the rate, as it should. Each stage leans on the rate of all
 * stages by `priorWeight` pseudo-observations, so a rare stage is not decided by a handful of deals.
 */
export function estimateStageProbabilities(
  observations: readonly StageObservation[],
  stages: readonly string[],
  horizons: number,
  priorWeight = 5,
): StageProbability[] {
  const rate = (set: readonly StageObservation[], k: number, prior: number | null) => {
    const seen = set.filter((o) => o.observedThrough >= k);
    const won = seen.filter((o) => o.wonOffset === k).length;
    if (prior === null) return seen.length ? won / seen.length : 0;
    return (won + priorWeight * prior) / (seen.length + priorWeight);
  };
  const pooled = Array.from({ length: horizons }, (_, k) => rate(observations, k, null));
  return stages.map((stage) => {
    const own = observations.filter((o) => o.stage === stage);
    const byQuarter = pooled.map((prior, k) => rate(own, k, prior));
    return {
      stage,
      observations: own.length,
      byQuarter,
      probability: Math.min(
        1,
        byQuarter.reduce((s, p) => s + p, 0),
      ),
    };
  });
}
