export function PortalLeadPage() {
  return null;
}
