import { roleLabel, typeLabel } from '../../shared/format';

/** A share 0..1 as a whole percentage ("80%"), or a dash when there is none. */
export function formatShare(share: number | null | undefined): string {
  if (share === null || share === undefined || !Number.isFinite(share)) return '—';
  return `${Math.round(share * 1000) / 10}%`;
}

/** How long a certificate stays valid, in the unit a person would say it. */
export function formatValidity(days: number): string {
  if (days % 365 === 0) return days === 365 ? '1 year' : `${days / 365} years`;
  if (days % 30 === 0 && days >= 60) return `${days / 30} months`;
  return days === 1 ? '1 day' : `${days} days`;
}

/** Certification momentum (last 90 days / the 90 before) as "1.5×"; a dash without an earlier base. */
export function formatMomentum(ratio: number | null | undefined): string {
  if (ratio === null || ratio === undefined || !Number.isFinite(ratio)) return '—';
  return `${(Math.round(ratio * 100) / 100).toLocaleString('en')}×`;
}

/** What the momentum means, in words, for a hint under the number. */
export function momentumHint(last: number, previous: number): string {
  if (previous === 0) {
    return last === 0
      ? 'No certifications in the last 180 days'
      : `${last} in the last 90 days and none in the 90 before: no base to compare with`;
  }
  const change = Math.round(((last - previous) / previous) * 100);
  if (change === 0) return `${last} in the last 90 days, the same as the 90 before`;
  return `${last} in the last 90 days vs ${previous} before (${change > 0 ? '+' : ''}${change}%)`;
}

/** Completed out of enrolled as a percentage, or null with nobody enrolled. */
export function completionRate(enrolled: number, completed: number): number | null {
  return enrolled > 0 ? completed / enrolled : null;
}

export interface AudienceLike {
  openToAll: boolean;
  partnerTypes: readonly string[];
  roles: readonly string[];
}

const ALL_PARTNER_TYPES = 6;
const ALL_PORTAL_ROLES = 2;

/** Partner types and roles as two short lines for a table cell; "All …" when every one is listed. */
export function audienceLines(partnerTypes: readonly string[], roles: readonly string[]) {
  return {
    types: partnerTypes.length
      ? partnerTypes.length >= ALL_PARTNER_TYPES
        ? 'All partner types'
        : partnerTypes.map(typeLabel).join(', ')
      : null,
    roles: roles.length
      ? roles.length >= ALL_PORTAL_ROLES
        ? 'Partner admins and reps'
        : roles.map(roleLabel).join(', ')
      : null,
  };
}

/** One line saying who a course or path is for, for tables and CSV files. */
export function audienceText(audience: AudienceLike): string {
  const parts: string[] = [];
  if (audience.openToAll) parts.push('Open to all partners');
  if (audience.partnerTypes.length || audience.roles.length) {
    const types = audience.partnerTypes.length
      ? audience.partnerTypes.map(typeLabel).join(', ')
      : 'no partner type';
    const roles = audience.roles.length ? audience.roles.map(roleLabel).join(', ') : 'no role';
    parts.push(`${types} × ${roles}`);
  }
  return parts.length ? parts.join('; ') : 'Nobody yet';
}

/** Why a path reaches nobody: a learner needs both a listed partner type and a listed role. */
export function audienceGap(partnerTypes: readonly string[], roles: readonly string[]): string | null {
  if (!partnerTypes.length && !roles.length) return 'Pick partner types and roles, or it reaches nobody.';
  if (!partnerTypes.length) return 'Pick at least one partner type, or it reaches nobody.';
  if (!roles.length) return 'Pick at least one role, or it reaches nobody.';
  return null;
}
