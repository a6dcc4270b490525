import openapiTS, { astToString, COMMENT_HEADER } from 'openapi-typescript';
import ts from 'typescript';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import committedSchema from '../../../../client/schema.d.ts?raw';
import { loadConfig } from '../../../../platform/config';
import { type Database, openDatabase } from '../../../../platform/db/client';
import { buildApp } from '../../../../platform/http/app';

/**
 * The typed client (the web app's and integrators') is only as good as src/client/schema.d.ts: it must
 * be what openapi-typescript generates from the OpenAPI document the current server describes. Both sides are reduced to a
 * canonical form first, so formatting (quotes, indentation, wrapped unions, trailing commas) and the
 * order of members (which follows module import order) do not count; names, types and docs do.
 */

const PUNCTUATION = new Set([ts.SyntaxKind.CommaToken, ts.SyntaxKind.SemicolonToken]);

function docOf(node: ts.Node, source: ts.SourceFile): string {
  const ranges = ts.getLeadingCommentRanges(source.text, node.pos) ?? [];
  return ranges
    .map((range) =>
      source.text
        .slice(range.pos, range.end)
        .split('\n')
        .map((line) => line.trim().replace(/^\*(?!\/)\s?/, ''))
        .join(' ')
        .replace(/\s+/g, ' '),
    )
    .join(' ');
}

function canonical(node: ts.Node, source: ts.SourceFile): string {
  if (ts.isStringLiteral(node)) return JSON.stringify(node.text);
  if (ts.isUnionTypeNode(node)) return node.types.map((type) => canonical(type, source)).join(' | ');
  if (ts.isTypeLiteralNode(node) || ts.isInterfaceDeclaration(node)) {
    const members = node.members
      .map((member) => `${docOf(member, source)} ${canonical(member, source)}`)
      .sort();
    const head = ts.isInterfaceDeclaration(node)
      ? `${node.modifiers?.map((m) => m.getText(source)).join(' ') ?? ''} interface ${node.name.text}`
      : '';
    return `${head} { ${members.join(' ; ')} }`;
  }
  // JSDoc is compared once, through docOf, not again as parsed child nodes.
  const children = node.getChildren(source).filter((child) => !ts.isJSDoc(child));
  if (children.length === 0) return PUNCTUATION.has(node.kind) ? '' : node.getText(source);
  return children
    .map((child) => canonical(child, source))
    .filter(Boolean)
    .join(' ');
}

/** One canonical line per top-level declaration, sorted. */
function canonicalDeclarations(text: string): string[] {
  const source = ts.createSourceFile('schema.d.ts', text, ts.ScriptTarget.Latest, true);
  return source.statements
    .map((statement) => `${docOf(statement, source)} ${canonical(statement, source)}`)
    .sort();
}

/** The first declaration that differs, shortened around where it parts, for a readable failure. */
function firstDifference(expected: string[], actual: string[]): string | null {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    const a = expected[i] ?? '(nothing)';
    const b = actual[i] ?? '(nothing)';
    if (a === b) continue;
    let at = 0;
    while (a[at] === b[at]) at++;
    const around = (s: string) => s.slice(Math.max(0, at - 160), at + 160);
    return `\n  generated: …${around(a)}…\n  committed: …${around(b)}…`;
  }
  return null;
}

describe('the committed API schema (src/client/schema.d.ts)', () => {
  let database: Database;
  let generated: string;

  beforeAll(async () => {
    database = await openDatabase({});
    const app = await buildApp({ database, config: loadConfig({}), logger: false, webRoot: null });
    try {
      await app.ready();
      const document = app.swagger() as Parameters<typeof openapiTS>[0];
      generated = `${COMMENT_HEADER}${astToString(await openapiTS(document))}`;
    } finally {
      await app.close();
    }
  });

  afterAll(async () => {
    await database?.close();
  });

  it('equals what openapi-typescript generates from the current OpenAPI document', () => {
    const difference = firstDifference(
      canonicalDeclarations(generated),
      canonicalDeclarations(committedSchema),
    );
    expect(
      difference,
      `schema.d.ts is out of date with the server's OpenAPI document; run \`npm run client:generate\` ${difference}`,
    ).toBeNull();
  });

  it('ignores formatting and member order, but not a changed type', () => {
    const swapped = generated.replace(
      /(\n {8}User: \{\n[\s\S]*?\n {8}\};)(\n {8}Login: \{\n[\s\S]*?\n {8}\};)/,
      '$2$1',
    );
    expect(swapped).not.toBe(generated);
    const reformatted = swapped
      .replaceAll('"application/json"', "'application/json'")
      .replace(/^( {4})+/gm, (indent) => ' '.repeat(indent.length / 2))
      .replace(/: ("[^"]*") \| /g, ':\n  | $1 | ');
    expect(canonicalDeclarations(reformatted)).toEqual(canonicalDeclarations(generated));
    const changed = generated.replace(/(\n {8}User: \{\n[\s\S]*?email: )string;/, '$1number;');
    expect(changed).not.toBe(generated);
    expect(canonicalDeclarations(changed)).not.toEqual(canonicalDeclarations(generated));
  });
});
