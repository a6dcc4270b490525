/** One CRM record as flat text cells: column name → value, as a CSV export of the same object would hold it. */
export type FlatRecord = Record<string, string>;

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

function cell(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}

function flattenInto(out: FlatRecord, value: Record<string, unknown>, prefix: string): void {
  for (const [key, inner] of Object.entries(value)) {
    // Salesforce puts the record's type and API url under "attributes", on every nested record too.
    if (key === 'attributes') continue;
    if (isObject(inner)) flattenInto(out, inner, `${prefix}${key}.`);
    else out[`${prefix}${key}`] = cell(inner);
  }
}

/** The first associated company id of a HubSpot CRM v3 record with associations, if any. */
function associatedCompany(record: Record<string, unknown>): string | null {
  const associations = record.associations;
  if (!isObject(associations) || !isObject(associations.companies)) return null;
  const results = associations.companies.results;
  if (!Array.isArray(results) || results.length === 0 || !isObject(results[0])) return null;
  return cell(results[0].id) || null;
}

/**
 * A JSON export record as the cells its CSV export would have. Salesforce (`{ attributes, Id, Name,
 * Account: { Name } }`) becomes Id, Name, Account.Name; HubSpot (`{ id, properties: {…}, associations }`)
 * becomes its properties plus hs_object_id and associatedcompanyid when the properties lack them.
 */
export function flattenCrmRecord(record: Record<string, unknown>): FlatRecord {
  const out: FlatRecord = Object.create(null);
  if (isObject(record.properties)) {
    for (const [key, value] of Object.entries(record.properties)) out[key] = cell(value);
    if (!out.hs_object_id && record.id !== undefined) out.hs_object_id = cell(record.id);
    const company = associatedCompany(record);
    if (!out.associatedcompanyid && company) out.associatedcompanyid = company;
    return { ...out };
  }
  flattenInto(out, record, '');
  return { ...out };
}
