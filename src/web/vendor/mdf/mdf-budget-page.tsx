export function MdfBudgetPage() {
  return null;
}
