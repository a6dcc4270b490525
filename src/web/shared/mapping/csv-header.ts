/**
 * The header of an account list, read in the browser before the upload so the column mapping can be
 * shown filled in. Only the start of the file is read, however large the file is.
 */

import {
  ACCOUNT_FIELDS,
  type AccountField,
  type ColumnMapping,
  resolveColumns,
} from '../../../analytics/matching/account-columns';

export { ACCOUNT_FIELDS, type AccountField, type ColumnMapping };

export const FIELD_LABELS: Record<AccountField, { label: string; description: string }> = {
  name: { label: 'Company name', description: 'e.g. Account Name' },
  domain: { label: 'Website or domain', description: 'The strongest key for matching' },
  id: { label: 'Record ID', description: 'Needed to merge into an earlier upload' },
  population: { label: 'Customer or prospect', description: 'e.g. Type, Lifecycle Stage' },
  country: { label: 'Country', description: 'ISO code or name' },
  industry: { label: 'Industry', description: 'For custom populations' },
  email: { label: 'Contact email', description: 'Its domain is used when no website is given' },
};

const HEAD_BYTES = 64 * 1024;

/** Text of the start of a file: UTF-16 when it starts with its byte order mark, else UTF-8. */
export function decodeHead(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  return new TextDecoder('utf-8').decode(bytes);
}

/** The first record of CSV text (quotes may hold delimiters and line breaks), split on the likeliest delimiter. */
export function parseHeaderLine(text: string): string[] {
  let end = 0;
  let quoted = false;
  for (; end < text.length; end++) {
    const ch = text[end];
    if (ch === '"') quoted = !quoted;
    else if (!quoted && (ch === '\n' || ch === '\r')) break;
  }
  const line = text.slice(0, end);
  const counts = { ',': 0, ';': 0, '\t': 0 };
  quoted = false;
  for (const ch of line) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted && ch in counts) counts[ch as keyof typeof counts]++;
  }
  const delimiter = (Object.keys(counts) as (keyof typeof counts)[]).reduce((best, d) =>
    counts[d] > counts[best] ? d : best,
  );
  const fields: string[] = [];
  let current = '';
  quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i];
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        current += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else current += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === delimiter) {
      fields.push(current.trim());
      current = '';
    } else current += ch;
  }
  fields.push(current.trim());
  return [...new Set(fields.filter(Boolean))];
}

/** The column names of a CSV file, from its first line. */
export async function readCsvHeader(file: Blob): Promise<string[]> {
  const bytes = new Uint8Array(await file.slice(0, HEAD_BYTES).arrayBuffer());
  return parseHeaderLine(decodeHead(bytes));
}

/** For each field, the column the server would take for it, from the same header names. */
export function guessColumns(header: readonly string[]): ColumnMapping {
  return resolveColumns(header).columns;
}

/**
 * The mapping as the `columns` query parameter ("name=Account Name,domain=Website"). A column whose name
 * holds a comma cannot be written there; the server guesses that field from the header instead.
 */
export function columnsParam(columns: ColumnMapping): string | undefined {
  const pairs = ACCOUNT_FIELDS.flatMap((field) => {
    const column = columns[field];
    return column && !column.includes(',') ? [`${field}=${column}`] : [];
  });
  return pairs.length ? pairs.join(',') : undefined;
}

/** A refused file's row errors come as `{ field: "line 7: name" }`; this splits out the line. */
export function rowProblemOf(error: { field: string; message: string }) {
  const match = /^line (\d+): (.*)$/.exec(error.field);
  return match
    ? { line: Number(match[1]), field: match[2]!, message: error.message }
    : { line: null, field: error.field, message: error.message };
}
