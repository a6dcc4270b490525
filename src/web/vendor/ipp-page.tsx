export function IppPage() {
  return <div>TODO IppPage</div>;
}
