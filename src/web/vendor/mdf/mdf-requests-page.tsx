export function MdfRequestsPage() {
  return null;
}
