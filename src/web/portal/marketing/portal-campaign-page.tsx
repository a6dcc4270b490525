export function PortalCampaignPage() {
  return null;
}
