import type { IsolationBuilder } from './isolation-targets.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000dead';

/** A partner's scorecard is reached by the partner's id: partner A's users must not reach partner B's. */
export const scorecardIsolation: IsolationBuilder = async (world) => ({
  markers: [],
  rules: [
    {
      prefix: '/api/partners/{id}/scorecard',
      targets: () => [
        {
          label: "partner B's scorecard",
          params: { id: world.t.fixtures.partnerB },
          missing: { id: MISSING_ID },
        },
      ],
    },
  ],
});
