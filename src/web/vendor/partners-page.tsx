export function PartnersPage() {
  return <div>TODO PartnersPage</div>;
}
