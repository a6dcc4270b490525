export function MdfClaimsPage() {
  return null;
}
