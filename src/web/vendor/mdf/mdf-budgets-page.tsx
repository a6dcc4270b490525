export function MdfBudgetsPage() {
  return null;
}
