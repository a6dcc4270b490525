import { createAccount } from '../modules/accounts/create-account.js';
import { createApiKey } from '../modules/identity/create-api-key.js';
import type { CreateApiKeyInput } from '../modules/identity/identity.schemas.js';
import { inviteUser } from '../modules/identity/invite-user.js';
import { createContact } from '../modules/partners/create-contact.js';
import { createPartner } from '../modules/partners/create-partner.js';
import type { PartnerStage } from '../modules/partners/partners.schemas.js';
import type { Clock } from '../platform/clock.js';
import type { Ctx } from '../platform/context.js';
import { ATTRIBUTION_SAMPLES } from './route-samples-attribution.js';
import { DEAL_SAMPLES } from './route-samples-deals.js';
import { ENABLEMENT_SAMPLES } from './route-samples-enablement.js';
import { FILE_SAMPLES } from './route-samples-files.js';
import { HASHED_SAMPLES } from './route-samples-hashed.js';
import { HEALTH_SAMPLES } from './route-samples-health.js';
import { INCENTIVES_SAMPLES } from './route-samples-incentives.js';
import { INTEGRATIONS_SAMPLES } from './route-samples-integrations.js';
import { LEADS_SAMPLES } from './route-samples-leads.js';
import { LIFECYCLE_SAMPLES } from './route-samples-lifecycle.js';
import { MAPPING_SAMPLES } from './route-samples-mapping.js';
import { MARKETING_SAMPLES } from './route-samples-marketing.js';
import { MDF_SAMPLES } from './route-samples-mdf.js';
import { PLATFORM_SAMPLES } from './route-samples-platform.js';
import { PREDICTIONS_SAMPLES } from './route-samples-predictions.js';
import { PROGRAM_SAMPLES } from './route-samples-program.js';
import { REGISTRATION_SAMPLES } from './route-samples-registrations.js';
import { SCORECARD_SAMPLES } from './route-samples-scorecard.js';
import { SURVEYS_SAMPLES } from './route-samples-surveys.js';
import { TIER_SAMPLES } from './route-samples-tiers.js';
import { WEBHOOKS_SAMPLES } from './route-samples-webhooks.js';
import { TEST_PASSWORD, type TestApp, type TestUserKey } from './test-app.js';

/** Who sends a request: a fixture user (by session cookie) or nobody. */
export type Caller = TestUserKey | null;

export const CALLERS: readonly Caller[] = [
  'admin',
  'partner_manager',
  'sales_rep',
  'finance',
  'partner_admin_a',
  'partner_rep_a',
  'partner_admin_b',
  'partner_rep_b',
  null,
];

export interface SampleRequest {
  params?: Record<string, string>;
  query?: Record<string, string>;
  body?: unknown;
  headers?: Record<string, string>;
}

/**
 * Real rows for sample requests to hit. Each caller gets ids it may legitimately use (its own partner,
 * a user of its own organization, its own API key), and destructive operations get a fresh row each
 * time, so an allowed request can be expected to succeed.
 */
export interface SampleWorld {
  t: TestApp;
  unique(prefix: string): string;
  partnerIdOf(user: TestUserKey): string | null;
  ctxOf(user: TestUserKey, clock?: Clock): Ctx;
  /** The caller's own partner (partner users) or partner A (vendor staff and anonymous). */
  partnerOf(caller: Caller): string;
  contactOf(caller: Caller): Promise<string>;
  freshContact(partnerId: string): Promise<string>;
  freshPartner(stage?: PartnerStage): Promise<string>;
  account(): Promise<string>;
  freshAccount(): Promise<string>;
  /** A partner rep in the caller's own organization (partner A's rep for vendor staff). */
  userOf(caller: Caller): string;
  freshApiKey(
    owner: TestUserKey,
    input?: Partial<CreateApiKeyInput>,
    clock?: Clock,
  ): Promise<{ id: string; secret: string }>;
  freshSession(user: TestUserKey): Promise<Record<string, string>>;
  freshInviteToken(): Promise<string>;
}

export function createSampleWorld(t: TestApp): SampleWorld {
  let counter = 0;
  const contacts = new Map<string, string>();
  let sharedAccount: string | undefined;

  const world: SampleWorld = {
    t,
    unique(prefix) {
      counter += 1;
      return `${prefix}-${counter}`;
    },
    partnerIdOf(user) {
      if (user.endsWith('_a')) return t.fixtures.partnerA;
      if (user.endsWith('_b')) return t.fixtures.partnerB;
      return null;
    },
    ctxOf(user, clock) {
      const fixture = t.fixtures.users[user];
      return {
        ...t.systemCtx,
        ...(clock ? { clock } : {}),
        actor: {
          kind: 'user',
          userId: fixture.id,
          role: fixture.role,
          partnerId: world.partnerIdOf(user),
          scopes: null,
          apiKeyId: null,
        },
      };
    },
    partnerOf(caller) {
      return (caller && world.partnerIdOf(caller)) ?? t.fixtures.partnerA;
    },
    async contactOf(caller) {
      const partnerId = world.partnerOf(caller);
      let id = contacts.get(partnerId);
      if (!id) {
        id = await world.freshContact(partnerId);
        contacts.set(partnerId, id);
      }
      return id;
    },
    async freshContact(partnerId) {
      const name = world.unique('contact');
      const contact = await createContact(t.systemCtx, partnerId, {
        name: `Sample ${name}`,
        email: `${name}@example.org`,
        isPrimary: false,
      });
      return contact.id;
    },
    async freshPartner(stage = 'prospect') {
      const partner = await createPartner(t.systemCtx, {
        name: `Throwaway ${world.unique('partner')}`,
        type: 'referral',
        stage,
        domains: [],
        regions: [],
        specializations: [],
      });
      return partner.id;
    },
    async account() {
      sharedAccount ??= await world.freshAccount();
      return sharedAccount;
    },
    async freshAccount() {
      const account = await createAccount(t.systemCtx, {
        name: `Sample Account ${world.unique('account')}`,
        domains: [],
        status: 'prospect',
        externalIds: {},
      });
      return account.id;
    },
    userOf(caller) {
      const partnerId = world.partnerOf(caller);
      return partnerId === t.fixtures.partnerB
        ? t.fixtures.users.partner_rep_b.id
        : t.fixtures.users.partner_rep_a.id;
    },
    async freshApiKey(owner, input = {}, clock) {
      const created = await createApiKey(world.ctxOf(owner, clock), {
        name: world.unique('key'),
        scopes: ['read', 'write'],
        ...input,
      });
      return { id: created.apiKey.id, secret: created.secret };
    },
    async freshSession(user) {
      const response = await t.app.inject({
        method: 'POST',
        url: '/api/auth/login',
        payload: { email: t.fixtures.users[user].email, password: TEST_PASSWORD },
      });
      const session = response.cookies.find((c) => c.name === 'trellis_session');
      if (response.statusCode !== 200 || !session)
        throw new Error(`login failed for ${user}: ${response.body}`);
      return { cookie: `trellis_session=${session.value}` };
    },
    async freshInviteToken() {
      const invitation = await inviteUser(t.systemCtx, {
        email: `${world.unique('invitee')}@example.org`,
        name: 'Invited Person',
        role: 'partner_rep',
        partnerId: t.fixtures.partnerA,
        baseUrl: 'http://127.0.0.1:3000',
      });
      return invitation.inviteToken;
    },
  };
  return world;
}

export type Sample = (world: SampleWorld, caller: Caller) => SampleRequest | Promise<SampleRequest>;

export const none: Sample = () => ({});

/**
 * A valid request for every API operation, by operationId. Bodies set every field the caller may set,
 * so generated bad-input tests reach each of them. A new operation without an entry here fails the
 * authorization matrix, so no route can be added without being tested.
 */
const CORE_SAMPLES: Record<string, Sample> = {
  getHealth: none,
  getReadiness: none,
  // Sent without the caller's session cookie: a login ends the session the browser held before.
  login: (w) => ({
    body: { email: w.t.fixtures.users.admin.email, password: TEST_PASSWORD },
    headers: { cookie: '' },
  }),
  logout: async (w, caller) => ({ headers: caller ? await w.freshSession(caller) : {} }),
  getMe: none,
  acceptInvite: async (w) => ({
    body: { token: await w.freshInviteToken(), name: 'Invited Person', password: 'a long enough password' },
  }),

  listUsers: none,
  getUser: (w, caller) => ({ params: { id: w.userOf(caller) } }),
  updateUser: (w, caller) => ({
    params: { id: w.userOf(caller) },
    body: { name: `Renamed ${w.unique('user')}`, role: 'partner_rep', status: 'active' },
  }),
  inviteUser: (w, caller) => ({
    body: {
      email: `${w.unique('invite')}@example.org`,
      name: 'New Colleague',
      role: 'partner_rep',
      partnerId: w.partnerOf(caller),
    },
  }),

  listApiKeys: none,
  createApiKey: (w) => ({
    body: {
      name: `Integration ${w.unique('key')}`,
      scopes: ['read', 'write'],
      expiresAt: '2027-01-01T00:00:00Z',
    },
  }),
  revokeApiKey: async (w, caller) => ({ params: { id: (await w.freshApiKey(caller ?? 'admin')).id } }),

  listPartners: none,
  summarizePartners: none,
  createPartner: (w) => {
    const slug = w.unique('sample');
    return {
      body: {
        name: `Sample Partner ${slug}`,
        type: 'isv',
        stage: 'recruited',
        domains: [`${slug}-partner.com`],
        ownerId: w.t.fixtures.users.partner_manager.id,
        website: `https://www.${slug}-partner.com/about`,
        regions: ['NA', 'EMEA'],
        specializations: ['security', 'data'],
        country: 'US',
        employees: 120,
        description: 'A sample technology partner',
      },
    };
  },
  getPartner: (w, caller) => ({ params: { id: w.partnerOf(caller) } }),
  updatePartner: (w, caller) => ({
    params: { id: w.partnerOf(caller) },
    body: {
      regions: ['EMEA', 'APAC'],
      specializations: ['security'],
      country: 'DE',
      employees: 250,
      description: 'Updated profile',
    },
  }),
  deletePartner: async (w) => ({ params: { id: await w.freshPartner() } }),
  changePartnerStage: async (w) => ({
    params: { id: await w.freshPartner('prospect') },
    body: { stage: 'recruited', reason: 'Signed the partner agreement' },
  }),
  listPartnerStageHistory: (w, caller) => ({ params: { id: w.partnerOf(caller) } }),
  getPartnerFit: (w, caller) => ({ params: { id: w.partnerOf(caller) } }),

  listPartnerContacts: (w, caller) => ({ params: { id: w.partnerOf(caller) } }),
  createPartnerContact: (w, caller) => ({
    params: { id: w.partnerOf(caller) },
    body: {
      name: 'Casey Contact',
      email: `${w.unique('casey')}@example.org`,
      phone: '+1 (555) 010-0100',
      title: 'Alliances lead',
      isPrimary: false,
    },
  }),
  updatePartnerContact: async (w, caller) => ({
    params: { id: w.partnerOf(caller), contactId: await w.contactOf(caller) },
    body: {
      name: 'Casey Contact',
      email: `${w.unique('casey')}@example.org`,
      phone: '+44 20 7946 0000',
      title: 'VP Alliances',
      isPrimary: true,
    },
  }),
  deletePartnerContact: async (w, caller) => {
    const partnerId = w.partnerOf(caller);
    return { params: { id: partnerId, contactId: await w.freshContact(partnerId) } };
  },

  listAccounts: none,
  createAccount: (w) => {
    const slug = w.unique('account');
    return {
      body: {
        name: `Sample Customer ${slug}`,
        domains: [`${slug}-customer.com`],
        country: 'US',
        industry: 'Software',
        employees: 500,
        ownerId: w.t.fixtures.users.sales_rep.id,
        status: 'customer',
        externalIds: { salesforce: '0015g00000XyZ' },
      },
    };
  },
  getAccount: async (w) => ({ params: { id: await w.account() } }),
  updateAccount: async (w) => ({
    params: { id: await w.account() },
    body: { industry: 'Manufacturing', status: 'customer', externalIds: { hubspot: '12345' } },
  }),
  deleteAccount: async (w) => ({ params: { id: await w.freshAccount() } }),

  getIpp: none,
  replaceIpp: () => ({
    body: {
      criteria: [
        { kind: 'partner_type', label: 'Integrators and ISVs', weight: 30, preferred: ['si', 'isv'] },
        { kind: 'region', label: 'Covers our regions', weight: 20, targets: ['NA', 'EMEA'] },
        {
          kind: 'specialization',
          label: 'Security focus',
          weight: 20,
          wanted: ['security', 'cloud'],
          enough: 1,
        },
        { kind: 'company_size', label: 'Mid-sized', weight: 10, min: 50, max: 5000 },
        { kind: 'certifications', label: 'Certified staff', weight: 10, target: 5 },
        { kind: 'account_overlap', label: 'Shared accounts', weight: 10, target: 20 },
      ],
    },
  }),

  listAuditEntries: none,
};

export const SAMPLES: Record<string, Sample> = {
  ...CORE_SAMPLES,
  ...DEAL_SAMPLES,
  ...REGISTRATION_SAMPLES,
  ...TIER_SAMPLES,
  ...PLATFORM_SAMPLES,
  ...MAPPING_SAMPLES,
  ...HASHED_SAMPLES,
  ...ENABLEMENT_SAMPLES,
  ...LIFECYCLE_SAMPLES,
  ...HEALTH_SAMPLES,
  ...FILE_SAMPLES,
  ...MARKETING_SAMPLES,
  ...LEADS_SAMPLES,
  ...MDF_SAMPLES,
  ...INCENTIVES_SAMPLES,
  ...SURVEYS_SAMPLES,
  ...ATTRIBUTION_SAMPLES,
  ...SCORECARD_SAMPLES,
  ...PREDICTIONS_SAMPLES,
  ...PROGRAM_SAMPLES,
  ...WEBHOOKS_SAMPLES,
  ...INTEGRATIONS_SAMPLES,
};

export async function sampleFor(
  operationId: string,
  world: SampleWorld,
  caller: Caller,
): Promise<SampleRequest> {
  const sample = SAMPLES[operationId];
  if (!sample) {
    throw new Error(
      `No sample request for operation ${operationId}: add one to SAMPLES in src/testing/route-samples*.ts`,
    );
  }
  return sample(world, caller);
}
