import { inArray } from 'drizzle-orm';
import type { Executor } from '../../platform/db/client.js';
import { partners } from '../partners/partners.table.js';
import { loadTierProgram } from '../tiers/get-tier-program.js';
import type { GroupBy } from './scorecard.schemas.js';

const TYPE_LABELS: Record<string, string> = {
  reseller: 'Reseller',
  si: 'Systems integrator',
  isv: 'ISV / technology',
  msp: 'MSP',
  referral: 'Referral',
  cloud_marketplace: 'Cloud / marketplace',
};

/** Readable names for group keys: partner names, tier names, partner types. */
export async function groupLabels(
  db: Executor,
  groupBy: GroupBy,
  keys: string[],
): Promise<Map<string, string>> {
  const labels = new Map<string, string>(keys.map((key) => [key, key === 'none' ? 'None' : key]));
  if (groupBy === 'program') labels.set('program', 'Program');
  if (groupBy === 'type') for (const key of keys) labels.set(key, TYPE_LABELS[key] ?? key);
  if (groupBy === 'tier') {
    const program = await loadTierProgram(db);
    for (const tier of program.tiers) if (labels.has(tier.key)) labels.set(tier.key, tier.name);
  }
  if (groupBy === 'partner' && keys.length) {
    const rows = await db
      .select({ id: partners.id, name: partners.name })
      .from(partners)
      .where(inArray(partners.id, keys));
    for (const row of rows) labels.set(row.id, row.name);
  }
  return labels;
}
