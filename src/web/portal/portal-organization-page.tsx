export function PortalOrganizationPage() {
  return <div>TODO PortalOrganizationPage</div>;
}
