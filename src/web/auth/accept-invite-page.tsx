export function AcceptInvitePage() {
  return <div>TODO AcceptInvitePage</div>;
}
