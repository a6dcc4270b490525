/**
 * The error for a list field ("domains") where the API names an element ("domains.1"): the message
 * says which entry it is about, so a user with five domains knows which one to fix.
 */
export function listFieldError(
  errors: Record<string, string>,
  field: string,
  values: readonly string[],
): string | undefined {
  if (errors[field]) return errors[field];
  const key = Object.keys(errors).find((k) => k.startsWith(`${field}.`));
  if (!key) return undefined;
  const index = Number(key.slice(field.length + 1).split('.')[0]);
  const value = Number.isInteger(index) ? values[index] : undefined;
  return value === undefined ? errors[key] : `“${value}” ${errors[key]}`;
}
