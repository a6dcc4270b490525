import { formatMoney } from '../../platform/money/money.js';
import type {
  SwotBenchmark,
  SwotChurnScore,
  SwotConflicts,
  SwotContent,
  SwotForecast,
  SwotInputs,
  SwotItem,
  SwotStage,
  SwotWhiteSpace,
} from './swot-inputs.js';

/** A partner this far into the best (or worst) tenth of its peers stands out. */
const STANDOUT = 90;
const LIKELY_CHURN = 0.5;
/** Share of decided registrations that hit a conflict above which it is a threat. */
const CONFLICT_THREAT_PCT = 10;
const MAX_ITEMS = 4;
const MAX_NAMES = 3;

const pct = (value: number) => `${Math.round(value * 10) / 10}%`;

function names(list: string[]): string {
  const shown = list.slice(0, MAX_NAMES).join(', ');
  return list.length > MAX_NAMES ? `${shown} and ${list.length - MAX_NAMES} more` : shown;
}

interface Standout {
  label: string;
  partners: { name: string; value: number | null; median: number | null; score: number }[];
}

function standouts(benchmarks: SwotBenchmark[], side: 'best' | 'worst'): Standout[] {
  const byMetric = new Map<string, Standout>();
  for (const benchmark of benchmarks) {
    if (benchmark.peers < 2) continue;
    for (const metric of benchmark.metrics) {
      const score = metric.percentile;
      if (score === null) continue;
      const stands = side === 'best' ? score >= STANDOUT : score <= 100 - STANDOUT;
      if (!stands) continue;
      const entry = byMetric.get(metric.metric) ?? { label: metric.label, partners: [] };
      entry.partners.push({
        name: benchmark.partnerName,
        value: metric.value,
        median: metric.peerMedian,
        score,
      });
      byMetric.set(metric.metric, entry);
    }
  }
  return [...byMetric.values()]
    .map((entry) => ({
      ...entry,
      partners: entry.partners.sort((a, b) => (side === 'best' ? b.score - a.score : a.score - b.score)),
    }))
    .sort((a, b) => b.partners.length - a.partners.length || a.label.localeCompare(b.label, 'en'));
}

function benchmarkItems(benchmarks: SwotBenchmark[], side: 'best' | 'worst'): SwotItem[] {
  const flag = side === 'best' ? 'over' : 'under';
  const flagged = benchmarks.filter((b) => b.flag === flag);
  const items: SwotItem[] = [];
  if (flagged.length > 0) {
    items.push({
      text:
        side === 'best'
          ? `${flagged.length} partner${flagged.length === 1 ? '' : 's'} outperform${flagged.length === 1 ? 's' : ''} their peers in the same tier and region: ${names(flagged.map((b) => b.partnerName))}.`
          : `${flagged.length} partner${flagged.length === 1 ? '' : 's'} underperform${flagged.length === 1 ? 's' : ''} their peers in the same tier and region: ${names(flagged.map((b) => b.partnerName))}.`,
      evidence: flagged
        .slice(0, MAX_NAMES)
        .map((b) => `${b.partnerName}: ${b.differences[0] ?? 'flagged by the benchmark'}`)
        .join('; '),
    });
  }
  for (const standout of standouts(benchmarks, side).slice(0, MAX_ITEMS - items.length)) {
    const top = standout.partners;
    items.push({
      text: `${side === 'best' ? 'Leading' : 'Lagging'} peers on ${standout.label.toLowerCase()}: ${names(top.map((p) => p.name))}.`,
      evidence: top
        .slice(0, MAX_NAMES)
        .map(
          (p) =>
            `${p.name} ${p.value ?? '—'} vs peer median ${p.median ?? '—'} (percentile ${Math.round(p.score)} among peers)`,
        )
        .join('; '),
    });
  }
  return items;
}

function stageItems(stage: SwotStage): { strengths: SwotItem[]; weaknesses: SwotItem[] } {
  const strengths: SwotItem[] = stage.stageLabel
    ? [
        {
          text: `The program's data shows a ${stage.stageLabel} stage program.`,
          evidence: 'Program stage assessment of the capabilities in use',
        },
      ]
    : [];
  const weaknesses: SwotItem[] =
    stage.nextLabel && stage.missing.length > 0
      ? [
          {
            text: `Not yet at ${stage.nextLabel}: ${stage.missing.length} ${stage.missing.length === 1 ? 'capability' : 'capabilities'} missing.`,
            evidence: stage.missing
              .map((m) => `${m.label}: ${m.value ?? 'not measured'} of ${m.threshold} ${m.unit}`)
              .join('; '),
          },
        ]
      : [];
  return { strengths, weaknesses };
}

function whiteSpaceItems(whiteSpace: SwotWhiteSpace): SwotItem[] {
  const items: SwotItem[] = [];
  const shared = whiteSpace.partners
    .filter((p) => p.mapping === 'shared' && (p.whiteSpace ?? 0) + (p.introductions ?? 0) > 0)
    .sort(
      (a, b) => (b.whiteSpace ?? 0) + (b.introductions ?? 0) - ((a.whiteSpace ?? 0) + (a.introductions ?? 0)),
    );
  for (const partner of shared.slice(0, 2)) {
    items.push({
      text: `${partner.partnerName} can open ${partner.whiteSpace ?? 0} of its customers that are not in our CRM and introduce us to ${partner.introductions ?? 0} of our prospects.`,
      evidence: `Account mapping: white space ${partner.whiteSpace ?? 0}, introductions ${partner.introductions ?? 0}`,
    });
  }
  const unmapped = whiteSpace.partners.filter((p) => p.mapping === 'none');
  if (unmapped.length > 0) {
    items.push({
      text: `${unmapped.length} working partner${unmapped.length === 1 ? ' has' : 's have'} no account mapping yet; mapping them shows where they can take us.`,
      evidence: `No mapping yet: ${names(unmapped.map((p) => p.partnerName))}`,
    });
  }
  return items;
}

function forecastItems(forecast: SwotForecast): { opportunities: SwotItem[]; threats: SwotItem[] } {
  const next = forecast.quarters[0];
  const last = forecast.history.at(-1);
  if (!next) return { opportunities: [], threats: [] };
  const money = (minor: number) => formatMoney(minor, forecast.currency);
  const evidence = `Forecast ${next.quarter}: ${money(next.expectedMinor)} (80% interval ${money(next.lowMinor)}–${money(next.highMinor)}), ${money(next.fromPipelineMinor)} of it from open pipeline${last ? `; ${last.quarter} actual ${money(last.actualMinor)}` : ''}`;
  if (last && last.actualMinor > 0 && next.expectedMinor < last.actualMinor * 0.9) {
    const drop = ((last.actualMinor - next.expectedMinor) / last.actualMinor) * 100;
    return {
      opportunities: [],
      threats: [{ text: `Indirect revenue is forecast to fall ${pct(drop)} next quarter.`, evidence }],
    };
  }
  const growth =
    last && last.actualMinor > 0 ? ((next.expectedMinor - last.actualMinor) / last.actualMinor) * 100 : null;
  return {
    opportunities: [
      {
        text:
          growth !== null && growth > 0
            ? `Partner pipeline points to ${pct(growth)} more indirect revenue next quarter (${money(next.expectedMinor)}).`
            : `Partner pipeline supports ${money(next.expectedMinor)} of indirect revenue next quarter.`,
        evidence,
      },
    ],
    threats: [],
  };
}

function churnItems(churn: SwotChurnScore[]): SwotItem[] {
  const likely = churn
    .filter((c) => c.probability >= LIKELY_CHURN)
    .sort((a, b) => b.probability - a.probability);
  if (likely.length === 0) return [];
  return [
    {
      text: `${likely.length} partner${likely.length === 1 ? ' is' : 's are'} likely to go inactive within 180 days: ${names(likely.map((c) => `${c.partnerName} (${pct(c.probability * 100)})`))}.`,
      evidence: likely
        .slice(0, MAX_NAMES)
        .map((c) => {
          const top = [...c.factors].sort((a, b) => b.contribution - a.contribution)[0];
          return `${c.partnerName}: ${top?.description ?? 'churn model score'}`;
        })
        .join('; '),
    },
  ];
}

function conflictItems(conflicts: SwotConflicts): SwotItem[] {
  if (conflicts.decided === 0) return [];
  const rate = (conflicts.conflicted / conflicts.decided) * 100;
  if (rate < CONFLICT_THREAT_PCT) return [];
  const rules = Object.entries(conflicts.byRule)
    .sort((a, b) => b[1] - a[1])
    .map(([rule, count]) => `${rule} ${count}`)
    .join(', ');
  const trend =
    conflicts.previousRate === null
      ? ''
      : `; ${pct(conflicts.previousRate)} in the ${conflicts.windowDays} days before`;
  return [
    {
      text: `${pct(rate)} of registrations decided in the last ${conflicts.windowDays} days ran into a channel conflict.`,
      evidence: `${conflicts.conflicted} of ${conflicts.decided} decided registrations (${rules})${trend}`,
    },
  ];
}

/**
 * A first SWOT from the metrics: strengths and weaknesses from the peer benchmarks and the stage,
 * opportunities from white space and the forecast pipeline, threats from churn risk and conflicts.
 * Every sentence carries the figures it came from, so the owner can judge and edit it.
 */
export function draftSwot(inputs: SwotInputs): SwotContent {
  const stage = inputs.stage ? stageItems(inputs.stage) : { strengths: [], weaknesses: [] };
  const forecast = inputs.forecast ? forecastItems(inputs.forecast) : { opportunities: [], threats: [] };
  const cap = (items: SwotItem[]) => items.slice(0, MAX_ITEMS + 1);
  return {
    strengths: cap([
      ...(inputs.benchmarks ? benchmarkItems(inputs.benchmarks, 'best') : []),
      ...stage.strengths,
    ]),
    weaknesses: cap([
      ...(inputs.benchmarks ? benchmarkItems(inputs.benchmarks, 'worst') : []),
      ...stage.weaknesses,
    ]),
    opportunities: cap([
      ...(inputs.whiteSpace ? whiteSpaceItems(inputs.whiteSpace) : []),
      ...forecast.opportunities,
    ]),
    threats: cap([
      ...(inputs.churn ? churnItems(inputs.churn) : []),
      ...(inputs.conflicts ? conflictItems(inputs.conflicts) : []),
      ...forecast.threats,
    ]),
  };
}
