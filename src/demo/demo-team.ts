import type { VendorRole } from '../platform/actor.js';
import type { Region } from './geography.js';
import { emailLocalPart } from './people-words.js';

/** The invented vendor that runs the demo partner program. */
export const DEMO_VENDOR_NAME = 'Larkspur Cloud';
export const DEMO_EMAIL_DOMAIN = 'larkspur-demo.com';
/** One password for every demo user, vendor and partner. */
export const DEMO_PASSWORD = 'trellis-demo-2026';

export interface TeamMember {
  key: string;
  first: string;
  last: string;
  role: VendorRole;
  /** The regions whose partners (managers) or accounts (reps) this person owns. */
  regions: Region[];
}

export const DEMO_TEAM: readonly TeamMember[] = [
  { key: 'admin', first: 'Maya', last: 'Lindqvist', role: 'admin', regions: [] },
  { key: 'pm-americas', first: 'Daniel', last: 'Okafor', role: 'partner_manager', regions: ['NA', 'LATAM'] },
  { key: 'pm-emea', first: 'Sofia', last: 'Marchetti', role: 'partner_manager', regions: ['EMEA'] },
  { key: 'pm-apac', first: 'Kenji', last: 'Watanabe', role: 'partner_manager', regions: ['APAC'] },
  { key: 'rep-na-1', first: 'Ethan', last: 'Brooks', role: 'sales_rep', regions: ['NA'] },
  { key: 'rep-na-2', first: 'Olivia', last: 'Chen', role: 'sales_rep', regions: ['NA'] },
  { key: 'rep-latam', first: 'Lucas', last: 'Ferreira', role: 'sales_rep', regions: ['LATAM'] },
  { key: 'rep-emea-1', first: 'Hannah', last: 'Becker', role: 'sales_rep', regions: ['EMEA'] },
  { key: 'rep-emea-2', first: 'Tom', last: 'Whitaker', role: 'sales_rep', regions: ['EMEA'] },
  { key: 'rep-apac', first: 'Aisha', last: 'Rahman', role: 'sales_rep', regions: ['APAC'] },
  { key: 'finance', first: 'Nora', last: 'Castellanos', role: 'finance', regions: [] },
];

export function teamEmail(member: TeamMember): string {
  return `${emailLocalPart(member.first, member.last)}@${DEMO_EMAIL_DOMAIN}`;
}

/** The team members of a role who cover a region. */
export function teamFor(role: VendorRole, region: Region): TeamMember[] {
  return DEMO_TEAM.filter((member) => member.role === role && member.regions.includes(region));
}
