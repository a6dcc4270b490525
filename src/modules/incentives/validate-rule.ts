import { type FieldError, invalidFields } from '../../platform/errors.js';
import type { IncentiveRuleInput } from './incentives.schemas.js';

/** Checks that go beyond each field's shape: the parts of a rule have to fit together. */
export function assertRuleMakesSense(input: IncentiveRuleInput, prefix = ''): void {
  const errors: FieldError[] = [];
  const at = (name: string) => (prefix ? `${prefix}.${name}` : name);
  const forRep = input.trigger === 'rep_co_sell';
  if (forRep && input.kind !== 'rep_reward')
    errors.push({ field: at('kind'), message: 'a rep co-sell reward must be of kind rep_reward' });
  if (!forRep && input.kind === 'rep_reward')
    errors.push({ field: at('kind'), message: 'rep rewards earn from the rep_co_sell trigger only' });
  if (input.amountType === 'percent' && input.trigger === 'certification')
    errors.push({ field: at('amountType'), message: 'a certification has no amount: use a fixed amount' });
  if (input.amountType === 'percent' && input.amountValue > 10_000)
    errors.push({ field: at('amountValue'), message: 'a percentage above 100% (10000 basis points)' });
  if (input.effectiveTo !== null && input.effectiveTo < input.effectiveFrom)
    errors.push({ field: at('effectiveTo'), message: 'is before effectiveFrom' });
  const c = input.conditions;
  if (c.dealRoles?.length && input.trigger !== 'co_sell_win')
    errors.push({ field: at('conditions.dealRoles'), message: 'applies to co-sell wins only' });
  if (c.includeRenewals !== undefined && input.trigger !== 'certification')
    errors.push({ field: at('conditions.includeRenewals'), message: 'applies to certifications only' });
  if (input.trigger === 'certification') {
    for (const name of ['productLines', 'minAmountMinor', 'currencies'] as const)
      if (c[name] !== undefined)
        errors.push({ field: at(`conditions.${name}`), message: 'a certification has no deal to check' });
  }
  if (errors.length) throw invalidFields(errors);
}
