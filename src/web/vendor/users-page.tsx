export function UsersPage() {
  return <div>TODO UsersPage</div>;
}
