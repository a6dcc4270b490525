import { systemActor } from '../platform/actor.js';
import type { Ctx } from '../platform/context.js';
import { DEMO_TEAM } from './demo-team.js';

/** What the demo has created so far, and contexts that act as a given team member. */
export interface DemoWorld {
  /** A context acting as the team member with this key, or as the demo system itself for null. */
  as(memberKey: string | null): Ctx;
  userId(memberKey: string): string;
  partnerId(index: number): string;
  rememberUser(memberKey: string, id: string): void;
  rememberPartner(index: number, id: string): void;
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
  const need = <K>(map: Map<K, string>, key: K, what: string) => {
    const id = map.get(key);
    if (!id) throw new Error(`The demo story used ${what} ${String(key)} before creating it`);
    return id;
  };
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
    userId: (memberKey) => need(users, memberKey, 'team member'),
    partnerId: (index) => need(partners, index, 'partner'),
    rememberUser: (memberKey, id) => void users.set(memberKey, id),
    rememberPartner: (index, id) => void partners.set(index, id),
  };
}
