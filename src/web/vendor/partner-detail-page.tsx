export function PartnerDetailPage() {
  return <div>TODO PartnerDetailPage</div>;
}
