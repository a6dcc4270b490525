export function PortalMdfRequestPage() {
  return null;
}
