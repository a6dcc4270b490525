import { accountKeys } from '../analytics/matching/account-keys.js';
import { hashAccountKeys, keyFingerprint } from '../analytics/matching/hash-keys.js';
import { uploadHashedList } from '../modules/mapping/upload-hashed-list.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';
import type { TestUserKey } from './test-app.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

/** Every sample hashes with this one secret, so the two sides' lists always compare. */
const SECRET = 'sample secret shared by the vendor and its partners';
const FINGERPRINT = keyFingerprint(SECRET);

const ACCOUNTS = [
  {
    ref: 'HASHED-1',
    name: 'Hashed Sample Customer',
    domain: 'hashed-sample-customer.com',
    population: 'customer',
  },
  { ref: 'HASHED-2', name: 'Hashed Sample Prospect', domain: '', population: 'prospect' },
  { ref: 'HASHED-3', name: 'Hashed Sample Lead', domain: 'hashed-sample-lead.com', population: 'prospect' },
];

/**
 * The list as `trellis hash-accounts` writes it; `withBadRow` adds a row without hashes (rejected) and one
 * without a population (the default one).
 */
function hashedCsv(withBadRow: boolean): string {
  const lines = ACCOUNTS.map(({ ref, name, domain, population }) => {
    const { domain: domainKey, name: nameKey } = accountKeys({ name, domain });
    const hashed = hashAccountKeys({ domain: domainKey, name: nameKey }, SECRET);
    return [ref, population, hashed.domain ?? '', hashed.name ?? ''].join(',');
  });
  if (withBadRow) lines.push('HASHED-4,customer,,', `HASHED-5,,${lines[0]!.split(',')[2]},`);
  return `${['id,population,domain_hash,name_hash', ...lines].join('\r\n')}\r\n`;
}

/** Who uploads each side's list of a partner relationship: the partner manager, or that partner's admin. */
function uploader(w: SampleWorld, partnerId: string, side: 'vendor' | 'partner'): TestUserKey {
  if (side === 'vendor') return 'partner_manager';
  return partnerId === w.t.fixtures.partnerB ? 'partner_admin_b' : 'partner_admin_a';
}

/** Both sides' hashed lists, uploaded again each time (a sample may have just removed one). */
async function bothLists(w: SampleWorld, caller: Caller): Promise<string> {
  const partnerId = w.partnerOf(caller);
  for (const side of ['vendor', 'partner'] as const) {
    await uploadHashedList(w.ctxOf(uploader(w, partnerId, side)), {
      partnerId,
      bytes: Buffer.from(hashedCsv(false)),
      keyFingerprint: FINGERPRINT,
    });
  }
  return partnerId;
}

function crmExport(w: SampleWorld): string {
  const slug = w.unique('crm');
  return [
    'Account ID,Account Name,Website,Type,Billing Country,Industry',
    `SF-${slug}-1,Imported Customer ${slug},https://www.${slug}-imported.com/,Customer - Direct,United States,Software`,
    `SF-${slug}-2,Imported Prospect ${slug},,Prospect,DE,`,
    `SF-${slug}-3,Imported Partner ${slug},${slug}-partner.com,Partner,US,`,
  ].join('\r\n');
}

export const HASHED_SAMPLES: Record<string, Sample> = {
  uploadHashedAccountList: (w, caller) => ({
    params: { id: w.partnerOf(caller) },
    query: { keyFingerprint: FINGERPRINT, defaultPopulation: 'prospect', skipInvalid: 'true' },
    headers: { 'content-type': 'text/csv' },
    body: hashedCsv(true),
  }),
  getHashedOverlap: async (w, caller) => ({ params: { id: await bothLists(w, caller) } }),
  deleteOwnHashedAccountList: async (w, caller) => ({ params: { id: await bothLists(w, caller) } }),
  importAccounts: (w) => ({
    query: {
      system: 'salesforce',
      columns:
        'id=Account ID,name=Account Name,domain=Website,population=Type,country=Billing Country,industry=Industry',
      skipInvalid: 'true',
      dryRun: 'false',
    },
    headers: { 'content-type': 'text/csv' },
    body: crmExport(w),
  }),
};
