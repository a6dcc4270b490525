export function PortalSurveysPage() {
  return null;
}
