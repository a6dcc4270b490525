import type { JsonSchema, Operation, ParameterSpec } from './route-catalog.js';

/** One invalid request derived from a valid one, and the field the error must name. */
export interface BadCase {
  label: string;
  /** The replacement body (JSON value) or, with raw, the exact bytes to send. */
  body?: unknown;
  raw?: string;
  contentType?: string;
  params?: Record<string, string>;
  query?: Record<string, string>;
  status: number;
  /** The field the problem's errors must name; omitted when the status says enough (413, 415). */
  field?: string;
}

export const HUGE_STRING_LENGTH = 100_000;
export const BAD_EMAILS = ['not-an-email', 'two@@example.com', '@example.com', 'someone@', 'a b@example.com'];
/** Values that are not a company's domain: a free mail provider, an IP, a bare host, junk. */
export const BAD_DOMAINS = ['gmail.com', '10.0.0.1', 'localhost', 'not a domain', 'example'];
export const BAD_UUIDS = ['not-a-uuid', '1', "' OR 1=1 --", '019bc0e2-12c3-7d4e-a8c8'];

type Path = Array<string | number>;

interface SchemaNode {
  path: Path;
  schema: JsonSchema;
  value: unknown;
}

function typesOf(schema: JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type;
  if (schema.type) return [schema.type];
  if (schema.const !== undefined || schema.enum) return ['string'];
  return [];
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The branch of a nullable or union schema that describes `value` (null branches dropped). */
export function branchOf(schema: JsonSchema, value: unknown): JsonSchema {
  const branches = (schema.anyOf ?? schema.oneOf)?.filter((s) => !(s.type === 'null'));
  if (!branches) return schema;
  if (branches.length === 1) return branchOf(branches[0]!, value);
  const matching = branches.find((branch) => {
    if (!isObject(value) || !branch.properties) return false;
    return Object.entries(branch.properties).every(
      ([key, prop]) => prop.const === undefined || prop.const === value[key],
    );
  });
  return branchOf(matching ?? branches[0]!, value);
}

/** Every property, array item and map entry reachable from a sample body, with its schema. */
export function schemaNodes(schema: JsonSchema, value: unknown, path: Path = []): SchemaNode[] {
  const resolved = branchOf(schema, value);
  const nodes: SchemaNode[] = path.length ? [{ path, schema: resolved, value }] : [];
  if (resolved.properties) {
    for (const [key, child] of Object.entries(resolved.properties)) {
      nodes.push(...schemaNodes(child, isObject(value) ? value[key] : undefined, [...path, key]));
    }
  } else if (typeof resolved.additionalProperties === 'object') {
    const keys =
      isObject(value) && Object.keys(value).length
        ? Object.keys(value)
        : resolved.propertyNames?.enum?.slice(0, 1);
    for (const key of (keys ?? []) as string[]) {
      nodes.push(
        ...schemaNodes(resolved.additionalProperties, isObject(value) ? value[key] : undefined, [
          ...path,
          key,
        ]),
      );
    }
  } else if (resolved.items && typesOf(resolved).includes('array')) {
    // Every object item is walked (each may take another branch of a union); one primitive item is enough.
    const items = Array.isArray(value) ? value : [];
    const objectItems = items.filter(isObject);
    if (objectItems.length) {
      items.forEach((item, index) => {
        nodes.push(...schemaNodes(resolved.items!, item, [...path, index]));
      });
    } else if (items.length || typesOf(branchOf(resolved.items, undefined)).some((t) => t !== 'object')) {
      nodes.push(...schemaNodes(resolved.items, items[0], [...path, 0]));
    }
  }
  return nodes;
}

/** A value of the wrong JSON type for the schema, or undefined when any type would do. */
export function wrongTypeFor(schema: JsonSchema): unknown {
  const types = typesOf(schema);
  if (types.includes('string')) return 12345;
  if (types.includes('integer') || types.includes('number')) return 'not-a-number';
  if (types.includes('boolean')) return 'not-a-boolean';
  if (types.includes('array')) return 'not-an-array';
  if (types.includes('object')) return 'not-an-object';
  return undefined;
}

function clone<T>(value: T): T {
  return value === undefined ? value : (JSON.parse(JSON.stringify(value)) as T);
}

/** A copy of `body` with `value` at `path`, creating objects and arrays on the way. */
export function setAt(body: unknown, path: Path, value: unknown): unknown {
  const root = clone(body) ?? {};
  let node = root as Record<string | number, unknown>;
  path.forEach((key, index) => {
    if (index === path.length - 1) {
      node[key] = value;
      return;
    }
    if (typeof node[key] !== 'object' || node[key] === null)
      node[key] = typeof path[index + 1] === 'number' ? [] : {};
    node = node[key] as Record<string | number, unknown>;
  });
  return root;
}

const fieldName = (path: Path) => path.join('.');

/** Invalid bodies for one operation, each derived from a valid sample body by one change. */
export function badBodyCases(op: Operation, sample: unknown): BadCase[] {
  if (!op.body) return [];
  const cases: BadCase[] = [];
  for (const raw of ['{', '{"name": }', "{'single': 'quotes'}", '{"a":1,}', 'undefined']) {
    cases.push({ label: `malformed JSON ${raw}`, raw, status: 400, field: 'body' });
  }
  for (const body of [null, [], 'a string', 42]) {
    cases.push({
      label: `body ${JSON.stringify(body)} instead of an object`,
      raw: JSON.stringify(body),
      status: 400,
      field: 'body',
    });
  }
  cases.push({
    label: 'a body over the 1 MiB limit',
    raw: JSON.stringify({ name: 'x'.repeat(1_100_000) }),
    status: 413,
  });
  // text/plain is parsed as a string (Fastify's default), so it fails as "not an object"; XML is not parsed at all.
  cases.push({
    label: 'a text/plain body',
    raw: JSON.stringify(sample ?? {}),
    contentType: 'text/plain',
    status: 400,
    field: 'body',
  });
  cases.push({
    label: 'an XML body',
    raw: '<partner><name>x</name></partner>',
    contentType: 'application/xml',
    status: 415,
  });
  cases.push({
    label: 'unknown field at the top',
    body: setAt(sample, ['unexpectedField'], 1),
    status: 400,
    field: 'unexpectedField',
  });

  const nodes = [...schemaNodes(op.body, sample)];
  // A body without any text field still gets a 100 KB string, where its first value goes.
  const hugeAt =
    nodes.find((n) => typesOf(n.schema).includes('string')) ?? nodes.find((n) => n.path.length > 0);
  for (const node of nodes) {
    const field = fieldName(node.path);
    const types = typesOf(node.schema);
    const wrong = wrongTypeFor(node.schema);
    if (wrong !== undefined) {
      cases.push({
        label: `${field} of the wrong type`,
        body: setAt(sample, node.path, wrong),
        status: 400,
        field,
      });
    }
    if (types.includes('string') || node === hugeAt) {
      const huge = 'x'.repeat(HUGE_STRING_LENGTH);
      cases.push({
        label: `${field} of ${HUGE_STRING_LENGTH} characters`,
        body: setAt(sample, node.path, huge),
        status: 400,
        field,
      });
    }
    if (node.schema.format === 'email') {
      for (const email of BAD_EMAILS) {
        cases.push({
          label: `${field} = ${email}`,
          body: setAt(sample, node.path, email),
          status: 400,
          field,
        });
      }
    }
    const last = node.path[node.path.length - 1];
    if (last === 'domains' || last === 'website') {
      for (const domain of BAD_DOMAINS) {
        const value = last === 'domains' ? [domain] : domain;
        const expected = last === 'domains' ? `${field}.0` : field;
        cases.push({
          label: `${field} = ${domain}`,
          body: setAt(sample, node.path, value),
          status: 400,
          field: expected,
        });
      }
    }
    if (
      types.includes('object') &&
      (node.schema.additionalProperties === false || node.schema.propertyNames?.enum)
    ) {
      cases.push({
        label: `unknown field in ${field}`,
        body: setAt(sample, [...node.path, 'unexpectedField'], 'x'),
        status: 400,
        field: `${field}.unexpectedField`,
      });
    }
  }
  return cases;
}

/**
 * Wrong bodies for an operation that takes a file (a CSV upload) instead of JSON. Its schema says only
 * "binary", so there are no fields to mutate one by one, and bad files (empty, oversized, bad rows) are
 * its own module's tests; what holds for every such operation is that a body of another media type,
 * which Fastify's built-in parsers would turn into an object or a string, is refused as 415.
 * Its path and query parameters are still mutated by badParamCases like any other operation's.
 */
export function badFileBodyCases(op: Operation): BadCase[] {
  if (op.body || op.bodyMediaTypes.length === 0) return [];
  const file = 'Name,Website\r\nAcme Corporation,acme-corporation.com\r\n';
  return [
    {
      label: 'a JSON object instead of a file',
      raw: '{"name":"Acme"}',
      contentType: 'application/json',
      status: 415,
    },
    {
      label: 'a JSON string instead of a file',
      raw: JSON.stringify(file),
      contentType: 'application/json',
      status: 415,
    },
    { label: 'the file sent as text/plain', raw: file, contentType: 'text/plain', status: 415 },
    {
      label: 'an XML body',
      raw: '<accounts><account>Acme</account></accounts>',
      contentType: 'application/xml',
      status: 415,
    },
  ];
}

function badQueryValues(param: ParameterSpec): string[] {
  const schema = branchOf(param.schema, undefined);
  const types = typesOf(schema);
  const values: string[] = [];
  if (types.includes('integer') || types.includes('number')) {
    values.push('abc', '1.5', '1e3x');
    if (typeof schema.minimum === 'number') values.push(String(schema.minimum - 1));
    if (typeof schema.maximum === 'number') values.push(String(schema.maximum + 1), '9999999999999999999999');
  }
  if (schema.enum) values.push('unknown', `${String(schema.enum[0])}x`);
  if (schema.format === 'uuid') values.push(...BAD_UUIDS);
  if (schema.format === 'date-time') values.push('yesterday', '2026-13-45T99:00:00Z');
  if (types.includes('string') && !schema.enum && !schema.format) {
    if (typeof schema.maxLength === 'number') values.push('x'.repeat(schema.maxLength + 1));
    if (typeof schema.minLength === 'number' && schema.minLength > 0) values.push('');
    if (typeof schema.pattern === 'string') values.push('not matching 123 !');
  }
  return values;
}

/** Invalid path parameters and query strings for one operation. */
export function badParamCases(op: Operation, params: Record<string, string>): BadCase[] {
  const cases: BadCase[] = [];
  for (const name of op.pathParams) {
    for (const value of BAD_UUIDS) {
      cases.push({
        label: `path ${name} = ${value}`,
        params: { ...params, [name]: value },
        status: 400,
        field: `path.${name}`,
      });
    }
  }
  if (!op.queryParams.length) return cases;
  cases.push({
    label: 'unknown query parameter',
    query: { unexpectedParam: '1' },
    status: 400,
    field: 'unexpectedParam',
  });
  for (const param of op.queryParams) {
    for (const value of badQueryValues(param)) {
      if (param.name === 'cursor' && value === '') continue;
      cases.push({
        label: `?${param.name}=${value.slice(0, 40)}`,
        query: { [param.name]: value },
        status: 400,
        field: param.name,
      });
    }
  }
  if (op.queryParams.some((p) => p.name === 'cursor')) {
    for (const value of [
      'garbage',
      '!!!',
      Buffer.from('not json').toString('base64url'),
      Buffer.from('[1]').toString('base64url'),
    ]) {
      cases.push({ label: `?cursor=${value}`, query: { cursor: value }, status: 400, field: 'cursor' });
    }
  }
  return cases;
}

/**
 * Cursors that decode to the right shape but can never have been issued: the id half is not an id,
 * or a timestamp sort key (by convention named *At) holds something that is not a time.
 */
export function tamperedCursorCases(op: Operation): BadCase[] {
  if (!op.queryParams.some((p) => p.name === 'cursor')) return [];
  const encode = (value: unknown) => Buffer.from(JSON.stringify(value)).toString('base64url');
  const someId = '019bc0e2-12c3-7d4e-a8c8-12d04cb93b73';
  const cases: BadCase[] = [
    {
      label: 'cursor ["x","not-an-id"]',
      query: { cursor: encode(['x', 'not-an-id']) },
      status: 400,
      field: 'cursor',
    },
  ];
  const sort = op.queryParams.find((p) => p.name === 'sort');
  const keys = (sort?.schema.enum ?? [])
    .map(String)
    .filter((key) => !key.startsWith('-') && key.endsWith('At'));
  for (const key of keys) {
    cases.push({
      label: `sort=${key} with cursor ["not-a-time", id]`,
      query: { sort: key, cursor: encode(['not-a-time', someId]) },
      status: 400,
      field: 'cursor',
    });
  }
  return cases;
}
