export function SatisfactionPage() {
  return null;
}
