import type { MomentumSummary } from './enablement-api';

const dayFormat = new Intl.DateTimeFormat('en', { month: 'short', day: 'numeric', timeZone: 'UTC' });

/** The six 30-day periods as chart rows: each period's count under the window it belongs to. */
export function periodRows(summary: Pick<MomentumSummary, 'periods'>) {
  return summary.periods.map((p) => ({
    period: `${dayFormat.format(new Date(p.from))} – ${dayFormat.format(new Date(p.to))}`,
    previous: p.window === 'previous90Days' ? p.certifications : 0,
    last: p.window === 'last90Days' ? p.certifications : 0,
    certifications: p.certifications,
  }));
}
