export function ApiKeysPage() {
  return <div>TODO ApiKeysPage</div>;
}
