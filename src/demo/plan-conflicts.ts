import { APPROVE_REASONS, LOST_REASONS, OVERTURN_REASONS, WON_REASONS } from './deal-words.js';
import { countriesIn, type Region } from './geography.js';
import {
  type CustomerDescription,
  describeNewCompany,
  newCompany,
  shoutedName,
  withoutLegalSuffix,
} from './plan-customers.js';
import type { Customer } from './registration-customers.js';
import { registration } from './registration-customers.js';
import {
  END,
  type Planner,
  type PortalPartner,
  type RegistrationPlan,
  step,
} from './registration-planner.js';
import { storyDate } from './story-time.js';

const CONFLICT_REJECTION =
  'Another partner registered this customer first for the same product line and is still protected; you are welcome to support that deal as a co-sell partner.';

/** Two different portal partners whose users exist on the day (not before `earliest`), or null past `latest`. */
function pair(
  planner: Planner,
  earliest: number,
  latest: number,
): [PortalPartner, PortalPartner, number] | null {
  const second = [...planner.portal].sort((a, b) => a.start - b.start)[1];
  if (!second) return null;
  const day = Math.max(earliest, second.start);
  if (day > latest) return null;
  const [a, b] = planner.random.sample(
    planner.portal.filter((p) => p.start <= day),
    2,
  );
  return [a!, b!, day];
}

function customer(
  partner: PortalPartner,
  day: number,
  description: CustomerDescription,
  deal: Pick<Customer, 'money' | 'productLines' | 'ownerKey'>,
): Customer {
  return { kind: 'new', partner, registrarRole: 'partner_rep', day, description, ...deal };
}

/**
 * Two partners register the same company spelt differently: "Acme Robotics GmbH" with its website, then
 * "ACME Robotics" with only a contact's address on the same domain. The first is approved; the second
 * goes to review, is rejected as the later registration, and the partner disputes it.
 */
function acmeRobotics(planner: Planner): RegistrationPlan[] {
  const found = pair(planner, END - 50 + planner.random.int(0, 6), END - 25);
  if (!found) return [];
  const [first, second, s1] = found;
  const description: CustomerDescription = {
    customerName: 'Acme Robotics GmbH',
    customerWebsite: 'https://www.acme-robotics.de',
    customerCountry: 'DE',
    contactName: 'Lena Hoffmann',
    contactEmail: 'lena.hoffmann@acme-robotics.de',
    contactTitle: 'CTO',
  };
  if (planner.book.match(description) !== null) return [];
  planner.book.addNew('new:acme-robotics.de', description.customerName, 'acme-robotics.de');
  const approved = s1 + 1;
  const s2 = s1 + planner.random.int(4, 8);
  return [
    registration(
      planner,
      customer(first, s1, description, {
        money: { amountMinor: 14_000_000, currency: 'EUR' },
        productLines: ['Data Platform', 'AI Studio'],
        ownerKey: null,
      }),
      {
        fate: 'approved',
        expect: 'under_review',
        steps: [
          step(planner, approved, { kind: 'decide', outcome: 'approved', reason: APPROVE_REASONS.foreign! }),
        ],
        deal: {
          approvedDay: approved,
          directKey: null,
          ownerKey: first.managerKey,
          close: null,
          until: END,
          extendDay: null,
        },
      },
    ),
    registration(
      planner,
      customer(
        second,
        s2,
        {
          customerName: 'ACME Robotics',
          customerCountry: 'DE',
          contactName: 'Jonas Weber',
          contactEmail: 'jonas.weber@acme-robotics.de',
          contactTitle: 'Head of Data',
        },
        { money: { amountMinor: 9_500_000, currency: 'USD' }, productLines: ['AI Studio'], ownerKey: null },
      ),
      {
        fate: 'disputed',
        expect: 'under_review',
        steps: [
          step(planner, s2 + 1, {
            kind: 'decide',
            outcome: 'rejected',
            // Protection lasts as long as the first partner's tier allows, which the plan cannot know.
            reason:
              'Acme Robotics is registered by another partner and still protected; please co-sell on that deal instead.',
          }),
          step(planner, s2 + 3, {
            kind: 'dispute',
            reason:
              'We introduced AI Studio to Acme Robotics’ data team before that registration; we can share the meeting notes.',
          }),
        ],
        deal: null,
      },
    ),
  ];
}

/** A partner registers an account already registered by another one, under a louder spelling: it waits for review. */
function waitingConflict(planner: Planner): RegistrationPlan[] {
  const found = pair(planner, END - 50 + planner.random.int(0, 20), END - 20);
  if (!found) return [];
  const [first, second, s1] = found;
  const taken = planner.takeAccount(first, s1, 'domain');
  if (!taken) return [];
  const account = planner.accounts[taken.accountIndex]!;
  const lines = ['Observability', 'Security'];
  const s2 = Math.max(s1 + 3, END - planner.random.int(3, 12));
  const owner = { ownerKey: account.ownerKey };
  return [
    registration(
      planner,
      customer(first, s1, taken.description, {
        money: { amountMinor: 12_000_000, currency: 'USD' },
        productLines: lines,
        ...owner,
      }),
      {
        fate: 'approved',
        expect: 'approved',
        steps: [],
        deal: {
          approvedDay: s1,
          directKey: null,
          ownerKey: account.ownerKey ?? first.managerKey,
          close: null,
          until: END,
          extendDay: null,
        },
      },
    ),
    registration(
      planner,
      customer(
        second,
        s2,
        {
          customerName: shoutedName(account.name, account.country),
          customerWebsite: `www.${account.domain}`,
          customerCountry: account.country,
        },
        { money: { amountMinor: 8_000_000, currency: 'USD' }, productLines: ['Security'], ...owner },
      ),
      { fate: 'under_review', expect: 'under_review', steps: [], deal: null },
    ),
  ];
}

/**
 * A later registration of the same new company is rejected as a conflict, disputed, and the dispute
 * overturned after the manager learns it is a separate project; when the same company is registered for
 * an unrelated product line, there is no conflict at all.
 */
function overturnedAndCoexisting(planner: Planner): RegistrationPlan[] {
  const { random } = planner;
  const found = pair(planner, END - 210 + random.int(0, 20), END - 100);
  if (!found) return [];
  const [first, second, s1] = found;
  const home = first.regions.flatMap((r) => countriesIn(r as Region));
  const company = newCompany(planner.names, home, planner.book, random);
  const base = describeNewCompany(company, random);
  const won = s1 + random.int(30, 50);
  const s2 = s1 + random.int(5, 12);
  const approved2 = s2 + 7;
  const lost2 = Math.max(won + 1, approved2 + random.int(15, 30));
  const s3 = s1 + random.int(14, 24);
  const money = (amountMinor: number) => ({ amountMinor, currency: 'USD' });
  const dealOf = (partner: PortalPartner, approvedDay: number) => ({
    approvedDay,
    directKey: null,
    ownerKey: partner.managerKey,
    extendDay: null,
  });
  return [
    registration(
      planner,
      customer(first, s1, base, {
        money: money(6_000_000),
        productLines: ['Analytics', 'Security'],
        ownerKey: null,
      }),
      {
        fate: 'won',
        expect: 'approved',
        steps: [],
        deal: {
          ...dealOf(first, s1),
          close: { day: won, minute: 300, outcome: 'won', reason: WON_REASONS[0]! },
          until: won - 1,
        },
        expectedClose: storyDate(won),
      },
    ),
    registration(
      planner,
      customer(
        second,
        s2,
        {
          customerName: withoutLegalSuffix(company.name, company.country),
          customerCountry: company.country,
          contactName: 'Priya Raman',
          contactEmail: `priya.raman@${company.domain}`,
          contactTitle: 'Director of Analytics',
        },
        { money: money(4_500_000), productLines: ['Analytics'], ownerKey: null },
      ),
      {
        fate: 'lost',
        expect: 'under_review',
        steps: [
          step(planner, s2 + 1, { kind: 'decide', outcome: 'rejected', reason: CONFLICT_REJECTION }),
          step(planner, s2 + 3, {
            kind: 'dispute',
            reason:
              'Our project is for the finance department’s reporting, not the operations team the other registration covers.',
          }),
          step(planner, approved2, { kind: 'resolve', outcome: 'overturn', reason: OVERTURN_REASONS[1]! }),
        ],
        deal: {
          ...dealOf(second, approved2),
          close: { day: lost2, minute: 320, outcome: 'lost', reason: LOST_REASONS[0]! },
          until: lost2 - 1,
        },
      },
    ),
    registration(
      planner,
      customer(
        second,
        s3,
        { ...base, contactName: 'Marco Bianchi', contactEmail: `marco.bianchi@${company.domain}` },
        {
          money: money(3_000_000),
          productLines: ['Observability'],
          ownerKey: null,
        },
      ),
      {
        fate: 'expired',
        expect: 'approved',
        steps: [],
        deal: { ...dealOf(second, s3), close: null, until: END },
      },
    ),
  ];
}

/** The real conflicts the demo always shows, when at least two partners use the portal. */
export function planConflicts(planner: Planner): RegistrationPlan[] {
  if (planner.portal.length < 2) return [];
  return [...acmeRobotics(planner), ...waitingConflict(planner), ...overturnedAndCoexisting(planner)];
}
