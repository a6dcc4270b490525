export function PortalLeadsPage() {
  return null;
}
