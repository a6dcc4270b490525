export function IncentiveLedgerPage() {
  return null;
}
