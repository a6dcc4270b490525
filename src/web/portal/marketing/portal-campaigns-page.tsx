export function PortalCampaignsPage() {
  return null;
}
