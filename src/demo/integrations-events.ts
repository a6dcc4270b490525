import { applyCloudUpdates } from '../modules/integrations/apply-cloud-updates.js';
import { AWS_STAGE_OF } from '../modules/integrations/cloud/aws-vocabulary.js';
import { exportCloudReferral } from '../modules/integrations/export-cloud-referral.js';
import { previewCloudReferral } from '../modules/integrations/preview-cloud-referral.js';
import { runStoredCrmImport } from '../modules/integrations/run-stored-crm-import.js';
import { uploadCrmImport } from '../modules/integrations/upload-crm-import.js';
import { DEMO_LAST_DAY } from './demo-clock.js';
import type { DemoRandom } from './demo-random.js';
import type { DemoEvent } from './demo-world.js';
import type { ProgramStory } from './program-story.js';

const FIRST = ['Amara', 'Jonas', 'Priya', 'Mateo', 'Elin', 'Kwame', 'Yuki', 'Rosa', 'Idris', 'Noor'];
const LAST = ['Haddad', 'Lindgren', 'Iyer', 'Santos', 'Kowalski', 'Mensah', 'Tanaka', 'Duarte', 'Osei'];
const TITLES = ['CIO', 'Head of IT', 'VP Engineering', 'IT Director', 'Procurement Lead'];
/** A contact whose account the CRM export names but Trellis never imported: the demo's bad row. */
const UNKNOWN_ACCOUNT = '001000000UNKNWN';

export const DEMO_CONTACTS_FILE = 'salesforce-contacts.csv';
export const DEMO_CLOUD_UPDATE_ID = 'O4817302';

/** A Salesforce contacts export for accounts the CRM import brought in, with one row of an unknown account. */
function contactsExport(story: ProgramStory, random: DemoRandom): Buffer {
  const accounts = story.accounts.filter((a) => a.externalIds.salesforce && a.domain).slice(0, 8);
  const rows = accounts.map((account, i) => {
    const first = random.pick(FIRST);
    const last = random.pick(LAST);
    return [
      `0035g0000${String(100000 + i)}`,
      account.externalIds.salesforce,
      first,
      last,
      `${first}.${last}@${account.domain}`.toLowerCase(),
      random.pick(TITLES),
    ];
  });
  rows.splice(3, 0, ['0035g0000199999', UNKNOWN_ACCOUNT, 'Lena', 'Vogt', 'lena.vogt@example.org', 'CTO']);
  return Buffer.from(
    ['Id,AccountId,FirstName,LastName,Email,Title', ...rows.map((r) => r.join(','))].join('\n'),
  );
}

/** Candidate co-sell deals: those of registrations that became deals, latest first. */
function cloudCandidates(story: ProgramStory): string[] {
  return story.deals.registrations
    .filter((r) => r.deal)
    .map((r) => `registration:${r.key}`)
    .reverse();
}

/**
 * Integrations in the demo: an applied Salesforce contacts import whose report holds one bad row, and a
 * partner deal shared with AWS Partner Central that AWS has since reviewed and moved on.
 */
export function integrationsEvents(story: ProgramStory, random: DemoRandom): DemoEvent[] {
  const file = contactsExport(story, random);
  return [
    {
      day: DEMO_LAST_DAY - 6,
      minute: 600,
      async run(world) {
        const ctx = world.as('admin');
        const upload = await uploadCrmImport(ctx, {
          source: 'salesforce',
          object: 'contacts',
          fileName: DEMO_CONTACTS_FILE,
          bytes: file,
        });
        await runStoredCrmImport(ctx, upload.id, true);
        return runStoredCrmImport(ctx, upload.id, false);
      },
    },
    {
      day: DEMO_LAST_DAY - 3,
      minute: 660,
      async run(world) {
        const ctx = world.as('pm-americas');
        for (const key of cloudCandidates(story)) {
          const dealId = tryDeal(world, key);
          if (!dealId) continue;
          const preview = await previewCloudReferral(ctx, dealId, 'aws_partner_central', {});
          if (
            preview.missing.length ||
            !['prospecting', 'qualification', 'proposal'].includes(preview.facts.stage)
          )
            continue;
          await exportCloudReferral(ctx, dealId, 'aws_partner_central', {});
          const next = preview.facts.stage === 'proposal' ? 'negotiation' : 'proposal';
          return applyCloudUpdates(ctx, {
            format: 'aws_partner_central',
            opportunities: [
              {
                Id: DEMO_CLOUD_UPDATE_ID,
                PartnerOpportunityIdentifier: dealId,
                LifeCycle: { Stage: AWS_STAGE_OF[next], ReviewStatus: 'Approved' },
              },
            ],
          });
        }
        throw new Error('The demo has no open partner deal complete enough to share with AWS');
      },
    },
  ];
}

function tryDeal(world: Parameters<DemoEvent['run']>[0], key: string): string | null {
  try {
    return world.dealId(key);
  } catch {
    return null;
  }
}
