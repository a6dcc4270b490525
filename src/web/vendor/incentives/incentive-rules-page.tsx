export function IncentiveRulesPage() {
  return null;
}
