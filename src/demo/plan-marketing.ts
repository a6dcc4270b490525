import type { CreateTemplateInput } from '../modules/marketing/marketing.schemas.js';
import { INDUSTRIES } from './company-words.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import { createFreshNameMaker } from './fresh-names.js';
import { COUNTRIES } from './geography.js';
import { emailLocalPart, FIRST_NAMES, LAST_NAMES } from './people-words.js';
import type { ProgramStory } from './program-story.js';

export interface TemplatePlan {
  key: string;
  input: CreateTemplateInput;
  day: number;
  publishDay: number | null;
}

export interface CampaignPlan {
  key: string;
  templateKey: string;
  partnerIndex: number;
  role: 'partner_admin' | 'partner_rep';
  name: string;
  offerText: string;
  contact: { name: string; email: string; phone: string };
  day: number;
  launchDay: number | null;
  endDay: number | null;
}

export interface FormFillPlan {
  contactName: string;
  contactEmail: string;
  companyName: string;
  message: string;
}

/** One day of a campaign's traffic; visitors are numbered so some come back on later days. */
export interface TrafficDay {
  campaignKey: string;
  day: number;
  views: number;
  clicks: number;
  fills: FormFillPlan[];
}

export interface MarketingStory {
  templates: TemplatePlan[];
  campaigns: CampaignPlan[];
  traffic: TrafficDay[];
}

const AUTHOR_DAY = DEMO_LAST_DAY - 210;

function template(
  kind: CreateTemplateInput['kind'],
  fields: Partial<CreateTemplateInput> & Pick<CreateTemplateInput, 'name' | 'body'>,
): CreateTemplateInput {
  return {
    kind,
    description: '',
    subject: '',
    ctaUrl: null,
    ctaLabel: '',
    defaultOffer: '',
    heroImageFileId: null,
    audience: { partnerTypes: [], tiers: [] },
    productLines: [],
    ...fields,
  };
}

const TEMPLATES: Array<{ key: string; input: CreateTemplateInput; publish: boolean }> = [
  {
    key: 'landing-security',
    publish: true,
    input: template('landing_page', {
      name: 'Secure your cloud in 30 days',
      description: 'A landing page for a security assessment offer, with a lead form.',
      subject: 'A 30-day cloud security plan from {{partner.name}}',
      body: '# Secure your cloud in 30 days\n\n{{partner.name}} and Larkspur Cloud find the gaps in your cloud set-up and close them, step by step.\n\n- A review of identities, network and data\n- A prioritized plan you can act on\n- Larkspur Security configured by certified experts\n\n**Our offer:** {{offer}}\n\nQuestions first? Ask {{contact.name}} at {{contact.email}} or {{contact.phone}}.',
      defaultOffer: 'A free security assessment for your first cloud account.',
      ctaUrl: 'https://larkspur-demo.com/security/checklist',
      ctaLabel: 'Download the checklist',
      productLines: ['Security'],
    }),
  },
  {
    key: 'landing-analytics',
    publish: true,
    input: template('landing_page', {
      name: 'Analytics quick start',
      description: 'A landing page for a two-week analytics pilot.',
      subject: 'Your data, answered in two weeks',
      body: '# Your data, answered in two weeks\n\nWith **{{partner.name}}** you get a working Larkspur Analytics pilot on your own data: dashboards your team uses from day one.\n\n{{offer}}\n\nTalk to {{contact.name}} ({{contact.email}}), or see {{partner.website}}.',
      defaultOffer: 'A fixed-price two-week pilot, credited against your first year.',
      productLines: ['Analytics', 'Data Platform'],
    }),
  },
  {
    key: 'email-cost',
    publish: true,
    input: template('email', {
      name: 'Cloud cost review invitation',
      description: 'An email inviting customers to a free cloud cost review.',
      subject: '{{contact.name}} from {{partner.name}}: is your cloud bill growing faster than you are?',
      body: '{{partner.logo}}\n\n## Spend less on the cloud you already have\n\nHello,\n\nMost teams we meet pay for capacity they do not use. {{partner.name}} reviews your Larkspur Cloud usage and shows you where the savings are.\n\n**{{offer}}**\n\n{{cta}}\n\nBest regards,\n{{contact.name}}\n{{contact.email}} · {{contact.phone}}',
      defaultOffer: 'A free cost review with savings you can keep.',
      ctaUrl: 'https://larkspur-demo.com/cost-review',
      ctaLabel: 'Book your review',
    }),
  },
  {
    key: 'email-webinar',
    publish: true,
    input: template('email', {
      name: 'Migration webinar invitation',
      description: 'An email inviting prospects to a migration webinar; for integrators and MSPs.',
      subject: 'Join {{partner.name}}: moving to Larkspur Cloud without downtime',
      body: '## Moving to the cloud without downtime\n\nJoin {{contact.name}} of {{partner.name}} for 45 minutes on how teams like yours migrate safely.\n\n{{offer}}\n\n[Save your seat]({{cta}})',
      defaultOffer: 'Every attendee gets our migration readiness checklist.',
      ctaUrl: 'https://larkspur-demo.com/webinars/migration',
      ctaLabel: 'Save your seat',
      audience: { partnerTypes: ['si', 'msp'], tiers: [] },
    }),
  },
  {
    key: 'social-partner',
    publish: true,
    input: template('social_post', {
      name: 'Partnership announcement',
      description: 'A short post announcing the partnership.',
      subject: '{{partner.name}} is a Larkspur Cloud partner',
      body: 'We are proud to work with Larkspur Cloud to bring our customers a faster, safer cloud. {{offer}}',
      defaultOffer: 'Ask us how to get started.',
      ctaUrl: 'https://larkspur-demo.com/partners',
      ctaLabel: 'Learn more',
    }),
  },
  {
    key: 'social-event',
    publish: false,
    input: template('social_post', {
      name: 'Summit meet-up post',
      description: 'A post for meeting customers at the Larkspur summit (being written).',
      subject: 'Meet {{partner.name}} at the Larkspur summit',
      body: 'We will be at the Larkspur summit. {{offer}}',
      ctaUrl: 'https://larkspur-demo.com/summit',
      ctaLabel: 'See the agenda',
    }),
  },
];

const OFFERS = [
  'Book before the end of the quarter and the first month is on us.',
  '15% off the first year for new customers.',
  'A free half-day workshop with our certified team.',
  'Free onboarding for up to 20 users.',
];

/**
 * Through-partner marketing over the story's last seven months: six templates (one still a draft), a
 * few campaigns at each partner with portal users (one left a draft, one ended), and daily traffic to
 * the launched ones: page views, clicks on tracked links and now and then a form fill.
 */
export function planMarketing(story: ProgramStory, random: DemoRandom): MarketingStory {
  const templates: TemplatePlan[] = TEMPLATES.map((t, i) => ({
    key: t.key,
    input: t.input,
    day: AUTHOR_DAY + i * 4,
    publishDay: t.publish ? AUTHOR_DAY + i * 4 + 3 : null,
  }));
  const usable = (key: string, partnerIndex: number) => {
    const plan = TEMPLATES.find((t) => t.key === key)!;
    const types = plan.input.audience.partnerTypes;
    return plan.publish && (!types.length || types.includes(story.partners[partnerIndex]!.type));
  };
  const withUsers = [...new Set(story.partnerUsers.map((u) => u.partnerIndex))];
  const campaigns: CampaignPlan[] = [];
  withUsers.forEach((partnerIndex, p) => {
    const partner = story.partners[partnerIndex]!;
    const usersFrom = Math.max(
      ...story.partnerUsers.filter((u) => u.partnerIndex === partnerIndex).map((u) => u.day),
    );
    const keys = random
      .shuffle(TEMPLATES.map((t) => t.key).filter((key) => usable(key, partnerIndex)))
      .slice(0, 3);
    keys.forEach((templateKey, i) => {
      const publishDay = templates.find((t) => t.key === templateKey)!.publishDay!;
      const day = Math.max(usersFrom, publishDay) + 5 + p * 6 + i * 28 + random.int(0, 6);
      if (day > DEMO_LAST_DAY - 20) return;
      const contact = partner.contacts[i % partner.contacts.length]!;
      const draft = p === withUsers.length - 1 && i === keys.length - 1;
      const launchDay = draft ? null : day + random.int(1, 4);
      const ended = p === 0 && i === 0;
      campaigns.push({
        key: `campaign-${campaigns.length + 1}`,
        templateKey,
        partnerIndex,
        role: i % 2 === 0 ? 'partner_admin' : 'partner_rep',
        name: `${TEMPLATES.find((t) => t.key === templateKey)!.input.name} – ${partner.country.name}`,
        offerText: random.pick(OFFERS),
        contact: { name: contact.name, email: contact.email, phone: contact.phone ?? '' },
        day,
        launchDay,
        endDay: ended && launchDay !== null ? Math.min(DEMO_LAST_DAY - 5, launchDay + 45) : null,
      });
    });
  });
  const known = [...story.partners.map((p) => p.name), ...story.accounts.map((a) => a.name)];
  const names = createFreshNameMaker(random, known);
  const traffic: TrafficDay[] = [];
  for (const campaign of campaigns) {
    if (campaign.launchDay === null) continue;
    const kind = TEMPLATES.find((t) => t.key === campaign.templateKey)!.input.kind;
    const last = campaign.endDay ?? DEMO_LAST_DAY;
    for (let day = campaign.launchDay; day <= last; day += random.int(1, 3)) {
      const fade = 1 - (day - campaign.launchDay) / 200;
      const views = kind === 'landing_page' ? Math.round(random.int(0, 5) * fade) : 0;
      const clicks = Math.round(random.int(0, kind === 'landing_page' ? 2 : 4) * fade);
      const fills: FormFillPlan[] = [];
      if (kind === 'landing_page' && views >= 3 && random.chance(0.35)) {
        const partner = story.partners[campaign.partnerIndex]!;
        const local = COUNTRIES.filter((c) => partner.regions.includes(c.region));
        const country = random.pick(local.length ? local : COUNTRIES);
        const identity = names.account(random.pick(Object.keys(INDUSTRIES)), country);
        const first = random.pick(FIRST_NAMES[country.region]);
        const last = random.pick(LAST_NAMES[country.region]);
        const domain = identity.domain ?? `${identity.name.split(' ')[0]!.toLowerCase()}.${country.tld}`;
        fills.push({
          contactName: `${first} ${last}`,
          contactEmail: `${emailLocalPart(first, last)}@${domain}`,
          companyName: identity.name,
          message: random.pick([
            '',
            'Please call me next week.',
            'We are comparing offers this quarter.',
            'Interested in a pilot.',
          ]),
        });
      }
      if (views + clicks + fills.length > 0)
        traffic.push({ campaignKey: campaign.key, day, views, clicks, fills });
    }
  }
  return { templates, campaigns, traffic };
}
