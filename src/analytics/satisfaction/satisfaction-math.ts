/**
 * Partner satisfaction figures, as the product defines them:
 * - PSAT: the share of answers to the 1–5 questions that are 4 or 5, in percent.
 * - pNPS: % promoters (9–10) − % detractors (0–6) among answers to the 0–10 recommend question.
 * Both are null, never 0, when there is nothing to measure.
 */

export interface SatisfactionFigures {
  /** 0–100, one decimal; null without answers. */
  psat: number | null;
  /** Answers to 1–5 questions behind psat. */
  psatAnswers: number;
  /** −100–100, one decimal; null without responses. */
  pnps: number | null;
  /** Responses (recommend answers) behind pnps. */
  responses: number;
  promoters: number;
  passives: number;
  detractors: number;
}

/** One answered survey: its 1–5 ratings and its 0–10 recommend answer. */
export interface ResponseScores {
  ratings: readonly number[];
  recommend: number;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

export function psatOf(ratings: readonly number[]): number | null {
  if (ratings.length === 0) return null;
  const satisfied = ratings.filter((r) => r >= 4).length;
  return oneDecimal((satisfied / ratings.length) * 100);
}

export function recommendBand(recommend: number): 'promoter' | 'passive' | 'detractor' {
  if (recommend >= 9) return 'promoter';
  if (recommend >= 7) return 'passive';
  return 'detractor';
}

export function pnpsOf(recommends: readonly number[]): number | null {
  if (recommends.length === 0) return null;
  const promoters = recommends.filter((r) => recommendBand(r) === 'promoter').length;
  const detractors = recommends.filter((r) => recommendBand(r) === 'detractor').length;
  return oneDecimal(((promoters - detractors) / recommends.length) * 100);
}

export function summarizeResponses(responses: readonly ResponseScores[]): SatisfactionFigures {
  const ratings = responses.flatMap((r) => r.ratings);
  const recommends = responses.map((r) => r.recommend);
  const bands = { promoter: 0, passive: 0, detractor: 0 };
  for (const r of recommends) bands[recommendBand(r)] += 1;
  return {
    psat: psatOf(ratings),
    psatAnswers: ratings.length,
    pnps: pnpsOf(recommends),
    responses: recommends.length,
    promoters: bands.promoter,
    passives: bands.passive,
    detractors: bands.detractor,
  };
}

/** Groups responses by one or more keys each (a partner in two regions counts in both) and summarizes each group. */
export function summarizeBy<T extends ResponseScores>(
  responses: readonly T[],
  keysOf: (response: T) => readonly string[],
): Map<string, SatisfactionFigures> {
  const groups = new Map<string, T[]>();
  for (const response of responses) {
    for (const key of new Set(keysOf(response))) {
      const group = groups.get(key);
      if (group) group.push(response);
      else groups.set(key, [response]);
    }
  }
  return new Map([...groups].map(([key, group]) => [key, summarizeResponses(group)]));
}
