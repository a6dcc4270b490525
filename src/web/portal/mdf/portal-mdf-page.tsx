export function PortalMdfPage() {
  return null;
}
