import { acceptInvite } from '../modules/identity/accept-invite.js';
import { inviteUser } from '../modules/identity/invite-user.js';
import { updateUser } from '../modules/identity/update-user.js';
import type { Ctx } from '../platform/context.js';
import { DEMO_PASSWORD } from './demo-team.js';
import type { DemoEvent, DemoWorld } from './demo-world.js';
import type { Departure } from './plan-departures.js';
import type { PersonPlan } from './plan-partner-people.js';

/** Where invitation links point; the demo server prints its own address, this only fills the e-mail. */
const INVITE_BASE_URL = 'https://trellis.larkspur-demo.com';

const inviteTokenKey = (personKey: string) => `invite:${personKey}`;
const userIdKey = (personKey: string) => `user:${personKey}`;

function inviter(world: DemoWorld, person: PersonPlan): Ctx {
  return 'memberKey' in person.invitedBy
    ? world.as(person.invitedBy.memberKey)
    : world.asPerson(person.invitedBy.personKey);
}

/**
 * Portal access as the lifecycle story planned it: a manager or the partner admin invites each person,
 * who accepts and sets the demo password. The deal story's own portal users are only given person keys.
 */
export function peopleEvents(people: readonly PersonPlan[]): DemoEvent[] {
  return people.flatMap((person): DemoEvent[] => {
    if (person.existing)
      return [
        {
          day: person.invitedDay,
          minute: person.invitedMinute,
          run: async (world) =>
            world.rememberPerson(person.key, {
              userId: world.partnerUserId(person.partnerIndex, person.role),
              role: person.role,
              partnerId: world.partnerId(person.partnerIndex),
            }),
        },
      ];
    const invite: DemoEvent = {
      day: person.invitedDay,
      minute: person.invitedMinute,
      async run(world) {
        const partnerId = world.partnerId(person.partnerIndex);
        const invitation = await inviteUser(inviter(world, person), {
          email: person.email,
          name: person.name,
          role: person.role,
          partnerId,
          baseUrl: INVITE_BASE_URL,
        });
        const userId = invitation.user.id;
        world.rememberPerson(person.key, { userId, role: person.role, partnerId });
        if (person.primary) world.rememberPartnerUser(person.partnerIndex, person.role, userId);
        world.keep(inviteTokenKey(person.key), invitation.inviteToken);
        world.keep(userIdKey(person.key), userId);
      },
    };
    if (person.acceptedDay === null) return [invite];
    const accept: DemoEvent = {
      day: person.acceptedDay,
      minute: person.acceptedDay === person.invitedDay ? person.invitedMinute + 30 : person.acceptedMinute,
      run: (world) =>
        acceptInvite(world.as(null), {
          token: world.recall<string>(inviteTokenKey(person.key)),
          password: DEMO_PASSWORD,
        }),
    };
    return [invite, accept];
  });
}

/** People who leave: the partner admin disables their portal account, so their certificates stop counting. */
export function departureEvents(
  departures: readonly Departure[],
  people: readonly PersonPlan[],
): DemoEvent[] {
  return departures.map((departure) => {
    const admin = people.find(
      (p) => p.partnerIndex === departure.partnerIndex && p.role === 'partner_admin' && p.primary,
    );
    if (!admin) throw new Error(`The demo partner ${departure.partnerIndex} has no admin to disable a user`);
    return {
      day: departure.day,
      minute: 240,
      run: (world: DemoWorld) =>
        updateUser(world.asPerson(admin.key), world.recall<string>(userIdKey(departure.personKey)), {
          status: 'disabled',
        }),
    };
  });
}
