/** Form text to an API value: trimmed, and an empty field means "not set" (null). */
export function blankToNull(value: string): string | null {
  const trimmed = value.trim();
  return trimmed === '' ? null : trimmed;
}

/** A NumberInput value ('' when empty) to an API value. */
export function numberOrNull(value: string | number): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (value.trim() === '') return null;
  const parsed = Number(value);
  return Number.isFinite(parsed) ? parsed : null;
}

/** null or a number to a NumberInput value. */
export function numberField(value: number | null | undefined): string | number {
  return value === null || value === undefined ? '' : value;
}

/** Only the fields whose value differs from the original, so a PATCH sends what the user changed. */
export function changedFields<T extends object>(original: T, next: T): Partial<T> {
  const changed: Partial<T> = {};
  for (const key of Object.keys(next) as (keyof T)[]) {
    if (JSON.stringify(original[key]) !== JSON.stringify(next[key])) changed[key] = next[key];
  }
  return changed;
}
