import { createLead } from '../modules/leads/create-lead.js';
import { offerLead } from '../modules/leads/offer-lead.js';
import { acceptLead } from '../modules/leads/respond-to-offer.js';
import type { IsolationBuilder } from './isolation-targets.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000beef';

/** Leads held by partner B (one offered, one accepted): partner A's users must never reach them. */
export const leadsIsolation: IsolationBuilder = async (world) => {
  const manager = world.ctxOf('partner_manager');
  const lead = (name: string, email: string) =>
    createLead(world.ctxOf('sales_rep'), {
      companyName: name,
      website: `https://${email.split('@')[1]}`,
      contactName: 'Quinn Betaonly',
      contactEmail: email,
      country: 'US',
      interests: ['cloud'],
      productLines: ['Platform'],
      estimatedAmountMinor: 1_000_000,
      currency: 'USD',
    });
  const offered = await lead('Betaonly Offered Lead Inc', 'quinn@betaonly-offered.example.com');
  const held = await lead('Betaonly Accepted Lead Inc', 'quinn@betaonly-accepted.example.com');
  for (const id of [offered.id, held.id])
    await offerLead(manager, id, { partnerId: world.t.fixtures.partnerB });
  await acceptLead(world.ctxOf('partner_rep_b'), held.id);
  const targets = () => [
    { label: 'a lead offered to partner B', params: { id: offered.id }, missing: { id: MISSING_ID } },
    { label: 'a lead partner B accepted', params: { id: held.id }, missing: { id: MISSING_ID } },
  ];
  return {
    markers: [offered.id, held.id, offered.companyName, held.companyName, 'quinn@betaonly'],
    rules: [{ prefix: '/api/leads/{id}', targets }],
  };
};
