/**
 * Company-matching quality report: precision and recall of matchCompanies over the labelled evaluation
 * set (the hand-labelled pairs of company-pairs.ts and the generated pairs of evaluation-pairs.ts), per
 * variant family, with every false positive and the first false negatives.
 *
 *   npm run bench:matching-quality
 *
 * Prints markdown to stdout. Deterministic: the same code and pairs give the same report.
 */

import { companyPairs } from '../src/analytics/matching/__tests__/company-pairs.js';
import { EVALUATION_PAIRS, GENERATED_PAIRS } from '../src/analytics/matching/__tests__/evaluation-pairs.js';
import {
  type CompanyDescriptor,
  evaluateMatches,
  matchCompanies,
} from '../src/analytics/matching/company-match.js';

type Pair = (typeof EVALUATION_PAIRS)[number];

const FALSE_NEGATIVES_SHOWN = 20;

const ratio = (value: number) => value.toFixed(3);
const cell = (text: string) => text.replaceAll('|', '\\|').replaceAll('\n', ' ');

function describe(company: CompanyDescriptor): string {
  const parts = [`"${company.name}"`];
  if (company.domain) parts.push(`domain ${company.domain.trim()}`);
  if (company.email) parts.push(`email ${company.email}`);
  return parts.join(', ');
}

function summaryRow(label: string, pairs: readonly Pair[]): string {
  const e = evaluateMatches(pairs);
  const positives = pairs.filter((pair) => pair.same).length;
  return `| ${label} | ${pairs.length} | ${positives} | ${pairs.length - positives} | ${e.truePositives} | ${e.falsePositives} | ${e.trueNegatives} | ${e.falseNegatives} | ${ratio(e.precision)} | ${ratio(e.recall)} |`;
}

const lines: string[] = [];
lines.push('# Company matching quality', '');
lines.push(
  '| Set | Pairs | Positives | Negatives | TP | FP | TN | FN | Precision | Recall |',
  '| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
  summaryRow('All', EVALUATION_PAIRS),
  summaryRow('Hand-labelled (company-pairs.ts)', companyPairs),
  summaryRow('Generated (evaluation-pairs.ts)', GENERATED_PAIRS),
  '',
);

const handKinds = new Set(companyPairs.map((pair) => pair.kind));
const kinds = new Map<string, Pair[]>();
for (const pair of EVALUATION_PAIRS) kinds.set(pair.kind, [...(kinds.get(pair.kind) ?? []), pair]);

lines.push('## Per kind', '');
lines.push(
  '| Source | Kind | Pairs | Positives | Recall | Missed | Negatives | False positives |',
  '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
);
for (const [kind, pairs] of kinds) {
  const e = evaluateMatches(pairs);
  const positives = e.truePositives + e.falseNegatives;
  const negatives = e.trueNegatives + e.falsePositives;
  lines.push(
    `| ${handKinds.has(kind) ? 'hand' : 'generated'} | ${cell(kind)} | ${pairs.length} | ${positives} | ${positives ? ratio(e.recall) : '–'} | ${positives ? e.falseNegatives : '–'} | ${negatives} | ${negatives ? e.falsePositives : '–'} |`,
  );
}
lines.push('');

const wrong = (same: boolean) =>
  EVALUATION_PAIRS.flatMap((pair) => {
    if (pair.same !== same) return [];
    const match = matchCompanies(pair.a, pair.b);
    return (match !== null) !== same ? [{ pair, match }] : [];
  });

const falsePositives = wrong(false);
lines.push(`## False positives (${falsePositives.length})`, '');
if (falsePositives.length === 0) lines.push('None.');
else {
  lines.push('| Kind | A | B | Rule | Confidence |', '| --- | --- | --- | --- | ---: |');
  for (const { pair, match } of falsePositives) {
    lines.push(
      `| ${cell(pair.kind)} | ${cell(describe(pair.a))} | ${cell(describe(pair.b))} | ${match?.rule} | ${match?.confidence} |`,
    );
  }
}
lines.push('');

const falseNegatives = wrong(true);
const shown = falseNegatives.slice(0, FALSE_NEGATIVES_SHOWN);
lines.push(`## False negatives (first ${shown.length} of ${falseNegatives.length})`, '');
if (shown.length === 0) lines.push('None.');
else {
  lines.push('| Kind | A | B |', '| --- | --- | --- |');
  for (const { pair } of shown) {
    lines.push(`| ${cell(pair.kind)} | ${cell(describe(pair.a))} | ${cell(describe(pair.b))} |`);
  }
}

console.log(lines.join('\n'));
