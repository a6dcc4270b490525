import type { IsolationBuilder } from './isolation-targets.js';
import { freshMdfClaim, freshMdfRequest, makeBudget, sampleBudget } from './route-samples-mdf.js';

const MISSING_ID = '019bc0e2-0000-7000-8000-00000000beef';

/**
 * Partner B's MDF requests and claims in the budget both partners share, and a budget only partner B
 * has an allocation in (partner A must not find it).
 */
export const mdfIsolation: IsolationBuilder = async (world) => {
  await sampleBudget(world);
  const budgetName = 'Beta-only MDF budget';
  const budgetId = await makeBudget(world, budgetName, [world.t.fixtures.partnerB]);
  const requestId = await freshMdfRequest(world, 'partner_rep_b', 'submitted');
  const draftId = await freshMdfRequest(world, 'partner_rep_b', 'draft');
  const approvedId = await freshMdfRequest(world, 'partner_rep_b', 'approved');
  const claimId = await freshMdfClaim(world, 'partner_rep_b', 'submitted');
  const rejectedClaimId = await freshMdfClaim(world, 'partner_rep_b', 'rejected');
  const approvedClaimId = await freshMdfClaim(world, 'partner_rep_b', 'approved');
  const request = (label: string, id: string) => ({ label, params: { id }, missing: { id: MISSING_ID } });
  return {
    markers: [
      budgetId,
      budgetName,
      requestId,
      draftId,
      approvedId,
      claimId,
      rejectedClaimId,
      approvedClaimId,
    ],
    rules: [
      {
        prefix: '/api/mdf/budgets/{id}/allocations/{partnerId}',
        targets: () => [
          {
            label: "partner B's allocation in a budget only partner B is in",
            params: { id: budgetId, partnerId: world.t.fixtures.partnerB },
            missing: { id: MISSING_ID, partnerId: MISSING_ID },
          },
        ],
      },
      {
        prefix: '/api/mdf/budgets/{id}',
        targets: () => [request('a budget only partner B is in', budgetId)],
      },
      {
        prefix: '/api/mdf/requests/{id}',
        targets: () => [
          request("partner B's submitted request", requestId),
          request("partner B's draft", draftId),
          request("partner B's approved request", approvedId),
        ],
      },
      {
        prefix: '/api/mdf/claims/{id}',
        targets: () => [
          request("partner B's claim", claimId),
          request("partner B's rejected claim", rejectedClaimId),
          request("partner B's approved claim", approvedClaimId),
        ],
      },
    ],
  };
};
