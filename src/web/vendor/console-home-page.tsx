export function ConsoleHomePage() {
  return <div>TODO ConsoleHomePage</div>;
}
