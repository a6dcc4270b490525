/** Escapes LIKE wildcards so a search for "50%" finds that text rather than everything. */
export function escapeLike(value: string): string {
  return value.replace(/[\\%_]/g, (c) => `\\${c}`);
}

export function containsPattern(value: string): string {
  return `%${escapeLike(value)}%`;
}
