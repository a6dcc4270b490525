import type { IncentiveRule, IncentiveRuleFields } from '../../shared/incentives/incentives-api';
import { toMajorText, toMinorUnits } from '../../shared/money';

/** The editor's fields as typed: amounts in major units, lists as arrays, dates as YYYY-MM-DD. */
export interface RuleFormState {
  name: string;
  kind: IncentiveRuleFields['kind'];
  trigger: IncentiveRuleFields['trigger'];
  amountType: IncentiveRuleFields['amountType'];
  /** Major units (fixed) or a percentage such as "2.5" (percent). */
  amount: string;
  currency: string;
  cap: string;
  active: boolean;
  effectiveFrom: string;
  effectiveTo: string;
  partnerTypes: string[];
  tiers: string[];
  productLines: string[];
  minAmount: string;
  currencies: string[];
  dealRoles: string[];
  includeRenewals: boolean;
}

export function emptyRuleForm(today: string): RuleFormState {
  return {
    name: '',
    kind: 'partner_rebate',
    trigger: 'sourced_deal',
    amountType: 'percent',
    amount: '',
    currency: 'USD',
    cap: '',
    active: true,
    effectiveFrom: today,
    effectiveTo: '',
    partnerTypes: [],
    tiers: [],
    productLines: [],
    minAmount: '',
    currencies: [],
    dealRoles: [],
    includeRenewals: false,
  };
}

export function ruleToForm(rule: IncentiveRule): RuleFormState {
  const c = rule.conditions;
  return {
    name: rule.name,
    kind: rule.kind,
    trigger: rule.trigger,
    amountType: rule.amountType,
    amount:
      rule.amountType === 'percent'
        ? String(rule.amountValue / 100)
        : toMajorText(rule.amountValue, rule.currency),
    currency: rule.currency,
    cap: rule.capPerQuarterMinor === null ? '' : toMajorText(rule.capPerQuarterMinor, rule.currency),
    active: rule.active,
    effectiveFrom: rule.effectiveFrom,
    effectiveTo: rule.effectiveTo ?? '',
    partnerTypes: c.partnerTypes ?? [],
    tiers: c.tiers ?? [],
    productLines: c.productLines ?? [],
    minAmount: c.minAmountMinor === undefined ? '' : toMajorText(c.minAmountMinor, rule.currency),
    currencies: c.currencies ?? [],
    dealRoles: c.dealRoles ?? [],
    includeRenewals: c.includeRenewals ?? false,
  };
}

export type FormResult =
  | { ok: true; body: IncentiveRuleFields }
  | { ok: false; errors: { field: string; message: string }[] };

/** The request body, or the fields the browser can already tell are wrong (the API checks the rest). */
export function formToBody(form: RuleFormState): FormResult {
  const errors: { field: string; message: string }[] = [];
  let amountValue = 0;
  if (form.amountType === 'percent') {
    const percent = Number(form.amount);
    if (!form.amount.trim() || !Number.isFinite(percent) || percent <= 0)
      errors.push({ field: 'amountValue', message: 'Enter a percentage such as 2.5' });
    else amountValue = Math.round(percent * 100);
  } else {
    const minor = toMinorUnits(form.amount, form.currency);
    if (minor.ok) amountValue = minor.amountMinor;
    else errors.push({ field: 'amountValue', message: minor.message });
  }
  const optionalMinor = (text: string, field: string) => {
    if (!text.trim()) return undefined;
    const minor = toMinorUnits(text, form.currency);
    if (minor.ok) return minor.amountMinor;
    errors.push({ field, message: minor.message });
    return undefined;
  };
  const cap = optionalMinor(form.cap, 'capPerQuarterMinor');
  const minAmountMinor = optionalMinor(form.minAmount, 'conditions.minAmountMinor');
  if (errors.length) return { ok: false, errors };
  const deal = form.trigger !== 'certification';
  return {
    ok: true,
    body: {
      name: form.name,
      kind: form.kind,
      trigger: form.trigger,
      amountType: form.amountType,
      amountValue,
      currency: form.currency,
      capPerQuarterMinor: cap ?? null,
      active: form.active,
      effectiveFrom: form.effectiveFrom,
      effectiveTo: form.effectiveTo || null,
      conditions: {
        ...(form.partnerTypes.length ? { partnerTypes: form.partnerTypes as never } : {}),
        ...(form.tiers.length ? { tiers: form.tiers } : {}),
        ...(deal && form.productLines.length ? { productLines: form.productLines } : {}),
        ...(deal && minAmountMinor !== undefined ? { minAmountMinor } : {}),
        ...(deal && form.currencies.length ? { currencies: form.currencies } : {}),
        ...(form.trigger === 'co_sell_win' && form.dealRoles.length
          ? { dealRoles: form.dealRoles as never }
          : {}),
        ...(form.trigger === 'certification' ? { includeRenewals: form.includeRenewals } : {}),
      },
    },
  };
}
