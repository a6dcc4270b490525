export function MarketingTemplatesPage() {
  return null;
}
