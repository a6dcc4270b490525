import { regionOfCountry } from '../analytics/leads/region-of-country.js';
import type { PartnerType } from '../modules/partners/partners.schemas.js';
import { createCoInnovationProject } from '../modules/program/create-co-innovation-project.js';
import type { CoInnovationInput } from '../modules/program/program.schemas.js';
import { updateCoInnovationProject } from '../modules/program/update-co-innovation-project.js';
import { storyInstant } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import type { ProgramStory } from './program-story.js';

/** The joint AI solution goes live on this story day; its metrics count wins from then on. */
export const AI_LAUNCH_DAY = 450;
const FIRST_PROJECT_DAY = AI_LAUNCH_DAY - 120;
const AI_LINE = 'AI Studio';

interface ProjectPlan {
  key: string;
  day: number;
  input: (world: DemoWorld) => CoInnovationInput;
  launch?: { day: number; input: (world: DemoWorld) => CoInnovationInput };
}

/** Active partners of a type, those the vendor co-sold with most first. */
function partnersOfType(story: ProgramStory, type: PartnerType): number[] {
  const coSold = new Map<number, number>();
  for (const deal of story.deals.directDeals) {
    if (deal.partner) coSold.set(deal.partner.partnerIndex, (coSold.get(deal.partner.partnerIndex) ?? 0) + 1);
  }
  return (
    story.partners
      .map((partner, index) => ({ partner, index }))
      // Only partners already in the program when the first project starts.
      .filter(
        ({ partner }) =>
          partner.type === type && partner.finalStage === 'active' && partner.createdDay < FIRST_PROJECT_DAY,
      )
      .sort((a, b) => (coSold.get(b.index) ?? 0) - (coSold.get(a.index) ?? 0) || a.index - b.index)
      .map(({ index }) => index)
  );
}

/**
 * The markets the AI solution opened: industries and regions where the vendor won no direct deal
 * before the launch but won AI Studio deals after it. Falls back to the industry with the most such
 * wins so the story always has a new market.
 */
export function aiNewMarkets(story: ProgramStory): { regions: string[]; industries: string[] } {
  const before = { industries: new Set<string>(), regions: new Set<string>() };
  const after = new Map<string, number>();
  const afterRegions = new Map<string, number>();
  for (const deal of story.deals.directDeals) {
    if (deal.close?.outcome !== 'won') continue;
    const account = story.accounts[deal.accountIndex]!;
    const region = regionOfCountry(account.country) ?? 'NA';
    if (deal.close.day < AI_LAUNCH_DAY) {
      before.industries.add(account.industry);
      before.regions.add(region);
    } else if (deal.productLines.includes(AI_LINE)) {
      after.set(account.industry, (after.get(account.industry) ?? 0) + 1);
      afterRegions.set(region, (afterRegions.get(region) ?? 0) + 1);
    }
  }
  const industries = [...after.keys()].filter((i) => !before.industries.has(i)).sort();
  const regions = [...afterRegions.keys()].filter((r) => !before.regions.has(r)).sort();
  if (industries.length || regions.length) return { regions, industries };
  const busiest = [...after.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0];
  return { regions: [], industries: busiest ? [busiest[0]] : [] };
}

function plans(story: ProgramStory, random: DemoRandom): ProjectPlan[] {
  const isv = partnersOfType(story, 'isv');
  const si = partnersOfType(story, 'si');
  const msp = partnersOfType(story, 'msp');
  const reseller = partnersOfType(story, 'reseller');
  const out: ProjectPlan[] = [];
  if (isv[0] !== undefined) {
    const builder = isv[0];
    const members = (world: DemoWorld) => [
      { partnerId: world.partnerId(builder), role: 'builder' as const },
      ...(si[0] !== undefined ? [{ partnerId: world.partnerId(si[0]), role: 'contributor' as const }] : []),
    ];
    const base = (world: DemoWorld): CoInnovationInput => ({
      name: `AI Studio model connectors with ${story.partners[builder]!.name}`,
      description:
        "Pre-built connectors from the partner's data products into AI Studio, sold as one solution and implemented by an SI.",
      solutionProductLine: AI_LINE,
      status: 'building',
      buildCostMinor: 120_000_000,
      currency: 'USD',
      newMarkets: { regions: [], industries: [] },
      launchedAt: null,
      partners: members(world),
    });
    out.push({
      key: 'ai-connectors',
      day: FIRST_PROJECT_DAY,
      input: base,
      launch: {
        day: AI_LAUNCH_DAY,
        input: (world) => ({
          ...base(world),
          status: 'launched',
          newMarkets: aiNewMarkets(story) as CoInnovationInput['newMarkets'],
          launchedAt: storyInstant(AI_LAUNCH_DAY, 0).toISOString(),
        }),
      },
    });
  }
  if (msp[0] !== undefined) {
    const builder = msp[0];
    out.push({
      key: 'managed-observability',
      day: 520 + random.int(0, 20),
      input: (world) => ({
        name: `Managed observability with ${story.partners[builder]!.name}`,
        description: 'Observability run as a managed service, priced per monitored workload.',
        solutionProductLine: 'Observability',
        status: 'building',
        buildCostMinor: 9_500_000,
        currency: 'USD',
        newMarkets: { regions: ['LATAM'], industries: [] },
        launchedAt: null,
        partners: [{ partnerId: world.partnerId(builder), role: 'builder' }],
      }),
    });
  }
  if (reseller[0] !== undefined) {
    const partner = reseller[0];
    out.push({
      key: 'security-packs',
      day: 600 + random.int(0, 15),
      input: (world) => ({
        name: 'Industry security packs',
        description: 'Compliance rule packs for regulated industries, resold with Security.',
        solutionProductLine: 'Security',
        status: 'idea',
        buildCostMinor: 4_000_000,
        currency: 'USD',
        newMarkets: { regions: [], industries: ['Healthcare'] },
        launchedAt: null,
        partners: [{ partnerId: world.partnerId(partner), role: 'reseller' }],
      }),
    });
  }
  return out;
}

/** Co-innovation: a launched joint AI solution with wins in new markets, one in the making, one idea. */
export function programEvents(story: ProgramStory, random: DemoRandom): DemoEvent[] {
  return plans(story, random).flatMap((plan): DemoEvent[] => {
    const idKey = `program:project:${plan.key}`;
    const events: DemoEvent[] = [
      {
        day: plan.day,
        minute: 660,
        run: async (world) => {
          const project = await createCoInnovationProject(world.as('admin'), plan.input(world));
          world.keep(idKey, project.id);
        },
      },
    ];
    const launch = plan.launch;
    if (launch) {
      events.push({
        day: launch.day,
        minute: 600,
        run: (world) =>
          updateCoInnovationProject(world.as('admin'), world.recall(idKey), launch.input(world)),
      });
    }
    return events;
  });
}
