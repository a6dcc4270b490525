export function PortalHomePage() {
  return <div>TODO PortalHomePage</div>;
}
