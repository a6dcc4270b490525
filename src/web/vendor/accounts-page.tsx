export function AccountsPage() {
  return <div>TODO AccountsPage</div>;
}
