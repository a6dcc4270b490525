export function AuditPage() {
  return <div>TODO AuditPage</div>;
}
