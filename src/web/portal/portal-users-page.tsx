export function PortalUsersPage() {
  return <div>TODO PortalUsersPage</div>;
}
