import type { RegistrationDetail } from '../../shared/registrations/registration-api';
import { registrationStatusLabel } from '../../shared/registrations/registration-status';

type Decision = RegistrationDetail['decisions'][number];
type HistoryEntry = RegistrationDetail['history'][number];

const RULE_LABELS: Record<string, string> = {
  'direct-opportunity': 'Vendor’s own opportunity',
  'partner-conflict': 'Another partner registered first',
  'fuzzy-account-review': 'Similar account name',
  'new-account': 'New customer',
  'auto-approve': 'Automatic approval',
  'no-rule': 'No rule decided',
  manager: 'Partner manager',
};

/** The rule that decided, in words: "Automatic approval · rules v3" or "Partner manager". */
export function ruleLabel(decision: Pick<Decision, 'ruleId' | 'ruleSetVersion' | 'automatic'>): string {
  const name = RULE_LABELS[decision.ruleId] ?? decision.ruleId.replace(/[-_]/g, ' ');
  if (!decision.automatic)
    return decision.ruleId === 'manager' ? 'Partner manager' : `${name} (partner manager)`;
  return decision.ruleSetVersion ? `${name} · rules v${decision.ruleSetVersion}` : name;
}

export interface TimelineEntry {
  key: string;
  at: string;
  title: string;
  status: string;
  reason: string;
  decision: Decision | null;
}

const NEAR_MS = 60_000;

/**
 * History and decisions in one list, oldest first. A status change caused by a decision carries the
 * same reason, so the two are shown as one entry naming the rule; decisions without a matching change
 * stand on their own.
 */
export function timelineEntries(history: HistoryEntry[], decisions: Decision[]): TimelineEntry[] {
  const unused = new Set(decisions);
  const entries: TimelineEntry[] = history.map((h, i) => {
    const decision =
      [...unused].find(
        (d) =>
          d.outcome === h.toStatus &&
          d.reason === h.reason &&
          Math.abs(Date.parse(d.at) - Date.parse(h.at)) < NEAR_MS,
      ) ?? null;
    if (decision) unused.delete(decision);
    const title = !h.fromStatus
      ? `Created as ${registrationStatusLabel(h.toStatus).toLowerCase()}`
      : h.fromStatus === h.toStatus
        ? `${registrationStatusLabel(h.toStatus)}, updated`
        : `${registrationStatusLabel(h.fromStatus)} → ${registrationStatusLabel(h.toStatus)}`;
    return { key: `h${i}`, at: h.at, title, status: h.toStatus, reason: h.reason, decision };
  });
  for (const d of unused)
    entries.push({
      key: `d${d.id}`,
      at: d.at,
      title: `Decision: ${registrationStatusLabel(d.outcome)}`,
      status: d.outcome,
      reason: d.reason,
      decision: d,
    });
  return entries.sort((a, b) => a.at.localeCompare(b.at));
}
