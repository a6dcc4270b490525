export function LeadRoutingPage() {
  return null;
}
