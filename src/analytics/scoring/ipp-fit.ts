/**
 * Ideal-partner-profile fit: each weighted criterion earns a share of its weight, with a reason a
 * partner manager can read; the score is the earned share of all weights, 0–100.
 */
export type IppCriterionConfig =
  | { kind: 'partner_type'; preferred: string[] }
  | { kind: 'region'; targets: string[] }
  | { kind: 'specialization'; wanted: string[]; enough: number }
  | { kind: 'company_size'; min: number | null; max: number | null }
  | { kind: 'certifications'; target: number }
  | { kind: 'account_overlap'; target: number };

export type IppCriterion = IppCriterionConfig & { id: string; label: string; weight: number };

export interface FitSubject {
  type: string;
  regions: readonly string[];
  specializations: readonly string[];
  employees: number | null;
  certifiedCount: number;
  overlapCount: number;
}

export interface FitReason {
  criterionId: string;
  label: string;
  weight: number;
  points: number;
  reason: string;
}

export interface Fit {
  score: number;
  reasons: FitReason[];
}

interface Share {
  share: number;
  reason: string;
}

const list = (values: readonly string[]) => (values.length ? values.join(', ') : 'none');

function shareOf(criterion: IppCriterion, subject: FitSubject): Share {
  switch (criterion.kind) {
    case 'partner_type': {
      const hit = criterion.preferred.includes(subject.type);
      return {
        share: hit ? 1 : 0,
        reason: hit
          ? `Type ${subject.type} is a preferred type`
          : `Type ${subject.type} is not among the preferred (${list(criterion.preferred)})`,
      };
    }
    case 'region': {
      const hits = subject.regions.filter((r) => criterion.targets.includes(r));
      return {
        share: hits.length ? 1 : 0,
        reason: hits.length
          ? `Covers target region ${hits.join(', ')}`
          : `Covers ${list(subject.regions)}; targets are ${list(criterion.targets)}`,
      };
    }
    case 'specialization': {
      // Each wanted specialization counts once, however often the profile lists it.
      const hits = [...new Set(subject.specializations)].filter((s) => criterion.wanted.includes(s));
      const share = Math.min(1, hits.length / Math.max(1, criterion.enough));
      return {
        share,
        reason: hits.length
          ? `Has ${hits.length} of the wanted specializations (${hits.join(', ')}); ${criterion.enough} earn full points`
          : `Has none of the wanted specializations (${list(criterion.wanted)})`,
      };
    }
    case 'company_size': {
      const range = `${criterion.min ?? 'any'}–${criterion.max ?? 'any'} employees`;
      if (subject.employees === null) return { share: 0, reason: `Employee count unknown; wanted ${range}` };
      const inside =
        (criterion.min === null || subject.employees >= criterion.min) &&
        (criterion.max === null || subject.employees <= criterion.max);
      return {
        share: inside ? 1 : 0,
        reason: `${subject.employees} employees is ${inside ? 'within' : 'outside'} the wanted ${range}`,
      };
    }
    case 'certifications': {
      const share = Math.min(1, subject.certifiedCount / Math.max(1, criterion.target));
      return {
        share,
        reason: `${subject.certifiedCount} certified people of the ${criterion.target} wanted`,
      };
    }
    case 'account_overlap': {
      const share = Math.min(1, subject.overlapCount / Math.max(1, criterion.target));
      return {
        share,
        reason: `${subject.overlapCount} overlapping accounts of the ${criterion.target} wanted`,
      };
    }
  }
}

export function scoreFit(criteria: readonly IppCriterion[], subject: FitSubject): Fit {
  const totalWeight = criteria.reduce((sum, c) => sum + c.weight, 0);
  if (totalWeight <= 0) return { score: 0, reasons: [] };
  let earned = 0;
  const reasons = criteria.map((criterion) => {
    const { share, reason } = shareOf(criterion, subject);
    const points = Math.round(share * criterion.weight * 10) / 10;
    earned += share * criterion.weight;
    return { criterionId: criterion.id, label: criterion.label, weight: criterion.weight, points, reason };
  });
  return { score: Math.round((100 * earned) / totalWeight), reasons };
}
