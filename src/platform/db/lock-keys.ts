/** Every PostgreSQL advisory-lock key the application takes: one list, so no two uses can collide. */
export const LOCK_KEYS = {
  migrations: 7_310_001,
  partnerDomains: 7_310_002,
  demoSeed: 7_310_900,
} as const;
