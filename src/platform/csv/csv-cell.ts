/**
 * One CSV field as a spreadsheet opens it safely (the CLI's files and the console's exports): a leading =,
 * +, -, @, tab or carriage return would run as a formula, so it gets a leading apostrophe; quotes, commas
 * and line breaks put the field in quotes.
 */
const FORMULA_START = new Set([...'=+-@\t\r'].map((char) => char.charCodeAt(0)));

export function csvCell(value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  const safe = FORMULA_START.has(text.charCodeAt(0)) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

export function csvLine(values: readonly (string | number | null | undefined)[]): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

/**
 * A CSV line for a program to read back (the hashed lists the server imports): fields quoted as needed and
 * otherwise kept exactly, since an apostrophe before "-" would change an id or a base64url hash.
 */
export function csvDataLine(values: readonly (string | null | undefined)[]): string {
  const field = (value: string | null | undefined) =>
    !value ? '' : /[",\n\r]/.test(value) ? `"${value.replaceAll('"', '""')}"` : value;
  return `${values.map(field).join(',')}\r\n`;
}
