export function PortalIncentivesPage() {
  return null;
}
