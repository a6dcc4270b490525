export function MdfRequestReviewPage() {
  return null;
}
