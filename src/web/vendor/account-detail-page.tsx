export function AccountDetailPage() {
  return <div>TODO AccountDetailPage</div>;
}
