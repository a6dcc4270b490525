import { eq } from 'drizzle-orm';
import { createTemplate } from '../modules/onboarding/create-template.js';
import { findTemplates } from '../modules/onboarding/find-templates.js';
import { onboardingTemplates } from '../modules/onboarding/onboarding.table.js';
import { loadOnboardingDetail } from '../modules/onboarding/onboarding-view.js';
import { startOnboarding } from '../modules/onboarding/start-onboarding.js';
import type { PartnerType } from '../modules/partners/partners.schemas.js';
import { createApplication } from '../modules/recruiting/create-application.js';
import { rateLimitCounters } from '../platform/rate-limit/rate-limits.table.js';
import type { Caller, Sample, SampleWorld } from './route-samples.js';

// Only types may be imported from route-samples.ts: it imports this file, so values would not be ready.

interface LifecycleFixtures {
  application?: Promise<string>;
  template?: Promise<string>;
}

const fixtures = new WeakMap<SampleWorld, LifecycleFixtures>();

function fixturesOf(w: SampleWorld): LifecycleFixtures {
  let found = fixtures.get(w);
  if (!found) {
    found = {};
    fixtures.set(w, found);
  }
  return found;
}

async function freshApplication(w: SampleWorld): Promise<string> {
  const slug = w.unique('prospect');
  const application = await createApplication(w.ctxOf('partner_manager'), {
    companyName: `Prospect ${slug} Ltd`,
    website: `https://${slug}-prospect.com`,
    type: 'msp',
    regions: ['EMEA'],
    specializations: ['security'],
    contactName: 'Pat Prospect',
    contactEmail: `pat@${slug}-prospect.com`,
  });
  return application.id;
}

function sharedApplication(w: SampleWorld): Promise<string> {
  const f = fixturesOf(w);
  f.application ??= freshApplication(w);
  return f.application;
}

/** Removes the checklist of one partner type, so a sample can create it again. */
async function freeTemplateType(w: SampleWorld, partnerType: PartnerType): Promise<void> {
  await w.t.db.database.db
    .delete(onboardingTemplates)
    .where(eq(onboardingTemplates.partnerType, partnerType));
}

function sharedTemplate(w: SampleWorld): Promise<string> {
  const f = fixturesOf(w);
  f.template ??= (async () => {
    await freeTemplateType(w, 'referral');
    return (await createTemplate(w.t.systemCtx, templateBody('referral', 'Referral onboarding'))).id;
  })();
  return f.template;
}

function templateBody(partnerType: PartnerType, name: string) {
  return {
    name,
    partnerType,
    stalledAfterDays: 10,
    steps: [
      {
        key: 'agreement_signed',
        title: 'Referral agreement signed',
        description: 'Completes when the application is signed',
        kind: 'automatic' as const,
        eventType: 'recruiting.signed',
        required: true,
      },
      {
        key: 'intro_call',
        title: 'Introduction call',
        description: 'Ticked after the call',
        kind: 'manual' as const,
        required: false,
      },
    ],
  };
}

/** The caller's own partner (partner A for vendor staff), with its onboarding started. */
async function onboardedPartner(w: SampleWorld, caller: Caller): Promise<string> {
  const partnerId = w.partnerOf(caller);
  await startOnboarding(w.t.systemCtx, partnerId);
  return partnerId;
}

async function manualStepOf(w: SampleWorld, partnerId: string): Promise<string> {
  const detail = await loadOnboardingDetail(w.t.systemCtx, partnerId);
  const step = detail?.steps.find((s) => s.kind === 'manual');
  if (!step) throw new Error(`partner ${partnerId} has no manual onboarding step`);
  return step.id;
}

const none: Sample = () => ({});

export const LIFECYCLE_SAMPLES: Record<string, Sample> = {
  submitPartnerApplication: async (w) => {
    // Every caller of the matrix sends one: start each from an empty window so none is rate limited.
    await w.t.db.database.db.delete(rateLimitCounters);
    const slug = w.unique('applicant');
    return {
      body: {
        companyName: `Applicant ${slug} GmbH`,
        website: `https://www.${slug}-applicant.de/partners`,
        country: 'DE',
        type: 'si',
        regions: ['EMEA'],
        specializations: ['security', 'data'],
        employees: 80,
        contactName: 'Alex Applicant',
        contactEmail: `alex@${slug}-applicant.de`,
        message: 'We would like to resell and implement your platform.',
        nickname: '',
      },
    };
  },
  listPartnerApplications: () => ({ query: { status: 'applied,qualified', sort: '-fitScore' } }),
  summarizePartnerApplications: () => ({ query: { type: 'msp', minFit: '0' } }),
  createPartnerApplication: (w) => {
    const slug = w.unique('manual-prospect');
    return {
      body: {
        companyName: `Manual ${slug} Inc`,
        website: `${slug}-manual.com`,
        country: 'US',
        type: 'reseller',
        regions: ['NA'],
        specializations: ['cloud'],
        employees: 40,
        contactName: 'Morgan Manual',
        contactEmail: `morgan@${slug}-manual.com`,
        message: 'Met at a trade show',
        ownerId: w.t.fixtures.users.partner_manager.id,
      },
    };
  },
  getPartnerApplication: async (w) => ({ params: { id: await sharedApplication(w) } }),
  updatePartnerApplication: async (w) => ({
    params: { id: await sharedApplication(w) },
    body: {
      companyName: 'Prospect Renamed Ltd',
      website: `https://${w.unique('renamed')}-prospect.com`,
      country: 'GB',
      type: 'si',
      regions: ['EMEA', 'APAC'],
      specializations: ['security'],
      employees: 150,
      contactName: 'Pat Prospect',
      contactEmail: 'pat.prospect@example.org',
      message: 'Updated after a call',
      ownerId: w.t.fixtures.users.partner_manager.id,
    },
  }),
  changePartnerApplicationStage: async (w) => ({
    params: { id: await freshApplication(w) },
    body: { status: 'qualified', reason: 'Strong fit with our EMEA plans' },
  }),

  listOnboardingTemplates: none,
  createOnboardingTemplate: async (w) => {
    await freeTemplateType(w, 'msp');
    return { body: templateBody('msp', 'MSP onboarding') };
  },
  getOnboardingTemplate: async (w) => ({ params: { id: (await findTemplates(w.t.systemCtx))[0]!.id } }),
  replaceOnboardingTemplate: async (w) => ({
    params: { id: await sharedTemplate(w) },
    body: templateBody('referral', 'Referral onboarding, revised'),
  }),
  deleteOnboardingTemplate: async (w) => {
    await freeTemplateType(w, 'cloud_marketplace');
    const template = await createTemplate(
      w.t.systemCtx,
      templateBody('cloud_marketplace', 'Marketplace onboarding'),
    );
    return { params: { id: template.id } };
  },
  listOnboardings: () => ({ query: { stalled: 'false', sort: '-startedAt' } }),
  summarizeOnboardings: () => ({ query: { partnerType: 'reseller' } }),
  getPartnerOnboarding: async (w, caller) => ({ params: { id: await onboardedPartner(w, caller) } }),
  completeOnboardingStep: async (w, caller) => {
    const partnerId = await onboardedPartner(w, caller);
    return {
      params: { id: partnerId, stepId: await manualStepOf(w, partnerId) },
      body: { note: 'Kick-off held with the whole team' },
    };
  },
  listFirstRevenue: () => ({ query: { hasRevenue: 'true' } }),
  listFirstRevenueCohorts: none,
};
