import { minorDigits } from '../../../platform/money/money.js';
import type { DealStage } from '../../deals/deals.schemas.js';
import type { CrmSource } from './crm-fields.js';

export type Parsed<T> = { ok: true; value: T } | { ok: false; reason: string };

/** Salesforce's default opportunity stages and HubSpot's default sales pipeline, onto Trellis stages. */
const STAGES: Record<CrmSource, Record<string, DealStage>> = {
  salesforce: {
    prospecting: 'prospecting',
    qualification: 'qualification',
    'needs analysis': 'qualification',
    'value proposition': 'proposal',
    'id. decision makers': 'proposal',
    'perception analysis': 'proposal',
    'proposal/price quote': 'proposal',
    'negotiation/review': 'negotiation',
    'closed won': 'closed_won',
    'closed lost': 'closed_lost',
  },
  hubspot: {
    appointmentscheduled: 'prospecting',
    qualifiedtobuy: 'qualification',
    presentationscheduled: 'proposal',
    decisionmakerboughtin: 'proposal',
    contractsent: 'negotiation',
    closedwon: 'closed_won',
    closedlost: 'closed_lost',
  },
};

const TRELLIS_STAGES = new Set<string>([
  'prospecting',
  'qualification',
  'proposal',
  'negotiation',
  'closed_won',
  'closed_lost',
]);

/** The Trellis stage of a CRM stage value; a value neither CRM nor Trellis knows is refused, never guessed. */
export function crmStage(source: CrmSource, value: string): Parsed<DealStage> {
  const key = value.trim().toLowerCase();
  const stage = STAGES[source][key] ?? (TRELLIS_STAGES.has(key) ? (key as DealStage) : undefined);
  if (stage) return { ok: true, value: stage };
  return {
    ok: false,
    reason: `"${value}" is not a stage Trellis knows for ${source} (known: ${Object.keys(STAGES[source]).join(', ')})`,
  };
}

/** "12500", "12500.5", "12500.50" → minor units of the currency; more decimals than it has are refused. */
export function crmAmount(value: string, currency: string): Parsed<number> {
  const text = value.trim();
  const match = /^(\d+)(?:\.(\d+))?$/.exec(text);
  if (!match) return { ok: false, reason: `"${value}" is not an amount such as 12500.00` };
  const digits = minorDigits(currency);
  const fraction = (match[2] ?? '').replace(/0+$/, '');
  if (fraction.length > digits) {
    return { ok: false, reason: `"${value}" has more decimals than ${currency} has (${digits})` };
  }
  const minor = Number(match[1]) * 10 ** digits + Number(fraction.padEnd(digits, '0') || '0');
  if (!Number.isSafeInteger(minor)) return { ok: false, reason: `"${value}" is too large` };
  return { ok: true, value: minor };
}

/** YYYY-MM-DD, an ISO date-time (HubSpot's API), "YYYY-MM-DD HH:MM" (HubSpot's CSV) or epoch milliseconds. */
export function crmDate(value: string): Parsed<string> {
  const text = value.trim();
  let date: string | null = null;
  const iso = /^(\d{4}-\d{2}-\d{2})(?:[T ][\d:.]+(?:Z|[+-]\d{2}:?\d{2})?)?$/.exec(text);
  if (iso) date = iso[1]!;
  else if (/^\d{12,14}$/.test(text)) date = new Date(Number(text)).toISOString().slice(0, 10);
  if (
    date &&
    !Number.isNaN(Date.parse(`${date}T00:00:00Z`)) &&
    new Date(`${date}T00:00:00Z`).toISOString().startsWith(date)
  ) {
    return { ok: true, value: date };
  }
  return { ok: false, reason: `"${value}" is not a date such as 2026-03-31` };
}
