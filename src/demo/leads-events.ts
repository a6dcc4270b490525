import { convertLead } from '../modules/leads/convert-lead.js';
import { createLead } from '../modules/leads/create-lead.js';
import { disqualifyLead } from '../modules/leads/disqualify-lead.js';
import { findLeads } from '../modules/leads/find-leads.js';
import { importLeads } from '../modules/leads/import-leads.js';
import { expireLeadOffersJob } from '../modules/leads/leads-jobs.js';
import { offerLead } from '../modules/leads/offer-lead.js';
import { acceptLead, declineLead } from '../modules/leads/respond-to-offer.js';
import { routeLeads } from '../modules/leads/route-leads.js';
import { DEFAULT_ROUTING_RULES, replaceRoutingRules } from '../modules/leads/routing-rules.js';
import { withdrawOffer } from '../modules/leads/withdraw-offer.js';
import { csvDataLine } from '../platform/csv/csv-cell.js';
import { AppError } from '../platform/errors.js';
import { PRODUCT_LINES } from './deal-words.js';
import { storyInstant } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import { type LeadPlan, type LeadsStory, planLeads } from './plan-leads.js';
import type { ProgramStory } from './program-story.js';

const DECLINE_REASONS = [
  'Outside our territory this quarter',
  'No capacity in the security practice until next month',
  'The buyer is an existing customer of a competitor we partner with',
  'Too small for our engagement model',
  'Not our specialization — they need an ERP integrator',
];
const MANAGER = 'pm-americas';

function importFile(rows: LeadPlan[]): Uint8Array {
  const header = csvDataLine([
    'External ID',
    'Company',
    'Website',
    'Contact Name',
    'Contact Email',
    'Title',
    'Country',
    'Interests',
    'Product Lines',
    'Estimated Amount',
    'Currency',
    'Score',
  ]);
  const lines = rows.map((r) =>
    csvDataLine([
      r.externalId,
      r.companyName,
      r.website,
      r.contactName,
      r.contactEmail,
      r.contactTitle,
      r.country,
      r.interests.join(';'),
      r.productLines.join(';'),
      String(r.amountMajor),
      r.currency,
      String(r.score),
    ]),
  );
  return new TextEncoder().encode(header + lines.join(''));
}

const leadBody = (l: LeadPlan) => ({
  companyName: l.companyName,
  ...(l.website ? { website: l.website } : {}),
  contactName: l.contactName,
  contactEmail: l.contactEmail,
  contactTitle: l.contactTitle,
  country: l.country,
  interests: l.interests,
  productLines: l.productLines,
  estimatedAmountMinor: l.amountMajor * 100,
  currency: l.currency,
  score: l.score,
});

const offeredTo = async (world: DemoWorld, partnerIndex: number, status: 'offered' | 'accepted') =>
  (await findLeads(world.asPartnerUser(partnerIndex), { status: [status], sort: 'createdAt', limit: 200 }))
    .items;

/** Partners with portal users answer what waits for them: most accept, some decline, a few let it run out. */
async function answerOffers(world: DemoWorld, story: LeadsStory, day: number, random: DemoRandom) {
  for (const { partnerIndex, fromDay } of story.responders) {
    if (fromDay > day) continue;
    const ctx = world.asPartnerUser(partnerIndex, 'partner_rep');
    for (const lead of await offeredTo(world, partnerIndex, 'offered')) {
      // An offer already past its SLA waits for the expiry job.
      if (!lead.offerDueAt || new Date(lead.offerDueAt) <= ctx.clock.now()) continue;
      const roll = random.next();
      if (roll < 0.6) await acceptLead(ctx, lead.id);
      else if (roll < 0.85) await declineLead(ctx, lead.id, { reason: random.pick(DECLINE_REASONS) });
    }
  }
}

/** Partner admins turn about half of their accepted leads into deal registrations. */
async function convertAccepted(world: DemoWorld, story: LeadsStory, day: number, random: DemoRandom) {
  const expectedClose = storyInstant(day + 75)
    .toISOString()
    .slice(0, 10);
  for (const { partnerIndex, fromDay } of story.responders) {
    if (fromDay > day) continue;
    for (const lead of await offeredTo(world, partnerIndex, 'accepted')) {
      if (!random.chance(0.5)) continue;
      // Campaign leads carry no amount: the partner sizes the deal when it registers it.
      const sized =
        lead.estimatedAmountMinor === null || !lead.currency
          ? { amountMinor: random.int(15, 180) * 100_000, currency: 'USD' }
          : {};
      const lines = lead.productLines.length ? {} : { productLines: [random.pick(PRODUCT_LINES)] };
      await convertLead(world.asPartnerUser(partnerIndex, 'partner_admin'), lead.id, {
        expectedClose,
        submit: true,
        ...sized,
        ...lines,
      });
    }
  }
}

/** A manager hands a lead to a partner with portal users; a partner no longer eligible is skipped. */
async function offerByHand(
  world: DemoWorld,
  story: LeadsStory,
  leadId: string,
  random: DemoRandom,
  day: number,
) {
  const ready = story.responders.filter((r) => r.fromDay <= day);
  for (const { partnerIndex } of random.shuffle(ready)) {
    try {
      return await offerLead(world.as(MANAGER), leadId, { partnerId: world.partnerId(partnerIndex) });
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'validation_failed') throw error;
    }
  }
  return null;
}

function weekEvents(story: LeadsStory, random: DemoRandom): DemoEvent[] {
  return story.weeks.flatMap((week, index): DemoEvent[] => {
    const events: DemoEvent[] = [];
    if (week.imported.length)
      events.push({
        day: week.day,
        minute: 60,
        run: (world) => importLeads(world.as(MANAGER), { bytes: importFile(week.imported) }),
      });
    week.manual.forEach((lead, i) => {
      events.push({
        day: week.day,
        minute: 90 + i * 5,
        run: async (world) => {
          const created = await createLead(world.as(lead.repKey), leadBody(lead));
          if (lead.offerByHand && created.status === 'new')
            await offerByHand(world, story, created.id, random, week.day);
        },
      });
    });
    events.push(
      { day: week.day, minute: 120, run: (world) => routeLeads(world.as(MANAGER), { dryRun: false }) },
      { day: week.day + 1, minute: 540, run: (world) => answerOffers(world, story, week.day + 1, random) },
      { day: week.day + 3, minute: 5, run: (world) => expireLeadOffersJob.run(world.as(null)) },
      { day: week.day + 5, minute: 600, run: (world) => convertAccepted(world, story, week.day + 5, random) },
    );
    if (index % 6 === 5)
      events.push({
        day: week.day + 2,
        minute: 200,
        run: async (world) => {
          const ctx = world.as('admin');
          const [stale] = (await findLeads(ctx, { status: ['unassignable'], sort: 'createdAt', limit: 1 }))
            .items;
          if (stale)
            await disqualifyLead(ctx, stale.id, {
              reason: 'No budget this year; the buyer asked to be contacted in 2027',
            });
        },
      });
    if (index === 3)
      events.push({
        day: week.day + 1,
        minute: 300,
        run: async (world) => {
          const ctx = world.as(MANAGER);
          const [waiting] = (await findLeads(ctx, { status: ['offered'], sort: '-createdAt', limit: 1 }))
            .items;
          if (waiting) await withdrawOffer(ctx, waiting.id);
        },
      });
    return events;
  });
}

/**
 * Leads over the story's last months: imports and leads typed in by reps, routed every week by the
 * rules (and now and then by hand), answered by the partners with portal users, expired by the SLA job
 * and passed on, converted to registrations; a last routing run leaves offers waiting at the end.
 */
export function leadsEvents(program: ProgramStory, random: DemoRandom): DemoEvent[] {
  const story = planLeads(program, random);
  const rules: DemoEvent = {
    day: story.rulesDay,
    minute: 100,
    run: (world) =>
      replaceRoutingRules(world.as('admin'), {
        ...DEFAULT_ROUTING_RULES,
        minLeadScore: 20,
        defaultCapacity: 6,
        slaHours: 48,
      }),
  };
  const last: DemoEvent = {
    day: story.finalDay,
    minute: 120,
    run: async (world) => {
      for (const lead of story.final) await createLead(world.as(lead.repKey), leadBody(lead));
      return routeLeads(world.as(MANAGER), { dryRun: false });
    },
  };
  return [rules, ...weekEvents(story, random), last];
}
