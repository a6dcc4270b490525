/** How each recorded tier action reads in a history, and its colour. */
const ACTIONS: Record<string, { label: string; color: string }> = {
  assign: { label: 'Tier assigned', color: 'teal' },
  promote: { label: 'Promoted', color: 'teal' },
  promotion_pending_approval: { label: 'Qualified, awaiting approval', color: 'blue' },
  demotion_warning: { label: 'Demotion warning', color: 'orange' },
  demotion_pending: { label: 'Grace period running', color: 'orange' },
  demote: { label: 'Demoted', color: 'red' },
  recovered: { label: 'Warning lifted', color: 'teal' },
  keep: { label: 'Tier kept', color: 'gray' },
};

export const tierActionLabel = (action: string) => ACTIONS[action]?.label ?? action.replace(/_/g, ' ');
export const tierActionColor = (action: string) => ACTIONS[action]?.color ?? 'gray';
