import type { SampleWorld } from './route-samples.js';
import type { TestUserKey } from './test-app.js';

/** One way of aiming an id route at a record partner A's users must not reach. */
export interface IsolationTarget {
  label: string;
  params: Record<string, string>;
  /** The same request with every foreign id replaced by one that does not exist. */
  missing: Record<string, string>;
}

export interface IsolationRule {
  /** The route path (OpenAPI form, e.g. /api/leads/{id}) this rule covers, and the paths below it. */
  prefix: string;
  targets: (caller: TestUserKey) => IsolationTarget[];
}

/** A module's part of the partner isolation suite: records of partner B it creates, and their routes. */
export interface IsolationModule {
  /** Strings only partner B's records contain (ids, names); none may reach partner A's users. */
  markers: string[];
  rules: IsolationRule[];
}

export type IsolationBuilder = (world: SampleWorld) => Promise<IsolationModule>;
