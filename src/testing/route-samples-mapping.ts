import { createAccount } from '../modules/accounts/create-account.js';
import { getAccount } from '../modules/accounts/get-account.js';
import { createPopulation } from '../modules/mapping/create-population.js';
import { getSharing } from '../modules/mapping/get-sharing.js';
import { importPartnerAccounts } from '../modules/mapping/import-partner-accounts.js';
import {
  PARTNER_POPULATIONS,
  type SharingLevel,
  VENDOR_POPULATIONS,
} from '../modules/mapping/mapping.schemas.js';
import { updateSharing } from '../modules/mapping/update-sharing.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';
import type { TestUserKey } from './test-app.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

interface MappingFixtures {
  /** A CRM customer that every sample partner list names by its website, so the lists have overlaps. */
  crmAccount?: Promise<{ domain: string; sharedAccountName: string }>;
  /** Per partner: its list uploaded once. */
  lists: Map<string, Promise<void>>;
}

const fixtures = new WeakMap<SampleWorld, MappingFixtures>();

function fixturesOf(w: SampleWorld): MappingFixtures {
  let found = fixtures.get(w);
  if (!found) {
    found = { lists: new Map() };
    fixtures.set(w, found);
  }
  return found;
}

const isVendor = (w: SampleWorld, caller: Caller) => !caller || w.partnerIdOf(caller) === null;

/** Who acts for a partner's side of the mapping: its admin; the partner manager for the vendor's side. */
function sideUser(w: SampleWorld, partnerId: string | null): TestUserKey {
  if (partnerId === w.t.fixtures.partnerA) return 'partner_admin_a';
  if (partnerId === w.t.fixtures.partnerB) return 'partner_admin_b';
  return 'partner_manager';
}

/** The caller's own side: its partner's admin, or the partner manager for vendor staff and anonymous. */
function ownSideUser(w: SampleWorld, caller: Caller): TestUserKey {
  return isVendor(w, caller) ? 'partner_manager' : sideUser(w, w.partnerOf(caller));
}

const COLUMNS =
  'id=Account ID,name=Account Name,domain=Website,population=Type,country=Country,industry=Industry';

function crmAccount(w: SampleWorld): Promise<{ domain: string; sharedAccountName: string }> {
  const f = fixturesOf(w);
  f.crmAccount ??= (async () => {
    const slug = w.unique('mapped');
    const account = await createAccount(w.t.systemCtx, {
      name: `Mapped Vendor Customer ${slug}`,
      domains: [`${slug}-customer.com`],
      country: 'US',
      industry: 'Software',
      status: 'customer',
      externalIds: {},
    });
    const shared = await getAccount(w.t.systemCtx, await w.account());
    return { domain: account.domains[0]!, sharedAccountName: shared.name };
  })();
  return f.crmAccount;
}

/**
 * A partner list in a CRM export's shape: a customer the CRM has too (by website), the account every
 * sample uses (by name), a prospect the CRM lacks (white space), and, when `withBadRow`, a row with
 * neither a name nor a website (rejected) and one without a type (the default population).
 */
async function partnerListCsv(w: SampleWorld, withBadRow: boolean): Promise<string> {
  const { domain, sharedAccountName } = await crmAccount(w);
  const lines = [
    'Account ID,Account Name,Website,Type,Country,Industry',
    `MAP-1,Mapped Partner Customer,https://www.${domain}/,Customer,US,Software`,
    `MAP-2,"${sharedAccountName}",,Customer - Direct,US,Software`,
    'MAP-3,Unmapped Partner Prospect,unmapped-prospect-sample.com,Prospect,DE,Retail',
  ];
  if (withBadRow) lines.push('MAP-4,,,Customer,US,', 'MAP-5,Untyped Partner Account,untyped-sample.com,,FR,');
  return `${lines.join('\r\n')}\r\n`;
}

/** The partner's list, uploaded once, so the reads have overlaps to show. */
function ensureList(w: SampleWorld, partnerId: string): Promise<void> {
  const { lists } = fixturesOf(w);
  let list = lists.get(partnerId);
  if (!list) {
    list = (async () => {
      await importPartnerAccounts(w.ctxOf(sideUser(w, partnerId)), {
        partnerId,
        bytes: Buffer.from(await partnerListCsv(w, false)),
        fileName: 'sample-accounts.csv',
        mode: 'replace',
      });
    })();
    lists.set(partnerId, list);
  }
  return list;
}

/**
 * Both sides share every standard population in full with each other, so any caller allowed to read
 * the lists gets records. Checked every time: the sharing sample itself changes the levels.
 */
async function ensureFullSharing(w: SampleWorld, partnerId: string): Promise<void> {
  await ensureList(w, partnerId);
  const current = await getSharing(w.t.systemCtx, partnerId);
  const full = (keys: readonly string[]) =>
    Object.fromEntries(keys.map((key) => [key, 'full'])) as Record<string, SharingLevel>;
  if (VENDOR_POPULATIONS.some((key) => current.vendor[key] !== 'full')) {
    await updateSharing(w.ctxOf('partner_manager'), partnerId, full(VENDOR_POPULATIONS));
  }
  if (PARTNER_POPULATIONS.some((key) => current.partner[key] !== 'full')) {
    await updateSharing(w.ctxOf(sideUser(w, partnerId)), partnerId, full(PARTNER_POPULATIONS));
  }
}

/** The caller's own partner's relationship (partner A's for vendor staff and anonymous), with its list. */
async function mappedPartner(w: SampleWorld, caller: Caller): Promise<string> {
  const partnerId = w.partnerOf(caller);
  await ensureList(w, partnerId);
  return partnerId;
}

export const MAPPING_SAMPLES: Record<string, Sample> = {
  summarizeAccountMapping: async (w) => {
    await ensureFullSharing(w, w.t.fixtures.partnerA);
    return {};
  },
  getOverlapMatrix: async (w, caller) => ({ params: { id: await mappedPartner(w, caller) } }),
  listOverlaps: async (w, caller) => {
    const partnerId = w.partnerOf(caller);
    await ensureFullSharing(w, partnerId);
    return {
      params: { id: partnerId, list: 'co_sell' },
      query: { limit: '20', sort: 'priority', partnerPopulation: 'customer', q: 'Mapped' },
    };
  },
  getMappingSharing: async (w, caller) => ({ params: { id: await mappedPartner(w, caller) } }),
  updateMappingSharing: (w, caller) => {
    const keys = isVendor(w, caller) ? VENDOR_POPULATIONS : PARTNER_POPULATIONS;
    return {
      params: { id: w.partnerOf(caller) },
      body: { levels: Object.fromEntries(keys.map((key) => [key, 'full'])) },
    };
  },
  createMappingPopulation: (w, caller) => ({
    params: { id: w.partnerOf(caller) },
    body: {
      name: `Sample segment ${w.unique('population')}`,
      base: 'customer',
      countries: ['US', 'DE'],
      industries: ['Software'],
    },
  }),
  deleteMappingPopulation: async (w, caller) => {
    const population = await createPopulation(w.ctxOf(ownSideUser(w, caller)), w.partnerOf(caller), {
      name: `Throwaway segment ${w.unique('population')}`,
      base: 'prospect',
      countries: [],
      industries: [],
    });
    return { params: { id: population.key } };
  },
  importPartnerAccounts: async (w, caller) => ({
    params: { id: w.partnerOf(caller) },
    query: {
      mode: 'merge',
      columns: COLUMNS,
      defaultPopulation: 'prospect',
      skipInvalid: 'true',
      fileName: 'crm-export.csv',
    },
    headers: { 'content-type': 'text/csv' },
    body: await partnerListCsv(w, true),
  }),
  listPartnerAccounts: async (w, caller) => ({
    params: { id: await mappedPartner(w, caller) },
    query: { limit: '20', sort: '-updatedAt', q: 'Mapped', population: 'customer', matched: 'true' },
  }),
  listMappingImports: async (w, caller) => ({ params: { id: await mappedPartner(w, caller) } }),
  refreshAccountMapping: async (w, caller) => ({ params: { id: await mappedPartner(w, caller) } }),
  listAccountPartners: async (w) => {
    await ensureFullSharing(w, w.t.fixtures.partnerA);
    return { params: { id: await w.account() } };
  },
};
