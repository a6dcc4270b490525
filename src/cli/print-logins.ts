import type { DemoLogin } from '../demo/find-demo-logins.js';

/** A plain-text table of the demo logins, one per role. */
export function formatLogins(logins: readonly DemoLogin[], password: string): string {
  const rows = [
    ['role', 'name', 'email', 'partner'],
    ...logins.map((login) => [login.role, login.name, login.email, login.partnerName ?? '']),
  ];
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  const line = (row: string[]) =>
    `  ${row.map((cell, column) => cell.padEnd(widths[column]!)).join('  ')}`.trimEnd();
  return [
    `Demo logins (password for all: ${password})`,
    line(rows[0]!),
    line(widths.map((width) => '-'.repeat(width))),
    ...rows.slice(1).map(line),
  ].join('\n');
}
