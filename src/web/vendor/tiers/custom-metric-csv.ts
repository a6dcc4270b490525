/**
 * Reads an uploaded CSV of custom metric values (one partner a row: its id or name, and a value) in the
 * browser, matches each row to a partner, and reports every row it cannot use with the reason.
 */

export interface PartnerRef {
  partnerId: string;
  partnerName: string;
}

export interface CsvValue {
  line: number;
  partnerId: string;
  value: number;
}

export interface CsvProblem {
  line: number;
  message: string;
}

/** Records of CSV text; quoted fields may hold delimiters, quotes ("") and line breaks. */
export function parseCsv(text: string): { line: number; fields: string[] }[] {
  const body = text.replace(/^\uFEFF/, '');
  const firstLine = body.slice(0, body.search(/\r?\n|$/));
  const delimiter = [',', ';', '\t'].reduce((best, d) =>
    firstLine.split(d).length > firstLine.split(best).length ? d : best,
  );
  const records: { line: number; fields: string[] }[] = [];
  let fields: string[] = [];
  let field = '';
  let quoted = false;
  let line = 1;
  let start = 1;
  const endRecord = () => {
    fields.push(field);
    if (fields.some((f) => f.trim() !== '')) records.push({ line: start, fields });
    fields = [];
    field = '';
  };
  for (let i = 0; i < body.length; i++) {
    const ch = body[i]!;
    if (quoted) {
      if (ch === '"' && body[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else {
        if (ch === '\n') line++;
        field += ch;
      }
    } else if (ch === '"' && field.trim() === '') {
      quoted = true;
      field = '';
    } else if (ch === delimiter) {
      fields.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && body[i + 1] === '\n') i++;
      endRecord();
      line++;
      start = line;
    } else field += ch;
  }
  endRecord();
  return records;
}

const normalize = (header: string) => header.toLowerCase().replace(/[^a-z0-9]/g, '');
const ID_HEADERS = ['partnerid', 'id', 'partneruuid'];
const NAME_HEADERS = ['partner', 'partnername', 'name', 'company'];
const NUMBER = /^-?\d+(\.\d+)?$/;

export function readCustomMetricCsv(
  text: string,
  metricKey: string,
  partners: readonly PartnerRef[],
): { values: CsvValue[]; problems: CsvProblem[] } {
  const [header, ...rows] = parseCsv(text);
  if (!header) return { values: [], problems: [{ line: 1, message: 'The file is empty' }] };
  const names = header.fields.map(normalize);
  const idColumn = names.findIndex((h) => ID_HEADERS.includes(h));
  const nameColumn = names.findIndex((h) => NAME_HEADERS.includes(h));
  const valueColumn = names.findIndex((h) => h === 'value' || h === normalize(metricKey));
  const problems: CsvProblem[] = [];
  if (valueColumn < 0 || (idColumn < 0 && nameColumn < 0)) {
    problems.push({
      line: header.line,
      message: `Expected a header with a partner_id or partner column and a value (or ${metricKey}) column`,
    });
    return { values: [], problems };
  }

  const byId = new Map(partners.map((p) => [p.partnerId.toLowerCase(), p]));
  const byName = new Map<string, PartnerRef[]>();
  for (const p of partners) {
    const key = p.partnerName.trim().toLowerCase();
    byName.set(key, [...(byName.get(key) ?? []), p]);
  }

  const found = new Map<string, CsvValue>();
  for (const row of rows) {
    const id = row.fields[idColumn]?.trim() ?? '';
    const name = row.fields[nameColumn]?.trim() ?? '';
    const raw = (row.fields[valueColumn] ?? '').trim().replace(/\s/g, '');
    const problem = (message: string) => problems.push({ line: row.line, message });
    let partner: PartnerRef | undefined;
    if (id) {
      partner = byId.get(id.toLowerCase());
      if (!partner) {
        problem(`No partner in tier evaluation has the id ${id}`);
        continue;
      }
    } else if (name) {
      const matches = byName.get(name.toLowerCase()) ?? [];
      if (matches.length > 1) {
        problem(`${matches.length} partners are called “${name}”: use the partner id`);
        continue;
      }
      partner = matches[0];
      if (!partner) {
        problem(`No partner in tier evaluation is called “${name}”`);
        continue;
      }
    } else {
      problem('Names no partner');
      continue;
    }
    if (!NUMBER.test(raw)) {
      problem(raw ? `“${raw}” is not a number (use a point for decimals)` : 'Has no value');
      continue;
    }
    const earlier = found.get(partner.partnerId);
    if (earlier) problem(`${partner.partnerName} is also on line ${earlier.line}; this line’s value is used`);
    found.set(partner.partnerId, { line: row.line, partnerId: partner.partnerId, value: Number(raw) });
  }
  return { values: [...found.values()], problems };
}
