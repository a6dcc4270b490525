import { storeFile } from '../modules/files/store-file.js';
import { changeCampaignStatus } from '../modules/marketing/change-campaign-status.js';
import { changeTemplateStatus } from '../modules/marketing/change-template-status.js';
import { createCampaign } from '../modules/marketing/create-campaign.js';
import { createTemplate } from '../modules/marketing/create-template.js';
import { followTrackedLink } from '../modules/marketing/follow-tracked-link.js';
import type { CampaignDetail } from '../modules/marketing/marketing.schemas.js';
import { recordTouch } from '../modules/marketing/public-campaign.js';
import { submitCampaignLead } from '../modules/marketing/submit-campaign-lead.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoEvent } from './demo-world.js';
import { demoLogoPng } from './marketing-logo.js';
import { planMarketing } from './plan-marketing.js';
import type { ProgramStory } from './program-story.js';

const AGENTS = [
  'Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 Chrome/128.0 Safari/537.36',
  'Mozilla/5.0 (Macintosh; Intel Mac OS X 14_5) AppleWebKit/605.1.15 Version/17.5 Safari/605.1.15',
  'Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148',
  'Mozilla/5.0 (X11; Linux x86_64; rv:129.0) Gecko/20100101 Firefox/129.0',
];

/** Documentation addresses (RFC 5737), some visitors coming back over the days. */
function visitor(seed: number) {
  const block = ['198.51.100', '203.0.113', '192.0.2'][seed % 3];
  return { clientAddress: `${block}.${((seed * 37) % 250) + 1}`, userAgent: AGENTS[seed % AGENTS.length]! };
}

export function marketingEvents(story: ProgramStory, random: DemoRandom): DemoEvent[] {
  const plan = planMarketing(story, random);
  const events: DemoEvent[] = [];
  for (const t of plan.templates) {
    events.push({
      day: t.day,
      minute: 600,
      run: async (world) =>
        world.keep(`marketing:${t.key}`, (await createTemplate(world.as('admin'), t.input)).id),
    });
    const publishDay = t.publishDay;
    if (publishDay !== null) {
      events.push({
        day: publishDay,
        minute: 610,
        run: (world) =>
          changeTemplateStatus(world.as('admin'), world.recall<string>(`marketing:${t.key}`), 'published'),
      });
    }
  }
  for (const c of plan.campaigns) {
    events.push({
      day: c.day,
      minute: 700,
      run: async (world) => {
        const ctx = world.asPartnerUser(c.partnerIndex, c.role);
        const logo = await storeFile(ctx, {
          purpose: 'campaign_logo',
          fileName: 'logo.png',
          bytes: demoLogoPng((c.partnerIndex * 47) % 360),
        });
        const campaign = await createCampaign(ctx, {
          templateId: world.recall<string>(`marketing:${c.templateKey}`),
          name: c.name,
          logoFileId: logo.id,
          contactName: c.contact.name,
          contactEmail: c.contact.email,
          contactPhone: c.contact.phone,
          offerText: c.offerText,
        });
        world.keep(`marketing:${c.key}`, campaign.id);
      },
    });
    const launchDay = c.launchDay;
    if (launchDay !== null) {
      events.push({
        day: launchDay,
        minute: 720,
        run: async (world) => {
          const launched = await changeCampaignStatus(
            world.asPartnerUser(c.partnerIndex, c.role),
            world.recall<string>(`marketing:${c.key}`),
            'launch',
          );
          world.keep(`marketing:${c.key}:launched`, launched);
        },
      });
    }
    const endDay = c.endDay;
    if (endDay !== null) {
      events.push({
        day: endDay,
        minute: 1000,
        run: (world) =>
          changeCampaignStatus(
            world.asPartnerUser(c.partnerIndex, 'partner_admin'),
            world.recall<string>(`marketing:${c.key}`),
            'end',
          ),
      });
    }
  }
  plan.traffic.forEach((day, index) => {
    events.push({
      day: day.day,
      minute: 800 + (index % 120),
      run: async (world) => {
        const ctx = world.as(null);
        const campaign = world.recall<CampaignDetail>(`marketing:${day.campaignKey}:launched`);
        for (let i = 0; i < day.views; i++) {
          await recordTouch(ctx, campaign, { kind: 'view', visitor: visitor(day.day + i * 11) });
        }
        const codes = campaign.links.map((link) => link.code);
        for (let i = 0; i < day.clicks && codes.length; i++) {
          await followTrackedLink(ctx, codes[i % codes.length]!, visitor(day.day + i * 11));
        }
        for (const [i, fill] of day.fills.entries()) {
          const outcome = await submitCampaignLead(ctx, campaign.slug, fill, visitor(day.day * 3 + i));
          if (outcome.kind !== 'accepted') throw new Error(`A demo form fill was refused: ${outcome.kind}`);
        }
      },
    });
  });
  return events;
}
