/** Calendar quarters in UTC, numbered consecutively (year × 4 + quarter index) so they add like integers. */
export function quarterIndexOf(at: Date | number): number {
  const date = new Date(at);
  return date.getUTCFullYear() * 4 + Math.floor(date.getUTCMonth() / 3);
}

export function quarterStart(index: number): Date {
  return new Date(Date.UTC(Math.floor(index / 4), (index % 4) * 3, 1));
}

/** e.g. "2027-Q1" */
export function quarterLabel(index: number): string {
  return `${Math.floor(index / 4)}-Q${(index % 4) + 1}`;
}
