export function CampaignPerformancePage() {
  return null;
}
