/** Every PostgreSQL advisory-lock key the application takes: one list, so no two uses can collide. */
export const LOCK_KEYS = {
  migrations: 7_310_001,
  partnerDomains: 7_310_002,
  /** With a second key (a hash of the account, domain or name): one registration decision at a time. */
  registrationAccount: 7_310_003,
  /** One applied tier evaluation at a time, so two runs never record the same move twice. */
  tierEvaluation: 7_310_004,
  /** One lead routing at a time, so partners' capacity holds when runs overlap. */
  leadRouting: 7_310_005,
  demoSeed: 7_310_900,
} as const;
