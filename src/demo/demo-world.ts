import { type PartnerRole, systemActor } from '../platform/actor.js';
import type { Ctx } from '../platform/context.js';
import { DEMO_TEAM } from './demo-team.js';

/** What the demo has created so far, and contexts that act as a given team member. */
export interface DemoWorld {
  /** A context acting as the team member with this key, or as the demo system itself for null. */
  as(memberKey: string | null): Ctx;
  /** A context acting as a portal user of a partner (its partner rep unless another role is asked for). */
  asPartnerUser(partnerIndex: number, role?: PartnerRole): Ctx;
  userId(memberKey: string): string;
  partnerId(index: number): string;
  partnerUserId(partnerIndex: number, role: PartnerRole): string;
  accountId(index: number): string;
  registrationId(key: number): string;
  /** A deal by its key in the story: `direct:<n>` for the vendor's own, `registration:<n>` for a registered one. */
  dealId(key: string): string;
  rememberUser(memberKey: string, id: string): void;
  rememberPartner(index: number, id: string): void;
  rememberPartnerUser(partnerIndex: number, role: PartnerRole, id: string): void;
  rememberAccount(index: number, id: string): void;
  rememberRegistration(key: number, id: string): void;
  rememberDeal(key: string, id: string): void;
  /** A context acting as a person the lifecycle story gave portal access (see rememberPerson). */
  asPerson(key: string): Ctx;
  rememberPerson(key: string, person: DemoPerson): void;
  /** Anything else a later step needs by key: course, lesson and application ids, quiz keys, invite tokens. */
  keep(key: string, value: unknown): void;
  has(key: string): boolean;
  recall<T>(key: string): T;
}

/** A partner user as the story acts for it. */
export interface DemoPerson {
  userId: string;
  role: PartnerRole;
  partnerId: string;
}

/** One step of the demo story, run when the story's clock reaches its day and minute. */
export interface DemoEvent {
  day: number;
  minute: number;
  run(world: DemoWorld): Promise<unknown>;
}

export function createDemoWorld(base: Ctx): DemoWorld {
  const users = new Map<string, string>();
  const partners = new Map<number, string>();
  const partnerUsers = new Map<string, string>();
  const accounts = new Map<number, string>();
  const registrations = new Map<number, string>();
  const deals = new Map<string, string>();
  const people = new Map<string, DemoPerson>();
  const kept = new Map<string, unknown>();
  const need = <K>(map: Map<K, string>, key: K, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`The demo story used ${what} ${String(key)} before creating it`);
    return id;
  };
  const partnerUserKey = (partnerIndex: number, role: PartnerRole) => `${partnerIndex}:${role}`;
  return {
    as(memberKey) {
      if (memberKey === null) return { ...base, actor: systemActor('demo') };
      const member = DEMO_TEAM.find((m) => m.key === memberKey);
      if (!member) throw new Error(`Unknown demo team member ${memberKey}`);
      const userId = need(users, memberKey, 'team member');
      return {
        ...base,
        actor: { kind: 'user', userId, role: member.role, partnerId: null, scopes: null, apiKeyId: null },
      };
    },
    asPartnerUser(partnerIndex, role = 'partner_rep') {
      const userId = need(partnerUsers, partnerUserKey(partnerIndex, role), 'partner user');
      const partnerId = need(partners, partnerIndex, 'partner');
      return { ...base, actor: { kind: 'user', userId, role, partnerId, scopes: null, apiKeyId: null } };
    },
    userId: (memberKey) => need(users, memberKey, 'team member'),
    partnerId: (index) => need(partners, index, 'partner'),
    partnerUserId: (partnerIndex, role) =>
      need(partnerUsers, partnerUserKey(partnerIndex, role), 'partner user'),
    accountId: (index) => need(accounts, index, 'account'),
    registrationId: (key) => need(registrations, key, 'registration'),
    dealId: (key) => need(deals, key, 'deal'),
    rememberUser: (memberKey, id) => void users.set(memberKey, id),
    rememberPartner: (index, id) => void partners.set(index, id),
    rememberPartnerUser: (partnerIndex, role, id) =>
      void partnerUsers.set(partnerUserKey(partnerIndex, role), id),
    rememberAccount: (index, id) => void accounts.set(index, id),
    rememberRegistration: (key, id) => void registrations.set(key, id),
    rememberDeal: (key, id) => void deals.set(key, id),
    asPerson(key) {
      const person = people.get(key);
      if (!person) throw new Error(`The demo story used person ${key} before inviting them`);
      const { userId, role, partnerId } = person;
      return { ...base, actor: { kind: 'user', userId, role, partnerId, scopes: null, apiKeyId: null } };
    },
    rememberPerson: (key, person) => void people.set(key, person),
    keep: (key, value) => void kept.set(key, value),
    has: (key) => kept.has(key),
    recall<T>(key: string): T {
      if (!kept.has(key)) throw new Error(`The demo story used ${key} before creating it`);
      return kept.get(key) as T;
    },
  };
}
