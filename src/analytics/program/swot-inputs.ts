/** What a SWOT draft is made from; shaped after the scorecard, prediction and mapping results. */
export interface SwotBenchmark {
  partnerName: string;
  peers: number;
  metrics: {
    metric: string;
    label: string;
    value: number | null;
    peerMedian: number | null;
    /** 0–100 standing within the peer group, already turned round where lower values are better. */
    percentile: number | null;
    higherIsBetter: boolean;
  }[];
  flag: 'under' | 'over' | null;
  differences: string[];
}

export interface SwotChurnScore {
  partnerName: string;
  probability: number;
  factors: { contribution: number; description: string }[];
}

export interface SwotForecast {
  currency: string;
  quarters: {
    quarter: string;
    expectedMinor: number;
    lowMinor: number;
    highMinor: number;
    fromPipelineMinor: number;
  }[];
  history: { quarter: string; actualMinor: number }[];
}

export interface SwotWhiteSpace {
  partners: {
    partnerName: string;
    mapping: 'shared' | 'not_shared' | 'none';
    whiteSpace: number | null;
    introductions: number | null;
  }[];
}

export interface SwotConflicts {
  windowDays: number;
  decided: number;
  conflicted: number;
  /** Conflicts by the rule that fired, e.g. { "partner-conflict": 4 }. */
  byRule: Record<string, number>;
  /** The same rate over the window before, for a trend; null without decisions then. */
  previousRate: number | null;
}

export interface SwotStage {
  stageLabel: string | null;
  nextLabel: string | null;
  missing: { label: string; value: number | null; threshold: number; unit: string }[];
}

export interface SwotInputs {
  /** Sources that failed or are not available yet are null and named in the basis. */
  benchmarks: SwotBenchmark[] | null;
  churn: SwotChurnScore[] | null;
  forecast: SwotForecast | null;
  whiteSpace: SwotWhiteSpace | null;
  conflicts: SwotConflicts | null;
  stage: SwotStage | null;
}

export interface SwotItem {
  text: string;
  evidence: string;
}

export interface SwotContent {
  strengths: SwotItem[];
  weaknesses: SwotItem[];
  opportunities: SwotItem[];
  threats: SwotItem[];
}
