/** The demo program a plain `trellis demo` seeds. */
export const DEMO_DEFAULTS = {
  seed: 42,
  partners: 60,
  accounts: 400,
  /** Partners that get portal users (a partner admin and a partner rep each). */
  partnersWithUsers: 4,
} as const;
